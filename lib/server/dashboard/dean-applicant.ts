import "server-only";
// One applicant as the dean's office sees them: the dashboard row with every alert in full, their
// funnel, their list with who holds each program, their advocates (and who could be assigned),
// and the overrides given to them. Another school's applicant is not found.
import { alertsFor, rowFor } from "@/lib/domain/alerts";
import { advocateApplicantSummary } from "@/lib/domain/advocate-view";
import { aggregateOf } from "@/lib/domain/dashboard/aggregate";
import { advocateLevel, ADVOCATE_KIND_LABELS } from "@/lib/domain/rules/eligibility";
import { RULE_CATALOG, RULE_CODES } from "@/lib/domain/rules/catalog";
import { applicantEmailed, claimFor, facultyProgramIds, programName } from "@/lib/domain/snapshot-queries";
import { idSchema } from "@/lib/domain/schemas";
import type { Actor } from "../core/actor";
import { authorizeApplicant } from "../auth/policy";
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";
import { countUrgentUndelivered } from "../notifications/list-deliveries";
import { confidentialShown } from "@/lib/domain/privacy/access-log";
import { recordConfidentialViews } from "../privacy/confidential-views";

export async function getDeanApplicant(db: Db, actor: Actor, applicantIdInput: unknown, now: Date) {
  const applicantId = parseInput(idSchema, applicantIdInput);
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    await authorizeApplicant(tx, actor, "dashboard.view", applicantId);
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    // The summary lists their red flags: the view is audited.
    await recordConfidentialViews(tx, actor, "dean.applicant", [confidentialShown(applicantId, snapshot.redFlags, null)]);
    const undeliveredEmails = await tx.outboxEmail.count({ where: { schoolId, status: "FAILED", notification: { user: { applicant: { id: applicantId } } } } });
    const undeliveredUrgent = await countUrgentUndelivered(tx, actor, applicantId);
    const aggregate = aggregateOf(snapshot, now, { undeliveredEmails, undeliveredUrgent });
    const advocates = await tx.advocateProfile.findMany({
      where: { schoolId },
      select: { id: true, kind: true, title: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    });
    const overrides = await tx.override.findMany({
      where: { schoolId, applicantId },
      orderBy: { createdAt: "desc" },
      select: { id: true, ruleCode: true, programId: true, reason: true, usedAt: true, createdAt: true, createdBy: { select: { name: true } } },
    });
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
    const active = new Set(snapshot.assignments.filter((a) => a.active).map((a) => a.advocateId));
    const faculty = facultyProgramIds(snapshot);
    return {
      timeZone: school.timeZone,
      applicantId,
      fullName: snapshot.fullName,
      specialty: snapshot.specialty,
      row: rowFor(aggregate, snapshot.policy, now),
      alerts: alertsFor(aggregate, snapshot.policy, now),
      funnel: aggregate.funnel,
      summary: advocateApplicantSummary(snapshot, now),
      programs: snapshot.targets.map((t) => ({
        programId: t.programId,
        name: programName(snapshot, t.programId),
        rank: t.rank,
        applied: t.appliedAt !== null,
        emailed: applicantEmailed(snapshot, t.programId),
        facultyContacted: faculty.has(t.programId),
        holder: claimFor(snapshot, t.programId)?.advocateName ?? null,
      })),
      assigned: snapshot.assignments
        .filter((a) => a.active)
        .map((a) => ({ advocateId: a.advocateId, name: a.name, kind: ADVOCATE_KIND_LABELS[a.kind], level: advocateLevel(a.kind) })),
      assignable: advocates
        .filter((a) => !active.has(a.id))
        .map((a) => ({ advocateId: a.id, name: a.user.name, title: a.title, kind: ADVOCATE_KIND_LABELS[a.kind], level: advocateLevel(a.kind) })),
      overrides: overrides.map((o) => ({
        ...o,
        title: RULE_CATALOG[o.ruleCode as keyof typeof RULE_CATALOG]?.title ?? o.ruleCode,
        programName: o.programId ? programName(snapshot, o.programId) : null,
      })),
      overridableRules: RULE_CODES.filter((code) => RULE_CATALOG[code].overridable).map((code) => ({ code, title: RULE_CATALOG[code].title })),
    };
  });
}
