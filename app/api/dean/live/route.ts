// The dean's dashboard's live feed: Server-Sent Events that say "something changed" for the
// signed-in dean's school, from any app instance. The page reloads its data on each. It closes
// once the dean's session ends (signed out, expired, or the role or school changed).
import { z } from "zod";
import { defineRoute } from "@/lib/server/entry/define-route";
import { changeEventStream } from "@/lib/server/live/event-stream";
import { silentFeed } from "@/lib/server/live/change-feed";
import { sessionCheck } from "@/lib/server/live/session-check";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "dashboard.live",
  guard: "dashboard.view",
  roles: ["DEAN"],
  params: z.object({}),
  handle: async ({ scope, actor, request }) => {
    const session = sessionCheck(scope.db, actor!, (await scope.sessionToken?.()) ?? null);
    return changeEventStream(scope.changes?.() ?? silentFeed, actor!.schoolId, request.signal, session);
  },
});
