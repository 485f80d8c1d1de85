import "server-only";
// Claims: one advocate per applicant and program. The unique (applicant, program) index backs the
// rule; the applicant lock makes concurrent claims wait, so the loser gets a clear refusal.
import type { z } from "zod";
import { decideClaim } from "@/lib/domain/rules/decide/claim";
import { claimInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { AppError } from "@/lib/server/core/errors";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";
import { knownProgramIds } from "@/lib/server/target-list/known-program-ids";

export async function claimProgram(ctx: Admitted, { programId }: Omit<z.output<typeof claimInput>, "applicantId">) {
  const applicantId = commandApplicant(ctx);
  const { advocateId, schoolId } = ctx.actor;
  if (!advocateId) throw new AppError("FORBIDDEN", "Only advocates claim programs.");
  return decideAndWrite(
    ctx,
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
