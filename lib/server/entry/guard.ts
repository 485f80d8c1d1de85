import "server-only";
// The checks every entry point runs before its use case, in this order: who is signed in, whether
// the entry point serves their role (its screens are theirs), whether their role may ever take
// the action, and whether they may act on the applicant it touches (their own record; an
// applicant of their school; for an advocate, one actively assigned to them). All of it happens
// before anything about the applicant is read.
import type { Actor } from "../core/actor";
import { authorize, authorizeApplicant, authorizeScreen } from "../auth/policy";
import { AppError } from "../core/errors";
import type { EntryScope } from "./scope";
import type { EntryPoint } from "./registry";

const SIGNED_OUT = "Your session has ended. Sign in again, then retry.";
const ONLY_APPLICANTS = "Only applicants use this workspace.";

export interface Admitted {
  actor: Actor | null;
  /** The applicant the entry point acts on, when it acts on one. */
  applicantId: string | null;
}

export async function admit(scope: EntryScope, { guard, roles, applicant: acts }: EntryPoint, applicant: () => string | null): Promise<Admitted> {
  if (guard === "public") return { actor: await scope.actor(), applicantId: null };
  const actor = await scope.actor();
  if (!actor) throw new AppError("UNAUTHENTICATED", SIGNED_OUT);
  if (guard === "signed-in") return { actor, applicantId: null };
  authorizeScreen(actor, guard, roles);
  // "own": the applicant's own workspace; nobody else has one to act on.
  const own = acts === "own";
  if (own && actor.applicantId === null) throw new AppError("FORBIDDEN", ONLY_APPLICANTS);
  const applicantId = own ? actor.applicantId : applicant();
  if (applicantId === null) {
    authorize(actor, guard);
    return { actor, applicantId: null };
  }
  await authorizeApplicant(scope.db, actor, guard, applicantId);
  return { actor, applicantId };
}
