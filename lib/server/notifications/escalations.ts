import "server-only";
// Escalations: what happens when nobody acted in time. Each is scheduled as a job in the
// transaction of the change that starts its clock (an inbound call logged, an offer recorded, a
// follow-up created) and checked again when it fires: nothing is sent when the reason is gone
// (the applicant answered, the offer was answered, the follow-up was sent). Each notification has
// a dedupe key per reason and person, so a job run twice tells nobody twice.
import { formatInZone, minutesOverdue } from "@/lib/domain/format-time";
import {
  followUpOverdueNotification,
  offerExpiredNotification,
  offerReminderNotification,
  unansweredCallNotification,
} from "@/lib/domain/messages/escalations";
import type { NotificationText } from "@/lib/domain/messages/notifications";
import type { NotificationKind } from "@/lib/domain/notification-channels";
import type { Policy } from "@/lib/domain/types";
import type { Clock } from "../core/clock";
import type { Db, TxClient } from "../core/db";
import { scheduleJob } from "../jobs/queue";
import { queueNotification } from "./queue-notification";

const MINUTE = 60_000;

/** A task just written: an inbound call's response window and a follow-up get their escalation. */
export async function scheduleTaskEscalation(
  tx: TxClient,
  task: { id: string; kind: string; dueAt: Date },
  fromInboundCall: boolean,
  now: Date,
): Promise<void> {
  if (task.kind === "URGENT_RESPONSE" && fromInboundCall) await scheduleJob(tx, "escalate-call", { taskId: task.id }, { runAt: task.dueAt, now });
  if (task.kind === "FOLLOW_UP") await scheduleJob(tx, "follow-up-overdue", { taskId: task.id }, { runAt: task.dueAt, now });
}

/** An offer just recorded: its reminders before the deadline and its expiry notice at it. */
export async function scheduleOfferDeadline(
  tx: TxClient,
  offer: { id: string; respondBy: Date | null },
  policy: Pick<Policy, "offerReminderFirstMinutes" | "offerReminderSecondMinutes">,
  now: Date,
): Promise<void> {
  if (!offer.respondBy) return;
  for (const minutesBefore of [policy.offerReminderFirstMinutes, policy.offerReminderSecondMinutes, 0]) {
    const runAt = new Date(offer.respondBy.getTime() - minutesBefore * MINUTE);
    // A reminder whose moment has passed already is not sent late; the expiry always is.
    if (minutesBefore > 0 && runAt <= now) continue;
    await scheduleJob(tx, "offer-deadline", { offerId: offer.id, minutesBefore }, { runAt, now });
  }
}

interface Recipient {
  userId: string;
  email: string;
  role: "APPLICANT" | "ADVOCATE" | "DEAN";
}

const APPLICANT_PAGE = {
  APPLICANT: () => "/applicant",
  ADVOCATE: (id: string) => `/advocate/applicants/${id}`,
  DEAN: (id: string) => `/dean/applicants/${id}`,
};

/** The applicant's active advocates and everyone in the dean's office, as the escalation needs. */
async function applicantTeam(db: Db | TxClient, schoolId: string, applicantId: string, roles: { advocates: boolean; deans: boolean }): Promise<Recipient[]> {
  const [assignments, deans] = await Promise.all([
    roles.advocates
      ? db.advocateAssignment.findMany({
          where: { schoolId, applicantId, active: true },
          select: { advocate: { select: { user: { select: { id: true, email: true } } } } },
        })
      : [],
    roles.deans ? db.user.findMany({ where: { schoolId, role: "DEAN" }, select: { id: true, email: true } }) : [],
  ]);
  return [
    ...assignments.map((a) => ({ userId: a.advocate.user.id, email: a.advocate.user.email, role: "ADVOCATE" as const })),
    ...deans.map((d) => ({ userId: d.id, email: d.email, role: "DEAN" as const })),
  ];
}

async function tell(
  db: Db,
  now: Date,
  schoolId: string,
  applicantId: string,
  kind: NotificationKind,
  reason: string,
  recipients: { recipient: Recipient; text: NotificationText; linkPath: string }[],
): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { recipient, text, linkPath } of recipients) {
      await queueNotification(
        tx,
        {
          schoolId,
          userId: recipient.userId,
          email: recipient.email,
          kind,
          title: text.title,
          body: text.body,
          linkPath,
          linkLabel: text.linkLabel,
          applicantId,
          dedupeKey: `${reason}:${recipient.userId}`,
        },
        now,
      );
    }
  });
}

/** The inbound call's window ended: unless the applicant answered, the advocates and the dean's office hear. */
export async function escalateUnansweredCall(db: Db, clock: Clock, taskId: string): Promise<void> {
  const now = clock.now();
  const task = await db.task.findUnique({
    where: { id: taskId },
    select: {
      status: true,
      dueAt: true,
      schoolId: true,
      applicantId: true,
      programId: true,
      sourceContact: { select: { occurredAt: true } },
      program: { select: { name: true } },
      applicant: { select: { phone: true, user: { select: { name: true } } } },
      school: { select: { timeZone: true } },
    },
  });
  if (!task || task.status !== "OPEN" || task.dueAt > now || !task.programId) return;
  const since = task.sourceContact?.occurredAt ?? task.dueAt;
  // The applicant answered: their own call or email to the program after it reached out.
  const answered = await db.contact.count({
    where: { applicantId: task.applicantId, programId: task.programId, direction: "OUTBOUND", actorRole: "APPLICANT", occurredAt: { gte: since } },
  });
  if (answered > 0) return;
  const team = await applicantTeam(db, task.schoolId, task.applicantId, { advocates: true, deans: true });
  const base = {
    applicantName: task.applicant.user.name,
    applicantPhone: task.applicant.phone,
    programName: task.program?.name ?? "A program",
    sinceLabel: formatInZone(since, task.school.timeZone),
    minutesAgo: minutesOverdue(since, now),
  };
  await tell(
    db,
    now,
    task.schoolId,
    task.applicantId,
    "CALL_UNANSWERED",
    `call-unanswered:${taskId}`,
    team.map((recipient) => ({
      recipient,
      text: unansweredCallNotification({ ...base, reader: recipient.role === "DEAN" ? "DEAN" : "ADVOCATE" }),
      linkPath: APPLICANT_PAGE[recipient.role](task.applicantId),
    })),
  );
}

/** An offer's reminder (minutesBefore > 0) or expiry (0): only while the offer is still unanswered. */
export async function escalateOfferDeadline(db: Db, clock: Clock, offerId: string, minutesBefore: number): Promise<void> {
  const now = clock.now();
  const offer = await db.offer.findUnique({
    where: { id: offerId },
    select: {
      status: true,
      respondBy: true,
      schoolId: true,
      applicantId: true,
      program: { select: { name: true } },
      applicant: { select: { user: { select: { id: true, name: true, email: true } } } },
      school: { select: { timeZone: true } },
    },
  });
  if (!offer || offer.status !== "PENDING" || !offer.respondBy) return;
  const deadline = offer.respondBy.getTime();
  // The deadline moved since this job was scheduled (the round was changed): the new one has its own jobs.
  if (now.getTime() < deadline - minutesBefore * MINUTE) return;
  const deadlineLabel = formatInZone(offer.respondBy, offer.school.timeZone);
  const applicantName = offer.applicant.user.name;
  const programName = offer.program.name;
  const reason = `offer:${offerId}:${minutesBefore}`;
  if (minutesBefore === 0) {
    if (now.getTime() < deadline) return;
    const deans = await applicantTeam(db, offer.schoolId, offer.applicantId, { advocates: false, deans: true });
    const text = offerExpiredNotification({ applicantName, programName, deadlineLabel });
    await tell(
      db,
      now,
      offer.schoolId,
      offer.applicantId,
      "OFFER_EXPIRED",
      reason,
      deans.map((recipient) => ({ recipient, text, linkPath: APPLICANT_PAGE.DEAN(offer.applicantId) })),
    );
    return;
  }
  // Too late for this reminder (the deadline passed meanwhile): the expiry notice follows instead.
  if (now.getTime() >= deadline) return;
  const minutesLeft = Math.ceil((deadline - now.getTime()) / MINUTE);
  const applicant: Recipient = { userId: offer.applicant.user.id, email: offer.applicant.user.email, role: "APPLICANT" };
  const advocates = await applicantTeam(db, offer.schoolId, offer.applicantId, { advocates: true, deans: false });
  await tell(
    db,
    now,
    offer.schoolId,
    offer.applicantId,
    "OFFER_REMINDER",
    reason,
    [applicant, ...advocates].map((recipient) => ({
      recipient,
      text: offerReminderNotification({
        reader: recipient.role === "APPLICANT" ? "APPLICANT" : "ADVOCATE",
        applicantName,
        programName,
        minutesLeft,
        deadlineLabel,
      }),
      linkPath: recipient.role === "APPLICANT" ? "/applicant/offers" : APPLICANT_PAGE.ADVOCATE(offer.applicantId),
    })),
  );
}

/** A follow-up came due and is still open: the applicant is told. */
export async function escalateOverdueFollowUp(db: Db, clock: Clock, taskId: string): Promise<void> {
  const now = clock.now();
  const task = await db.task.findUnique({
    where: { id: taskId },
    select: {
      status: true,
      kind: true,
      title: true,
      dueAt: true,
      schoolId: true,
      applicantId: true,
      program: { select: { name: true } },
      applicant: { select: { user: { select: { id: true, email: true } } } },
      school: { select: { timeZone: true } },
    },
  });
  if (!task || task.status !== "OPEN" || task.kind !== "FOLLOW_UP" || task.dueAt > now) return;
  const text = followUpOverdueNotification({
    programName: task.program?.name ?? "the program",
    taskTitle: task.title,
    dueLabel: formatInZone(task.dueAt, task.school.timeZone),
  });
  const recipient: Recipient = { userId: task.applicant.user.id, email: task.applicant.user.email, role: "APPLICANT" };
  await tell(db, now, task.schoolId, task.applicantId, "FOLLOW_UP_OVERDUE", `follow-up-overdue:${taskId}`, [{ recipient, text, linkPath: "/applicant#tasks" }]);
}
