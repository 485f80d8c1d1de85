import "server-only";
// Ending an advocate's assignment; the claims they held for that applicant are released with it.
import type { z } from "zod";
import { planUnassignAdvocate } from "@/lib/domain/plans/assignments";
import type { unassignAdvocateInput } from "@/lib/domain/schemas";
import type { AdvocateAssignment } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function unassignAdvocate(ctx: Admitted, { advocateId }: Omit<z.output<typeof unassignAdvocateInput>, "applicantId">) {
  return runCommand(
    ctx,
    {},
    ({ snapshot }) => planUnassignAdvocate(snapshot, advocateId),
    (applied) => ({
      assignment: applied.row<AdvocateAssignment>("assignment"),
      releasedProgramIds: applied.rows<{ programId: string }>("claim:").map((c) => c.programId),
    }),
  );
}
