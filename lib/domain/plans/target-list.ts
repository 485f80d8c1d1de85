// The target list's commands, planned: adding a program at the bottom, marking an application
// sent, a program's priority, removing a program (its claims released, the ranks below moved up)
// and a new order (dense ranks, only the rows whose rank changed).
import { denseRanks } from "../applicant/reorder";
import { decideAddTarget } from "../rules/decide/add-target";
import { decideMarkApplied } from "../rules/decide/mark-applied";
import { decideRemoveTarget, effectsOfRemoveTarget } from "../rules/decide/remove-target";
import { decideReorderTargets } from "../rules/decide/reorder-targets";
import { decideSetTargetPriority } from "../rules/decide/set-target-priority";
import type { Reader } from "../rules/decision";
import type { ApplicantSnapshot } from "../snapshot";
import type { TargetPriority } from "../types";
import { planIfAllowed, ROW, type Planned, type PlannedWrite } from "./plan";

export function planAddTarget(s: ApplicantSnapshot, programId: string, now: Date, reader: Reader): Planned {
  return planIfAllowed(decideAddTarget(s, { programId }, now, reader), () => {
    const rank = s.targets.reduce((max, t) => Math.max(max, t.rank), 0) + 1;
    return { writes: [{ op: "target.create", programId, rank, audit: { action: "target.add", after: ROW } }] };
  });
}

export function planMarkApplied(s: ApplicantSnapshot, programId: string, now: Date, reader: Reader): Planned {
  return planIfAllowed(decideMarkApplied(s, { programId }, now, reader), () => {
    return {
      writes: [
        {
          op: "target.update",
          programId,
          data: { appliedAt: now },
          audit: { action: "target.markApplied", before: { appliedAt: null }, after: { appliedAt: now } },
        },
      ],
    };
  });
}

export function planSetTargetPriority(s: ApplicantSnapshot, programId: string, priority: TargetPriority, reader: Reader): Planned {
  return planIfAllowed(decideSetTargetPriority(s, { programId }, reader), () => {
    const before = s.targets.find((t) => t.programId === programId)?.priority;
    return {
      writes: [
        { op: "target.update", programId, data: { priority }, audit: { action: "target.setPriority", before: { priority: before }, after: { priority } } },
      ],
    };
  });
}

/** The rank writes that turn the list's current ranks into `order`'s dense ones. */
function rankChanges(s: ApplicantSnapshot, order: readonly string[]): PlannedWrite {
  const current = new Map(s.targets.map((t) => [t.programId, t.rank]));
  return { op: "target.ranks", ranks: denseRanks(order).filter(({ programId, rank }) => current.get(programId) !== rank) };
}

export function planRemoveTarget(s: ApplicantSnapshot, programId: string, reader: Reader): Planned {
  return planIfAllowed(decideRemoveTarget(s, { programId }, reader), () => {
    const releases = effectsOfRemoveTarget(s, programId).releaseProgramIds.map((releaseId): PlannedWrite => ({
      op: "claim.delete",
      programId: releaseId,
      audit: { action: "claim.release", before: ROW, reason: "Program removed from the target list" },
    }));
    const rest = s.targets.filter((t) => t.programId !== programId).map((t) => t.programId);
    return {
      writes: [{ op: "target.delete", programId, audit: { action: "target.remove", before: ROW } }, ...releases, rankChanges(s, rest)],
    };
  });
}

export function planReorderTargets(s: ApplicantSnapshot, programIds: readonly string[], reader: Reader): Planned {
  return planIfAllowed(decideReorderTargets(s, programIds, reader), () => {
    return {
      writes: [
        rankChanges(s, programIds),
        // One entry for the whole new order, on the applicant.
        {
          op: "audit",
          entityType: "Target",
          entityId: s.applicantId,
          audit: { action: "target.reorder", before: { order: s.targets.map((t) => t.programId) }, after: { order: [...programIds] } },
        },
      ],
    };
  });
}
