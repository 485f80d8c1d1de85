// The rules' snapshot as Prisma's relational query reads it: the reference the hand-written
// statement of lib/server/use-case/load-applicant-snapshot.ts is checked against
// (tests/integration/command-facts-sql.test.ts). It is the read the app made before that
// statement, kept here as the test's oracle.
import type { ApplicantSnapshot, SnapshotProgram } from "@/lib/domain/snapshot";
import { cohortFacultyLoad } from "@/lib/domain/snapshot-queries";
import { DEFAULT_POLICY, type AdvocateKind, type Policy } from "@/lib/domain/types";
import type { SchoolPolicy } from "@/lib/generated/prisma/client";
import type { TxClient } from "@/lib/server/core/db";
import type { CommandFacts, FactsWanted } from "@/lib/server/use-case/load-applicant-snapshot";

const PROGRAM_FIELDS = { id: true, name: true, specialty: true, tier: true, setting: true, positionType: true, prefersEmail: true } as const;
const ACTIVE_SEASON = { where: { active: true }, orderBy: { windowStartsAt: "desc" }, take: 1 } as const;

function policyOf(row: SchoolPolicy | null): Policy {
  if (!row) return { ...DEFAULT_POLICY };
  const { id: _id, schoolId: _school, createdAt: _c, updatedAt: _u, ...policy } = row;
  return policy;
}

export async function prismaCommandFacts(tx: TxClient, schoolId: string, applicantId: string, wanted: FactsWanted): Promise<CommandFacts> {
  const where = { schoolId };
  const aamcId = wanted.profileWithAamcId;
  const named = wanted.programIds ?? [];
  const connectionsAt = wanted.connectionsAt;
  // One statement for the applicant and everything of theirs the rules read (Prisma joins the
  // relations in the database): a rule-checked write holds the applicant's lock while it runs.
  const profile = await tx.applicantProfile.findFirst({
    where: { id: applicantId, schoolId },
    include: {
      user: { select: { name: true } },
      redFlags: { select: { kind: true, context: true }, orderBy: { createdAt: "asc" } },
      school: {
        select: {
          timeZone: true,
          policy: true,
          ...(named.length > 0 ? { programs: { where: { id: { in: named } }, select: PROGRAM_FIELDS } } : {}),
          ...(aamcId
            ? {
                applicants: { where: { aamcId, id: { not: applicantId } }, select: { id: true }, take: 1 },
                invitations: { where: { aamcId, acceptedAt: null }, select: { id: true }, take: 1 },
              }
            : {}),
          ...(wanted.advocateId ? { advocates: { where: { id: wanted.advocateId }, select: { id: true, kind: true, user: { select: { name: true } } } } } : {}),
          // The cohort's faculty load on the programs of this list: other applicants' advocates'
          // outbound contacts there, one row per kind of contact (contacts_faculty_load_idx leads
          // with these columns). Grouped by every column the domain's "faculty contact" reads, so
          // the rule stays in one place.
          ...(wanted.withoutCohortLoad
            ? {}
            : {
                contacts: {
                  where: {
                    actorRole: "ADVOCATE",
                    direction: "OUTBOUND",
                    applicantId: { not: applicantId },
                    program: { targets: { some: { applicantId, schoolId } } },
                  },
                  select: { programId: true, applicantId: true, actorRole: true, direction: true, advocateKind: true },
                  distinct: ["programId", "applicantId", "actorRole", "direction", "advocateKind"],
                },
              }),
          seasons: {
            ...ACTIVE_SEASON,
            include: { offerRounds: { select: { number: true, offersAt: true, respondBy: true }, orderBy: { number: "asc" } } },
          },
        },
      },
      targets: {
        where,
        select: { programId: true, rank: true, priority: true, appliedAt: true, program: { select: PROGRAM_FIELDS } },
        orderBy: { rank: "asc" },
      },
      // Contacts are the longest list: their own columns only (programs and advocates come once, below).
      contacts: {
        where,
        select: { programId: true, actorRole: true, actorUserId: true, advocateKind: true, direction: true, channel: true, occurredAt: true, outcome: true },
        orderBy: { occurredAt: "asc" },
      },
      // The rest: the columns the rules read, each list's own.
      claims: { where, select: { programId: true, advocateId: true, advocate: { select: { userId: true, user: { select: { name: true } } } } } },
      assignments: {
        where,
        select: {
          advocateId: true,
          active: true,
          advocate: {
            select: {
              kind: true,
              userId: true,
              user: { select: { name: true } },
              ...(connectionsAt ? { connections: { where: { schoolId, programId: connectionsAt }, select: { id: true } } } : {}),
            },
          },
        },
      },
      ...(wanted.narrative
        ? {
            narratives: {
              where: { schoolId, ...(wanted.narrative.versionId ? { id: wanted.narrative.versionId } : {}) },
              orderBy: { version: "desc" },
              take: 1,
              select: { id: true, version: true },
            },
          }
        : {}),
      offers: { where, select: { id: true, programId: true, status: true, respondBy: true, program: { select: PROGRAM_FIELDS } } },
      overrides: { where, select: { id: true, ruleCode: true, programId: true, usedAt: true } },
      tasks: { where, select: { id: true, kind: true, status: true, dueAt: true, programId: true, createdAt: true } },
      interviews: { where, select: { programId: true, startsAt: true } },
    },
  });
  if (!profile) throw new Error("That applicant was not found.");
  const { targets, contacts, claims, assignments, offers, overrides, tasks, interviews } = profile;
  const season = profile.school.seasons[0] ?? null;
  const policy = policyOf(profile.school.policy);

  const programs: Record<string, SnapshotProgram> = {};
  for (const row of [...targets, ...offers]) programs[row.program.id] = row.program;
  for (const program of profile.school.programs ?? []) programs[program.id] = program;
  const missing = [...new Set([...contacts, ...claims, ...tasks].map((row) => row.programId).filter((id): id is string => !!id && !programs[id]))];
  if (missing.length > 0) {
    for (const program of await tx.program.findMany({ where: { schoolId, id: { in: missing } }, select: PROGRAM_FIELDS })) {
      programs[program.id] = program;
    }
  }
  // Which advocate logged each advocate contact: known from the assignments and claims, or looked
  // up for an advocate who has neither with this applicant any more.
  const advocateOfUser = new Map<string, string>();
  for (const row of [...assignments, ...claims]) advocateOfUser.set(row.advocate.userId, row.advocateId);
  const unknownAdvocates = [...new Set(contacts.filter((c) => c.actorRole === "ADVOCATE" && !advocateOfUser.has(c.actorUserId)).map((c) => c.actorUserId))];
  if (unknownAdvocates.length > 0) {
    for (const advocate of await tx.advocateProfile.findMany({ where: { schoolId, userId: { in: unknownAdvocates } }, select: { id: true, userId: true } })) {
      advocateOfUser.set(advocate.userId, advocate.id);
    }
  }

  const snapshot: ApplicantSnapshot = {
    applicantId: profile.id,
    fullName: profile.user.name,
    aamcId: profile.aamcId,
    degreeType: profile.degreeType,
    step2Score: profile.step2Score,
    specialty: profile.specialty,
    redFlags: profile.redFlags.map((flag) => flag.kind),
    checklist: {
      phoneLoud: profile.phoneLoud,
      voicemailReady: profile.voicemailReady,
      erasUpdated: profile.erasUpdated,
      contactCurrent: profile.contactCurrent,
    },
    targets: targets.map(({ programId, rank, priority, appliedAt }) => ({ programId, rank, priority, appliedAt })),
    programs,
    contacts: contacts.map((c) => ({
      programId: c.programId,
      actorRole: c.actorRole,
      actorUserId: c.actorUserId,
      advocateId: c.actorRole === "ADVOCATE" ? (advocateOfUser.get(c.actorUserId) ?? null) : null,
      advocateKind: c.advocateKind,
      direction: c.direction,
      channel: c.channel,
      occurredAt: c.occurredAt,
      outcome: c.outcome,
    })),
    claims: claims.map((c) => ({ programId: c.programId, advocateId: c.advocateId, advocateName: c.advocate.user.name })),
    assignments: assignments.map((a) => ({ advocateId: a.advocateId, name: a.advocate.user.name, kind: a.advocate.kind, active: a.active })),
    offers: offers.map(({ id, programId, status, respondBy }) => ({ id, programId, status, respondBy })),
    overrides: overrides.map((o) => ({ id: o.id, ruleCode: o.ruleCode, programId: o.programId, used: o.usedAt !== null })),
    tasks: tasks.map(({ id, kind, status, dueAt, programId, createdAt }) => ({ id, kind, status, dueAt, programId, createdAt })),
    interviews: interviews.map(({ programId, startsAt }) => ({ programId, startsAt })),
    season: season
      ? {
          windowStartsAt: season.windowStartsAt,
          windowEndsAt: season.windowEndsAt,
          communicationMode: season.communicationMode,
          offerRounds: season.offerRounds,
        }
      : null,
    policy,
    timeZone: profile.school.timeZone,
    cohortFacultyLoad: cohortFacultyLoad((profile.school.contacts ?? []).flatMap((c) => (c.programId ? [{ ...c, programId: c.programId }] : []))),
  };
  return {
    snapshot,
    connectedAdvocateIds: assignments.filter((a) => (a.advocate.connections?.length ?? 0) > 0).map((a) => a.advocateId),
    narrative: profile.narratives?.[0] ?? null,
    // Prisma's types lose the nested select under a conditional spread; the statement selects it.
    advocate:
      ((profile.school.advocates ?? []) as unknown as { id: string; kind: AdvocateKind; user: { name: string } }[]).map((a) => ({
        id: a.id,
        kind: a.kind,
        name: a.user.name,
      }))[0] ?? null,
    profile: aamcId
      ? {
          aamcId: profile.aamcId,
          degreeType: profile.degreeType,
          step2Score: profile.step2Score,
          specialty: profile.specialty,
          phone: profile.phone,
          redFlags: profile.redFlags.map(({ kind, context }) => ({ kind, context })),
        }
      : null,
    aamcIdTaken: aamcId ? heldElsewhere(profile.school) : false,
  };
}

/** Whether the AAMC ID read with the snapshot is another applicant's, or a pending invitation's. */
function heldElsewhere(school: object): boolean {
  const { applicants = [], invitations = [] } = school as { applicants?: unknown[]; invitations?: unknown[] };
  return applicants.length > 0 || invitations.length > 0;
}
