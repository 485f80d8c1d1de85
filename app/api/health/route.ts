// Liveness for start-up scripts and the end-to-end server: 200 once the app can reach its
// database; 503, saying so, while it cannot (start-up waits treat anything but 200 as not ready).
import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/domain/action-result";
import { isDatabaseUnavailable } from "@/lib/server/core/errors";
import { defineRoute } from "@/lib/server/entry/define-route";
import { errorFields, log } from "@/lib/server/core/log";

const NO_STORE = { "cache-control": "no-store" };

export const GET = defineRoute({
  name: "health.check",
  guard: "public",
  params: z.object({}),
  handle: async ({ scope }) => {
    try {
      await scope.db.$queryRaw`SELECT 1`;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      log().error(errorFields(error), "health check: the database cannot be reached");
      return Response.json(
        { ok: false, database: "unreachable", message: DATABASE_UNAVAILABLE_MESSAGE },
        { status: 503, headers: { ...NO_STORE, "retry-after": "30" } },
      );
    }
    return Response.json({ ok: true }, { headers: NO_STORE });
  },
});
