import "server-only";
// Releasing a claim: by the advocate who holds it, or by the dean's office.
import type { z } from "zod";
import { decideRelease, type ReleasingActor } from "@/lib/domain/rules/decide/release";
import { releaseInput } from "@/lib/domain/schemas";
import type { Actor } from "@/lib/server/core/actor";
import { audit } from "@/lib/server/core/audit";
import { AppError } from "@/lib/server/core/errors";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

/** Who the rules see releasing: the dean's office as such, an advocate by their profile. */
function releaser(actor: Actor): ReleasingActor {
  if (actor.role === "DEAN") return { role: "DEAN" };
  if (!actor.advocateId) throw new AppError("FORBIDDEN", "Only advocates and the dean's office release claims.");
  return { role: "ADVOCATE", advocateId: actor.advocateId };
}

export async function releaseProgram(ctx: Admitted, { programId }: Omit<z.output<typeof releaseInput>, "applicantId">) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  const releasingActor = releaser(ctx.actor);
  return decideAndWrite(
    ctx,
    (snapshot) => decideRelease(snapshot, releasingActor, programId),
    async ({ tx }) => {
      const claim = await tx.claim.delete({ where: { applicantId_programId: { applicantId, programId }, schoolId } });
      await audit(tx, ctx.actor, { action: "claim.release", entityType: "Claim", entityId: claim.id, applicantId, before: claim });
      return claim;
    },
  );
}
