// An advocate's commands on an applicant, planned: claiming a program (with the dean's override it
// relied on), releasing a claim, and nudging the applicant (a task, told in the app and by email).
import { decideClaim, type ClaimingAdvocate } from "../rules/decide/claim";
import { decideNudge } from "../rules/decide/nudge";
import { decideRelease, type ReleasingActor } from "../rules/decide/release";
import { nudgeTask } from "../rules/nudges";
import type { ApplicantSnapshot } from "../snapshot";
import { programName } from "../snapshot-queries";
import { planIfAllowed, ROW, type Planned } from "./plan";

export function planClaim(s: ApplicantSnapshot, advocate: ClaimingAdvocate, programId: string, now: Date): Planned {
  return planIfAllowed(decideClaim(s, advocate, programId, now), ({ usedOverrideIds }) => ({
    writes: [
      { op: "claim.create", programId, advocateId: advocate.advocateId, overrideId: usedOverrideIds[0] ?? null, audit: { action: "claim.create", after: ROW } },
    ],
  }));
}

export function planRelease(s: ApplicantSnapshot, actor: ReleasingActor, programId: string): Planned {
  return planIfAllowed(decideRelease(s, actor, programId), () => ({
    writes: [{ op: "claim.delete", programId, audit: { action: "claim.release", before: ROW } }],
  }));
}

/** `byUserId`: the advocate's account, recorded as who asked for the task. */
export function planNudge(s: ApplicantSnapshot, advocateId: string, byUserId: string, programId: string, now: Date): Planned {
  return planIfAllowed(decideNudge(s, advocateId, programId, now), () => {
    const { kind, title, dueAt } = nudgeTask(s, programId, advocateId, now);
    return {
      writes: [
        { op: "task.create", ref: "task:nudge", task: { programId, kind, title, dueAt, createdById: byUserId }, audit: { action: "nudge.create", after: ROW } },
      ],
      notifications: [{ kind: "applicant-tasks", taskRefs: ["task:nudge"], programName: programName(s, programId) }],
    };
  });
}
