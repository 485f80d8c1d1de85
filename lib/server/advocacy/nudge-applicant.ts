import "server-only";
// An advocate's one-click nudge: where a program waits for the applicant's own email, the
// applicant gets a task ("email this program so that I can call"), an in-app notification and an
// email, all written in one transaction; the email leaves after the commit through the job queue.
import type { z } from "zod";
import { planNudge } from "@/lib/domain/plans/advocacy";
import { claimInput } from "@/lib/domain/schemas";
import type { Task } from "@/lib/generated/prisma/client";
import { AppError } from "../core/errors";
import type { Admitted } from "../entry/admitted";
import { runCommand } from "../use-case/run-command";

export const nudgeInput = claimInput;

export async function nudgeApplicant(ctx: Admitted, { programId }: Omit<z.output<typeof nudgeInput>, "applicantId">) {
  const { advocateId, userId } = ctx.actor;
  if (!advocateId) throw new AppError("FORBIDDEN", "Only advocates nudge applicants.");
  return runCommand(
    ctx,
    { programIds: [programId] },
    ({ snapshot }, now) => planNudge(snapshot, advocateId, userId, programId, now),
    (applied) => applied.row<Task>("task:nudge"),
  );
}
