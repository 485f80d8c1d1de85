import "server-only";
// What the messages page reads: the programs to write to, with contacts and what the rules say of
// an email to each right now, and the emails already logged to each (newest first, with the time
// in the school's zone), for the applicant's own record only. The composer asks before logging
// the same email twice from this list, so the question survives a reload or a second device.
import { formatInZone } from "@/lib/domain/format-time";
import { timeOfDayInZone } from "@/lib/domain/applicant/sent-recently";
import { decideLogContact } from "@/lib/domain/rules/decide/log-contact";
import { applicantEmailed } from "@/lib/domain/snapshot-queries";
import type { Actor } from "@/lib/server/core/actor";
import type { Db } from "@/lib/server/core/db";
import { loadApplicantSnapshot } from "@/lib/server/use-case/load-applicant-snapshot";
import { ownApplicantScope } from "@/lib/server/applicant/own-applicant-scope";
import { PROGRAM_SUMMARY } from "@/lib/server/target-list/program-summary";

export async function getMessagesView(db: Db, actor: Actor, now: Date) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "workspace.view");
  return db.$transaction(async (tx) => {
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const profile = await tx.applicantProfile.findFirstOrThrow({
      where: { id: applicantId, schoolId },
      select: {
        aamcId: true,
        degreeType: true,
        phone: true,
        specialty: true,
        user: { select: { name: true } },
        school: { select: { name: true, timeZone: true } },
      },
    });
    const targets = await tx.target.findMany({
      where: { schoolId, applicantId },
      orderBy: { rank: "asc" },
      include: { program: { select: { ...PROGRAM_SUMMARY, directorName: true, directorEmail: true, coordinatorName: true, coordinatorEmail: true } } },
    });
    const narrative = await tx.narrative.findFirst({
      where: { schoolId, applicantId },
      orderBy: { version: "desc" },
      select: { version: true, strengths: true, reliability: true },
    });
    const sent = await tx.contact.findMany({
      where: { schoolId, applicantId, actorRole: "APPLICANT", direction: "OUTBOUND", channel: "EMAIL", programId: { in: targets.map((t) => t.programId) } },
      orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
      select: { id: true, programId: true, occurredAt: true, summary: true },
    });
    const { timeZone } = profile.school;
    return {
      now: now.toISOString(),
      timeZone,
      applicant: {
        fullName: profile.user.name,
        aamcId: profile.aamcId,
        degreeType: profile.degreeType,
        phone: profile.phone,
        schoolName: profile.school.name,
        hasRedFlag: snapshot.redFlags.length > 0,
      },
      wordLimit: snapshot.policy.emailWordLimit,
      narrative,
      programs: targets.map((t) => {
        // The rules' answer before anything is written, so the page can explain a refusal up front.
        const precheck = decideLogContact(
          snapshot,
          { actor: { role: "APPLICANT" }, programId: t.programId, direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT" },
          now,
        );
        return {
          programId: t.programId,
          applied: t.appliedAt !== null,
          emailed: applicantEmailed(snapshot, t.programId),
          program: t.program,
          sent: sent
            .filter((c) => c.programId === t.programId)
            .map((c) => ({
              id: c.id,
              programId: c.programId,
              summary: c.summary,
              at: c.occurredAt.toISOString(),
              atLabel: formatInZone(c.occurredAt, timeZone),
              timeLabel: timeOfDayInZone(c.occurredAt, timeZone),
            })),
          refusal: precheck.ok ? null : { ruleCode: precheck.code, reason: precheck.reason, next: precheck.next, overridable: precheck.overridable },
        };
      }),
    };
  });
}
