import "server-only";
// Releasing a claim: by the advocate who holds it, or by the dean's office.
import { decideRelease, type ReleasingActor } from "@/lib/domain/rules/decide/release";
import { releaseInput } from "@/lib/domain/schemas";
import type { Actor } from "@/lib/server/core/actor";
import { authorize } from "@/lib/server/auth/policy";
import { audit } from "@/lib/server/core/audit";
import { AppError } from "@/lib/server/core/errors";
import { decideAndWrite, type UseCaseContext } from "@/lib/server/use-case/decide-and-write";
import { parseInput } from "@/lib/server/core/validate";

/** Who the rules see releasing: the dean's office as such, an advocate by their profile. */
function releaser(actor: Actor): ReleasingActor {
  if (actor.role === "DEAN") return { role: "DEAN" };
  if (!actor.advocateId) throw new AppError("FORBIDDEN", "Only advocates and the dean's office release claims.");
  return { role: "ADVOCATE", advocateId: actor.advocateId };
}

export async function releaseProgram(ctx: UseCaseContext, input: unknown) {
  const { applicantId, programId } = parseInput(releaseInput, input);
  authorize(ctx.actor, "claim.release", { applicantId });
  const { schoolId } = ctx.actor;
  const releasingActor = releaser(ctx.actor);
  return decideAndWrite(
    ctx,
    { action: "claim.release", applicantId },
    (snapshot) => decideRelease(snapshot, releasingActor, programId),
    async ({ tx }) => {
      const claim = await tx.claim.delete({ where: { applicantId_programId: { applicantId, programId }, schoolId } });
      await audit(tx, ctx.actor, { action: "claim.release", entityType: "Claim", entityId: claim.id, applicantId, before: claim });
      return claim;
    },
  );
}
