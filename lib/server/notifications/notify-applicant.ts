import "server-only";
// A task someone else made for the applicant (a nudge, a follow-up after a faculty call, an urgent
// response after a program reached out through an advocate) is also an in-app notification and an
// email, queued in the same transaction as the task.
import { taskNotification } from "@/lib/domain/messages/notifications";
import { formatInZone } from "@/lib/domain/format-time";
import type { TaskKind } from "@/lib/domain/types";
import type { Actor } from "../core/actor";
import type { TxClient } from "../core/db";
import { queueNotification } from "./queue-notification";

const NOTIFICATION_KINDS = { URGENT_RESPONSE: "URGENT_TASK", FOLLOW_UP: "FOLLOW_UP_TASK", NUDGE: "NUDGE" } as const;

export async function notifyApplicantOfTasks(
  tx: TxClient,
  actor: Actor,
  applicantId: string,
  tasks: { id: string; kind: TaskKind; title: string; dueAt: Date }[],
  program: string,
  now: Date,
) {
  if (tasks.length === 0) return;
  const { schoolId } = actor;
  const applicant = await tx.applicantProfile.findFirstOrThrow({
    where: { id: applicantId, schoolId },
    select: { user: { select: { id: true, email: true } }, school: { select: { timeZone: true } } },
  });
  for (const task of tasks) {
    const text = taskNotification({
      kind: task.kind,
      taskTitle: task.title,
      byName: actor.name,
      programName: program,
      dueLabel: formatInZone(task.dueAt, applicant.school.timeZone),
    });
    await queueNotification(
      tx,
      {
        schoolId,
        userId: applicant.user.id,
        email: applicant.user.email,
        kind: NOTIFICATION_KINDS[task.kind],
        title: text.title,
        body: text.body,
        linkPath: "/applicant#tasks",
        linkLabel: text.linkLabel,
        taskId: task.id,
        applicantId,
      },
      now,
    );
  }
}
