// Claims: one advocate per applicant and program. The unique (applicant, program) index backs the
// rule; the applicant lock makes concurrent claims wait, so the loser gets a clear refusal.
import { decideClaim } from "@/lib/domain/rules/decide/claim";
import { decideRelease, type ReleasingActor } from "@/lib/domain/rules/decide/release";
import { claimInput, releaseInput } from "@/lib/domain/schemas";
import type { Actor } from "../actor";
import { authorize } from "../auth/policy";
import { audit } from "../audit";
import { AppError } from "../errors";
import { decideAndWrite, type UseCaseContext } from "../use-case";
import { parseInput } from "../validate";
import { knownProgramIds } from "../outreach/program-scope";

export async function claimProgram(ctx: UseCaseContext, input: unknown) {
  const { applicantId, programId } = parseInput(claimInput, input);
  authorize(ctx.actor, "claim.create", { applicantId });
  const { advocateId, schoolId } = ctx.actor;
  if (!advocateId) throw new AppError("FORBIDDEN", "Only advocates claim programs.");
  return decideAndWrite(
    ctx,
    { action: "claim.create", applicantId },
    async (snapshot, now, tx) => {
      const advocate = await tx.advocateProfile.findFirst({
        where: { id: advocateId, schoolId },
        select: { kind: true, connections: { where: { programId }, select: { id: true } } },
      });
      if (!advocate) throw new AppError("FORBIDDEN", "Your advocate profile was not found.");
      const scoped = await knownProgramIds(tx, schoolId, snapshot, [programId]);
      return decideClaim(scoped, { advocateId, advocateKind: advocate.kind, hasConnection: advocate.connections.length > 0 }, programId, now);
    },
    async ({ tx, now, usedOverrideIds }) => {
      const claim = await tx.claim.create({
        data: { schoolId, applicantId, programId, advocateId, claimedAt: now, overrideId: usedOverrideIds[0] ?? null },
      });
      await audit(tx, ctx.actor, { action: "claim.create", entityType: "Claim", entityId: claim.id, applicantId, after: claim });
      return claim;
    },
  );
}

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
