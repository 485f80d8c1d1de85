import "server-only";
// Recording an interview a program scheduled: only with a program applied to. Booking it answers
// the program's urgent respond-to task, closed in the same transaction.
import type { z } from "zod";
import type { recordInterviewInput } from "@/lib/domain/applicant/schemas";
import { planRecordInterview } from "@/lib/domain/plans/offers-and-interviews";
import { readerFor } from "@/lib/domain/rules/decision";
import type { Interview } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function recordInterview(ctx: Admitted, data: z.output<typeof recordInterviewInput>) {
  return runCommand(
    ctx,
    { programIds: [data.programId] },
    ({ snapshot }) => planRecordInterview(snapshot, data, readerFor(ctx.actor.role)),
    (applied) => applied.row<Interview>("interview"),
  );
}
