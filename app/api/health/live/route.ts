// Liveness: the process is up and its HTTP server answers. Nothing else is asked (not the
// database): a supervisor restarts an instance whose liveness fails, and a database outage is not
// cured by restarting the app. It stays 200 while the server drains on SIGTERM.
import { z } from "zod";
import { defineRoute } from "@/lib/server/entry/define-route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "health.live",
  guard: "public",
  params: z.object({}),
  handle: async () => Response.json({ ok: true }, { headers: { "cache-control": "no-store" } }),
});
