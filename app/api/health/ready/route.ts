// Readiness, for the load balancer: 200 when this instance should get traffic, 503 when not
// (stopping after SIGTERM, database unreachable, migrations missing, its job workers stopped),
// with which check failed. lib/server/http/readiness.ts says what each check means. It reads only
// the setting it needs: a server whose other settings are not valid never starts to be asked.
import { z } from "zod";
import { jobWorkersInAppIn } from "@/lib/server/core/env";
import { defineRoute } from "@/lib/server/entry/define-route";
import { checkReadiness } from "@/lib/server/http/readiness";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "health.ready",
  guard: "public",
  params: z.object({}),
  handle: async ({ scope }) => {
    const { ready, ...checks } = await checkReadiness(scope.db, { workersInApp: jobWorkersInAppIn(process.env) });
    return Response.json(
      { ok: ready, ...checks },
      { status: ready ? 200 : 503, headers: { "cache-control": "no-store", ...(ready ? {} : { "retry-after": "5" }) } },
    );
  },
});
