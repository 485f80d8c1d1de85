// The dean's dashboard's live feed: Server-Sent Events that say "something changed" for the
// signed-in dean's school, from any app instance. The page reloads its data on each.
import { z } from "zod";
import { defineRoute } from "@/lib/server/entry/define-route";
import { changeEventStream } from "@/lib/server/live/event-stream";
import { silentFeed } from "@/lib/server/live/change-feed";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "dashboard.live",
  guard: "dashboard.view",
  params: z.object({}),
  handle: async ({ scope, actor, request }) => changeEventStream(scope.changes?.() ?? silentFeed, actor!.schoolId, request.signal),
});
