// Interviews and offers, planned. Booking an interview answers the program's urgent task; an offer
// gets its round's deadline, a countdown task and its reminders; accepting one is binding (NRMP):
// the other pending offers are withdrawn and every open task is cancelled, while rejecting one
// stops outreach to that program.
import { decideRecordInterview } from "../rules/decide/record-interview";
import { decideRecordOffer } from "../rules/decide/record-offer";
import { decideRespondToOffer, effectsOfAcceptance, effectsOfRejection } from "../rules/decide/respond-to-offer";
import type { Reader } from "../rules/decision";
import { roundDeadline } from "../rules/offers";
import { taskForOffer, tasksCompletedByInterview } from "../rules/tasks";
import type { ApplicantSnapshot } from "../snapshot";
import type { InterviewFormat } from "../types";
import { planIfAllowed, ROW, type Planned, type PlannedWrite } from "./plan";

export interface InterviewCommand {
  programId: string;
  startsAt: Date;
  durationMinutes: number;
  format: InterviewFormat;
  location: string;
  notes: string;
}

export function planRecordInterview(s: ApplicantSnapshot, interview: InterviewCommand, reader: Reader): Planned {
  return planIfAllowed(decideRecordInterview(s, { programId: interview.programId }, reader), () => ({
    writes: [
      { op: "interview.create", interview, audit: { action: "interview.record", after: ROW } },
      {
        op: "tasks.close",
        taskIds: tasksCompletedByInterview(s, interview.programId),
        status: "DONE",
        audit: { action: "task.complete", before: { status: "OPEN" }, after: { status: "DONE" }, reason: "Interview scheduled" },
      },
    ],
  }));
}

export interface OfferCommand {
  programId: string;
  round: number;
  offeredAt: Date;
}

export function planRecordOffer(s: ApplicantSnapshot, { programId, round, offeredAt }: OfferCommand, now: Date, reader: Reader): Planned {
  return planIfAllowed(decideRecordOffer(s, { programId }, now, reader), () => {
    // An offer made during a round gets that round's deadline and the applicant a task with a countdown.
    const respondBy = roundDeadline(s, round, offeredAt);
    const task = taskForOffer(s, programId, respondBy);
    return {
      writes: [
        { op: "offer.create", ref: "offer", offer: { programId, round, offeredAt, respondBy }, audit: { action: "offer.record", after: ROW } },
        ...(task ? [{ op: "task.create", ref: "task:offer", task, audit: { action: "task.create", after: ROW } } satisfies PlannedWrite] : []),
      ],
      jobs: [{ kind: "offer-deadline", offerRef: "offer" }],
    };
  });
}

export function planRespondToOffer(s: ApplicantSnapshot, offerId: string, response: "ACCEPT" | "REJECT", now: Date, reader: Reader): Planned {
  return planIfAllowed(decideRespondToOffer(s, offerId, response, now, reader), () => {
    const status = response === "ACCEPT" ? "ACCEPTED" : "REJECTED";
    const answered: PlannedWrite = {
      op: "offer.update",
      ref: "offer",
      offerId,
      status,
      audit: { action: `offer.${response.toLowerCase()}`, before: { status: "PENDING" }, after: { status } },
    };
    if (response === "REJECT") {
      const { cancelTaskIds } = effectsOfRejection(s, offerId);
      return {
        writes: [answered, { op: "tasks.close", taskIds: cancelTaskIds, status: "CANCELLED", audit: { action: "task.cancel", reason: "Offer rejected" } }],
      };
    }
    const { cancelTaskIds, rejectOfferIds } = effectsOfAcceptance(s, offerId);
    return {
      writes: [
        answered,
        { op: "tasks.close", taskIds: cancelTaskIds, status: "CANCELLED", audit: { action: "task.cancel", reason: "Offer accepted" } },
        ...rejectOfferIds.map((id): PlannedWrite => ({
          op: "offer.update",
          ref: `offer:${id}`,
          offerId: id,
          status: "REJECTED",
          audit: { action: "offer.withdrawn", after: { status: "REJECTED" }, reason: "Another offer accepted" },
        })),
      ],
    };
  });
}
