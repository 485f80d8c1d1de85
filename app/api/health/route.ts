// Liveness for start-up scripts and the end-to-end server: answers once the app can reach its database.
import { z } from "zod";
import { defineRoute } from "@/lib/server/entry/define-route";

export const GET = defineRoute({
  name: "health.check",
  guard: "public",
  params: z.object({}),
  handle: async ({ scope }) => {
    await scope.db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  },
});
