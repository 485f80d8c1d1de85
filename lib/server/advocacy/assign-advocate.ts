import "server-only";
// The dean's office assigns an advocate to an applicant (at most two active, a rule).
import type { z } from "zod";
import { planAssignAdvocate } from "@/lib/domain/plans/assignments";
import type { assignAdvocateInput } from "@/lib/domain/schemas";
import type { AdvocateAssignment } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/server/core/errors";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function assignAdvocate(ctx: Admitted, { advocateId }: Omit<z.output<typeof assignAdvocateInput>, "applicantId">) {
  return runCommand(
    ctx,
    // The advocate (their kind and name) comes back with the snapshot, when they are of the school.
    { advocateId },
    ({ snapshot, advocate }, now) => {
      if (!advocate) throw notFound("That advocate");
      return planAssignAdvocate(snapshot, { advocateId, kind: advocate.kind, name: advocate.name }, now);
    },
    (applied) => applied.row<AdvocateAssignment>("assignment"),
  );
}
