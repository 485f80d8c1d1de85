import "server-only";
// Server action calls the HTTP front answers itself (lib/server/http/direct-action.ts), without
// Next.js's request pipeline around them: its routing, its request and work stores, its streams
// and its Flight answer took more of a write's CPU than the write's own code. A call qualifies
// when a page's script posts a guarded action's arguments as text; forms, public actions and
// everything else keep going through Next.js.
//
// The app's bundle and the front (scripts/serve.ts) are separate module instances, so they meet
// here on globalThis. defineAction offers each guarded action with the way to call it in a scope
// of the front's making; the front finds it by the id the build gave it (`$$id`, which the build
// sets when it registers the export as a server reference). An action the bundle has not loaded
// yet (its first call after a start) is not found, and Next.js takes that call.
import type { ActionResult } from "@/lib/domain/action-result";
import type { Actor } from "../core/actor";

/** What the front read of the request for a direct call. */
export interface DirectRequest {
  /** The signed-in actor from the request's session cookie (throws when the database is unreachable). */
  actor(): Promise<Actor | null>;
  /** The session cookie's token, or null. */
  sessionToken: string | null;
}

/** An action the front may call: its entry point's name, and how to call it. */
export interface DirectCall {
  name: string;
  call(args: unknown[], request: DirectRequest): Promise<ActionResult<unknown>>;
}

interface Shared {
  offered: Map<object, DirectCall>;
  byId: Map<string, DirectCall>;
  /** How many offers the index by id was built from. */
  indexed: number;
}

const holder = globalThis as typeof globalThis & { soapDeskDirectCalls?: Shared };
const shared: Shared = (holder.soapDeskDirectCalls ??= { offered: new Map(), byId: new Map(), indexed: -1 });

/** The bundle: `action` may be called directly, through `call`. */
export function offerDirectCall(action: object, call: DirectCall): void {
  shared.offered.set(action, call);
}

/** The front: the direct call for a server action id, if the bundle has offered one. */
export function directCallFor(id: string): DirectCall | undefined {
  const found = shared.byId.get(id);
  if (found || shared.indexed === shared.offered.size) return found;
  // Actions were offered since the index was built: index them by the ids they have now.
  for (const [action, call] of shared.offered) {
    const actionId = (action as { $$id?: unknown }).$$id;
    if (typeof actionId === "string") shared.byId.set(actionId, call);
  }
  shared.indexed = shared.offered.size;
  return shared.byId.get(id);
}
