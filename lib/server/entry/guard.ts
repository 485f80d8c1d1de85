import "server-only";
// The checks every entry point runs before its use case, in this order: who is signed in, whether
// the entry point serves their role (its screens are theirs), whether their role may ever take
// the action, and whether they may act on the applicant it touches (their own record; an
// applicant of their school; for an advocate, one actively assigned to them). All of it happens
// before anything about the applicant is read. A command on an applicant makes that last check
// once, in the statement that locks the applicant (use-case/run-command.ts); a read makes it
// here. What passes is sealed as the Admitted context the use case takes (admitted.ts).
import type { Actor } from "../core/actor";
import { authorize, authorizeApplicant, authorizeScreen } from "../auth/policy";
import { AppError } from "../core/errors";
import { sealAdmitted, type Admitted } from "./admitted";
import type { EntryScope } from "./scope";
import type { EntryPoint } from "./registry";

const SIGNED_OUT = "Your session has ended. Sign in again, then retry.";
const ONLY_APPLICANTS = "Only applicants use this workspace.";

/** A public entry point (signing in) may have nobody signed in: it gets no Admitted context. */
export type AdmittedOrPublic = { admitted: Admitted; actor: Actor } | { admitted: null; actor: Actor | null };

export async function admit(scope: EntryScope, entry: EntryPoint, applicant: () => string | null): Promise<AdmittedOrPublic> {
  const { guard, roles, applicant: acts } = entry;
  if (guard === "public") return { admitted: null, actor: await scope.actor() };
  const actor = await scope.actor();
  if (!actor) throw new AppError("UNAUTHENTICATED", SIGNED_OUT);
  const seal = (action: Admitted["action"], applicantId: string | null, applicantAccess: Admitted["applicantAccess"]) => ({
    admitted: sealAdmitted({ db: scope.db, clock: scope.clock, actor, action, applicantId, applicantAccess }),
    actor,
  });
  if (guard === "signed-in") return seal(null, null, "none");
  authorizeScreen(actor, guard, roles);
  // "own": the applicant's own workspace; nobody else has one to act on.
  const own = acts === "own";
  if (own && actor.applicantId === null) throw new AppError("FORBIDDEN", ONLY_APPLICANTS);
  const applicantId = own ? actor.applicantId : applicant();
  if (applicantId === null) {
    authorize(actor, guard);
    return seal(guard, null, "none");
  }
  if (entry.command) {
    authorize(actor, guard, { applicantId });
    return seal(guard, applicantId, "in-lock");
  }
  await authorizeApplicant(scope.db, actor, guard, applicantId);
  return seal(guard, applicantId, "checked");
}
