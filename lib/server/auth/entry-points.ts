// Every server action and route handler in app/, with the can() action it checks, or "public"
// for the few that need no signed-in user. tests/unit/entry-points.test.ts fails when an entry
// point exists without a line here, or a line names one that no longer exists.
import type { Action } from "./policy";

export type EntryPointGuard = Action | "public" | "session";

export const ENTRY_POINTS: Record<string, EntryPointGuard> = {
  "app/api/health/route.ts#GET": "public",
  "app/api/demo/sign-in/route.ts#POST": "public",
  "app/api/demo/sign-out/route.ts#POST": "session",
};
