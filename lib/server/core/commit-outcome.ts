import "server-only";
// A save whose COMMIT was sent just as the database went away: PostgreSQL may have made it
// durable and lost only its answer. Saying "nothing was saved" would then be false. Every
// interactive transaction asks, before it commits, for its own transaction id (none when it wrote
// nothing); when the commit then fails because the database is unreachable, the server asks the
// database once it answers again whether that transaction committed (pg_xact_status), and says
// what happened: saved (the action succeeds), not saved (the usual "nothing was saved"), or, when
// the database stays away past the wait, that it cannot tell yet.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError, isDatabaseUnavailable } from "./errors";
import { DATABASE_IN_DOUBT_MESSAGE } from "@/lib/domain/action-result";

/** How long a request whose commit lost its answer waits for the database to say what happened. */
export const COMMIT_CHECK_MS = 15_000;
const COMMIT_CHECK_STEP_MS = 250;

type CommitStatus = "committed" | "aborted" | "unknown";
type Transaction = PrismaClient["$transaction"];

/** The commit went out and its answer was lost, and the database did not come back in time to say. */
export function commitInDoubt(cause: unknown): AppError {
  return new AppError("UNAVAILABLE", DATABASE_IN_DOUBT_MESSAGE, { cause });
}

/** Asks, until `waitMs` has passed, whether transaction `xid` committed. */
export async function commitStatus(client: PrismaClient, xid: string, waitMs: number): Promise<CommitStatus> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const rows = await client.$queryRaw<{ status: string | null }[]>`SELECT pg_xact_status(${xid}::xid8)::text AS status`;
      const status = rows[0]?.status;
      if (status === "committed") return "committed";
      if (status === "aborted") return "aborted";
      // "in progress": the old server is still shutting down with it; null: an id it no longer knows.
      if (status === null || status === undefined) return "unknown";
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
    }
    if (Date.now() + COMMIT_CHECK_STEP_MS > deadline) return "unknown";
    await new Promise((resolve) => setTimeout(resolve, COMMIT_CHECK_STEP_MS));
  }
}

const KNOWN_IDS = Symbol.for("soap-desk.known-transaction-ids");
/**
 * Transaction ids a statement of the transaction already returned, so the commit need not ask.
 * Kept on globalThis: the server script that creates the client and the built app that locks
 * the applicant each load this module, and both must see one map.
 */
const shared = globalThis as typeof globalThis & { [KNOWN_IDS]?: WeakMap<object, string> };
const knownIds = (shared[KNOWN_IDS] ??= new WeakMap<object, string>());

/**
 * Records the id of the transaction `tx` runs in, read by one of its own statements (the lock of
 * a command returns it: taking a row lock assigns one anyway), saving the statement before COMMIT.
 */
export function noteTransactionId(tx: object, xid: string): void {
  knownIds.set(tx, xid);
}

/**
 * Replaces the client's interactive `$transaction` with one that knows the outcome of a commit
 * whose answer was lost. A batch `$transaction([...])` is passed through unchanged.
 */
export function knowCommitOutcomes(client: PrismaClient, waitMs = COMMIT_CHECK_MS): void {
  const original = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const transaction = async (body: unknown, options?: unknown): Promise<unknown> => {
    if (typeof body !== "function") return original(body, options);
    let xid: string | null = null;
    let committing = false;
    let result: unknown;
    try {
      return await original(async (tx: PrismaClient) => {
        result = await (body as (tx: PrismaClient) => Promise<unknown>)(tx);
        const known = knownIds.get(tx);
        const rows = known ? [{ xid: known }] : await tx.$queryRaw<{ xid: string | null }[]>`SELECT pg_current_xact_id_if_assigned()::text AS xid`;
        xid = rows[0]?.xid ?? null;
        committing = true;
        return result;
      }, options);
    } catch (error) {
      // Before the commit, or a transaction that wrote nothing: nothing was saved, as the error says.
      if (!committing || xid === null || !isDatabaseUnavailable(error)) throw error;
      const status = await commitStatus(client, xid, waitMs);
      if (status === "committed") return result;
      if (status === "aborted") throw error;
      throw commitInDoubt(error);
    }
  };
  Object.defineProperty(client, "$transaction", { value: transaction as Transaction, configurable: true, writable: true });
}
