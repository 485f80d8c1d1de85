import "server-only";
// Claims: one advocate per applicant and program. The unique (applicant, program) index backs the
// rule; the applicant lock makes concurrent claims wait, so the loser gets a clear refusal.
import type { z } from "zod";
import { planClaim } from "@/lib/domain/plans/advocacy";
import type { claimInput } from "@/lib/domain/schemas";
import { AppError } from "@/lib/server/core/errors";
import type { Claim } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function claimProgram(ctx: Admitted, { programId }: Omit<z.output<typeof claimInput>, "applicantId">) {
  return runCommand(
    ctx,
    // The program and the advocate's connection at it come back with the snapshot.
    { programIds: [programId], connectionsAt: programId },
    ({ snapshot, connectedAdvocateIds }, now) => {
      const advocateId = ctx.actor.advocateId;
      const assignment = snapshot.assignments.find((a) => a.advocateId === advocateId);
      if (!advocateId || !assignment) throw new AppError("FORBIDDEN", "Your advocate profile was not found.");
      return planClaim(snapshot, { advocateId, advocateKind: assignment.kind, hasConnection: connectedAdvocateIds.includes(advocateId) }, programId, now);
    },
    (applied) => applied.row<Claim>(`claim:${programId}`),
  );
}
