// What the applicant's pages read: each loader checks can() for its page, then queries only this
// school's and this applicant's rows, inside one transaction for a consistent picture.
import { decideLogContact } from "@/lib/domain/rules/decide/log-contact";
import { strategyFor } from "@/lib/domain/rules/strategy";
import { acceptedProgramName, applicantEmailed, appliedCount, checklistMissing, findAcceptedOffer } from "@/lib/domain/snapshot-queries";
import type { Actor } from "../actor";
import type { Db } from "../db";
import { loadApplicantSnapshot } from "../snapshot-loader";
import { ownApplicantScope } from "./scope";

const PROGRAM_SUMMARY = {
  id: true,
  name: true,
  nrmpCode: true,
  specialty: true,
  city: true,
  state: true,
  positionType: true,
  setting: true,
  tier: true,
  prefersEmail: true,
} as const;

export async function getListView(db: Db, actor: Actor) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "workspace.view");
  return db.$transaction(async (tx) => {
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const targets = await tx.target.findMany({ where: { schoolId, applicantId }, orderBy: { rank: "asc" }, include: { program: { select: PROGRAM_SUMMARY } } });
    const touches = new Map<string, number>();
    for (const c of snapshot.contacts) touches.set(c.programId, (touches.get(c.programId) ?? 0) + 1);
    return {
      policy: snapshot.policy,
      applied: appliedCount(snapshot),
      acceptedProgram: acceptedProgramName(snapshot),
      targets: targets.map((t) => ({
        programId: t.programId,
        rank: t.rank,
        priority: t.priority,
        appliedAt: t.appliedAt ? t.appliedAt.toISOString() : null,
        program: t.program,
        claimedBy: snapshot.claims.find((c) => c.programId === t.programId)?.advocateName ?? null,
        touches: touches.get(t.programId) ?? 0,
      })),
    };
  });
}

export async function getProfileView(db: Db, actor: Actor) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "workspace.view");
  return db.$transaction(async (tx) => {
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const profile = await tx.applicantProfile.findFirstOrThrow({
      where: { id: applicantId, schoolId },
      select: {
        aamcId: true,
        degreeType: true,
        step2Score: true,
        specialty: true,
        phone: true,
        redFlags: { select: { kind: true, context: true }, orderBy: { createdAt: "asc" } },
      },
    });
    const narrative = await tx.narrative.findFirst({
      where: { schoolId, applicantId },
      orderBy: { version: "desc" },
      include: { author: { select: { name: true } } },
    });
    const versions = await tx.narrative.count({ where: { schoolId, applicantId } });
    return {
      profile,
      checklist: snapshot.checklist,
      checklistMissing: checklistMissing(snapshot),
      strategy: strategyFor(snapshot, snapshot.policy),
      policy: snapshot.policy,
      narrative: narrative
        ? {
            version: narrative.version,
            strengths: narrative.strengths,
            weaknessContext: narrative.weaknessContext,
            reliability: narrative.reliability,
            author: narrative.author.name,
            savedAt: narrative.createdAt,
          }
        : null,
      versions,
    };
  });
}

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

export async function getOffersView(db: Db, actor: Actor) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "interview.view");
  return db.$transaction(async (tx) => {
    const interviews = await tx.interview.findMany({
      where: { schoolId, applicantId },
      orderBy: { startsAt: "asc" },
      include: { program: { select: { id: true, name: true, specialty: true } } },
    });
    const offers = await tx.offer.findMany({
      where: { schoolId, applicantId },
      orderBy: { offeredAt: "desc" },
      include: { program: { select: { id: true, name: true, specialty: true } } },
    });
    const applied = await tx.target.findMany({
      where: { schoolId, applicantId, appliedAt: { not: null } },
      orderBy: { rank: "asc" },
      select: { program: { select: { id: true, name: true } } },
    });
    const accepted = findAcceptedOffer(offers);
    return {
      interviews,
      offers,
      appliedPrograms: applied.map((t) => t.program),
      acceptedProgram: accepted ? accepted.program.name : null,
    };
  });
}
