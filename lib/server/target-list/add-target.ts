import "server-only";
// Adding a program of the school's catalog to the applicant's target list, at the bottom.
import type { z } from "zod";
import { decideAddTarget } from "@/lib/domain/rules/decide/add-target";
import { readerFor } from "@/lib/domain/rules/decision";
import { addTargetInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";
import { knownProgramIds } from "@/lib/server/target-list/known-program-ids";

export async function addTarget(ctx: Admitted, { programId }: z.output<typeof addTargetInput>) {
  const applicantId = commandApplicant(ctx);
  return decideAndWrite(
    ctx,
    async (snapshot, now, tx) =>
      decideAddTarget(await knownProgramIds(tx, ctx.actor.schoolId, snapshot, [programId]), { programId }, now, readerFor(ctx.actor.role)),
    async ({ tx, snapshot }) => {
      const rank = snapshot.targets.reduce((max, t) => Math.max(max, t.rank), 0) + 1;
      const target = await tx.target.create({ data: { schoolId: ctx.actor.schoolId, applicantId, programId, rank } });
      await audit(tx, ctx.actor, { action: "target.add", entityType: "Target", entityId: target.id, applicantId, after: target });
      return target;
    },
  );
}
