// What the messages page reads: the programs to write to, with contacts and what the rules say of
// an email to each right now, for the applicant's own record only.
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
      select: { aamcId: true, degreeType: true, phone: true, specialty: true, user: { select: { name: true } }, school: { select: { name: true } } },
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
    return {
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
          refusal: precheck.ok ? null : { ruleCode: precheck.code, reason: precheck.reason, next: precheck.next, overridable: precheck.overridable },
        };
      }),
    };
  });
}
