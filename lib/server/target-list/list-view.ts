import "server-only";
// What the list page reads: the ranked targets with their programs, the applied count and the
// school's list-size policy, for the applicant's own record only. Each target carries the latest
// advocate contact with its program (who, how, when), so switching it to "me alone" can say who
// already spoke for the applicant there; and the page learns whether an offer was accepted.
import { acceptedProgramName, applicantEmailed, appliedCount } from "@/lib/domain/snapshot-queries";
import type { AdvocateContactFact } from "@/lib/domain/applicant/priority-warning";
import type { Actor } from "@/lib/server/core/actor";
import type { Db } from "@/lib/server/core/db";
import { loadApplicantSnapshot } from "@/lib/server/use-case/load-applicant-snapshot";
import { PROGRAM_SUMMARY } from "./program-summary";
import { ownApplicantScope } from "@/lib/server/applicant/own-applicant-scope";

export async function getListView(db: Db, actor: Actor) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "workspace.view");
  return db.$transaction(async (tx) => {
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const targets = await tx.target.findMany({ where: { schoolId, applicantId }, orderBy: { rank: "asc" }, include: { program: { select: PROGRAM_SUMMARY } } });
    const advocateContacts = await tx.contact.findMany({
      where: { schoolId, applicantId, actorRole: "ADVOCATE", direction: "OUTBOUND" },
      orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
      select: { programId: true, channel: true, occurredAt: true, actor: { select: { name: true } } },
    });
    const latestByAdvocate = new Map<string, AdvocateContactFact>();
    for (const c of advocateContacts) {
      if (!latestByAdvocate.has(c.programId)) latestByAdvocate.set(c.programId, { by: c.actor.name, channel: c.channel, at: c.occurredAt.toISOString() });
    }
    const touches = new Map<string, number>();
    for (const c of snapshot.contacts) touches.set(c.programId, (touches.get(c.programId) ?? 0) + 1);
    const acceptedProgram = acceptedProgramName(snapshot);
    return {
      policy: snapshot.policy,
      /** The school's zone, for times the page words ("Tue 10:05 AM"). */
      timeZone: snapshot.timeZone,
      applied: appliedCount(snapshot),
      acceptedProgram,
      /** After a binding acceptance the list is a record: nothing to add, rank, apply to or chase. */
      accepted: acceptedProgram !== null,
      targets: targets.map((t) => ({
        programId: t.programId,
        rank: t.rank,
        priority: t.priority,
        appliedAt: t.appliedAt ? t.appliedAt.toISOString() : null,
        /** The applicant's own email to the program is logged: the list's last step for it. */
        emailed: applicantEmailed(snapshot, t.programId),
        program: t.program,
        claimedBy: snapshot.claims.find((c) => c.programId === t.programId)?.advocateName ?? null,
        touches: touches.get(t.programId) ?? 0,
        /** The latest advocate contact with this program, or null when no advocate has contacted it. */
        advocateContact: latestByAdvocate.get(t.programId) ?? null,
      })),
    };
  });
}
