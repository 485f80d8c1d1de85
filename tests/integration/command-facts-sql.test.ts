// The rules' snapshot is one hand-written statement (lib/server/use-case/load-applicant-snapshot.ts),
// sent on the pool outside a transaction and on the transaction's connection inside one. Checked
// here against Prisma's relational read of the same facts (support/snapshot-oracle.ts) for every
// applicant of the demo school and every kind of fact a command asks for, in a process whose own
// time zone is not UTC (the integration project runs in Asia/Tokyo).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolOf } from "@/lib/server/core/db";
import { loadApplicantSnapshot, loadCommandFacts, type CommandFacts, type FactsWanted } from "@/lib/server/use-case/load-applicant-snapshot";
import { seedDemo } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool } from "./support/fixtures";
import { prismaCommandFacts } from "./support/snapshot-oracle";

const now = new Date("2026-03-17T15:00:00Z");
let t: TestDatabase;
let schoolId: string;
let applicantIds: string[];

/** Lists whose order the rules do not read, in one order; the ordered ones are checked apart. */
function canonical(facts: CommandFacts): unknown {
  const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  const s = facts.snapshot;
  return {
    ...facts,
    connectedAdvocateIds: sorted(facts.connectedAdvocateIds),
    profile: facts.profile ? { ...facts.profile, redFlags: sorted(facts.profile.redFlags) } : null,
    snapshot: {
      ...s,
      redFlags: sorted(s.redFlags),
      contacts: sorted(s.contacts),
      claims: sorted(s.claims),
      assignments: sorted(s.assignments),
      offers: sorted(s.offers),
      overrides: sorted(s.overrides),
      tasks: sorted(s.tasks),
      interviews: sorted(s.interviews),
    },
  };
}

async function both(applicantId: string, wanted: FactsWanted) {
  const [sql, oracle] = await t.db.$transaction(async (tx) => [
    await loadCommandFacts(tx, schoolId, applicantId, wanted),
    await prismaCommandFacts(tx, schoolId, applicantId, wanted),
  ]);
  return { sql, oracle };
}

beforeAll(async () => {
  t = await createTestDatabase("command_facts_sql");
  await seedDemo(t.db, { now, log: () => {} });
  const school = await t.db.school.findFirstOrThrow({ select: { id: true } });
  schoolId = school.id;
  applicantIds = (await t.db.applicantProfile.findMany({ where: { schoolId }, select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
}, 180_000);

afterAll(async () => {
  await t?.drop();
});

describe("the snapshot's one statement", () => {
  it("reads what Prisma's relational query reads, for every applicant of the demo school", async () => {
    expect(applicantIds.length).toBeGreaterThanOrEqual(10);
    const seen = { contacts: 0, claims: 0, assignments: 0, offers: 0, tasks: 0, interviews: 0, redFlags: 0, cohortLoad: 0, advocateContacts: 0 };
    for (const id of applicantIds) {
      const { sql, oracle } = await both(id, {});
      expect(canonical(sql)).toEqual(canonical(oracle));
      // The orders the rules read: the list by rank, the contacts by when they happened.
      expect(sql.snapshot.targets.map((x) => x.rank)).toEqual(oracle.snapshot.targets.map((x) => x.rank));
      const times = sql.snapshot.contacts.map((c) => c.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const s = sql.snapshot;
      seen.contacts += s.contacts.length;
      seen.advocateContacts += s.contacts.filter((c) => c.advocateId !== null).length;
      seen.claims += s.claims.length;
      seen.assignments += s.assignments.length;
      seen.offers += s.offers.length;
      seen.tasks += s.tasks.length;
      seen.interviews += s.interviews.length;
      seen.redFlags += s.redFlags.length;
      seen.cohortLoad += Object.keys(s.cohortFacultyLoad).length;
    }
    // The demo is not empty: there were facts of every kind to compare.
    for (const [kind, count] of Object.entries(seen)) expect(count, kind).toBeGreaterThan(0);
  });

  it("reads each fact a command asks for alike: named programs, connections, the narrative, an advocate, an AAMC ID", async () => {
    const other = await createSchool(t.db, { now, programs: 2 });
    const otherAdvocate = await other.addAdvocate({ name: "Dr. Other School" });
    const advocates = await t.db.advocateProfile.findMany({ where: { schoolId }, select: { id: true } });
    const programs = await t.db.program.findMany({ where: { schoolId }, select: { id: true }, orderBy: { id: "asc" } });
    const connection = await t.db.connection.findFirstOrThrow({ where: { schoolId }, select: { programId: true } });
    const narratives = await t.db.narrative.findMany({ where: { schoolId }, select: { id: true, applicantId: true } });
    const invitation = await t.db.invitation.findFirst({ where: { schoolId, acceptedAt: null, aamcId: { not: null } }, select: { aamcId: true } });
    const aamcIds = (await t.db.applicantProfile.findMany({ where: { schoolId }, select: { aamcId: true } })).map((a) => a.aamcId);
    let compared = 0;
    for (const [i, id] of applicantIds.entries()) {
      const own = narratives.find((n) => n.applicantId === id);
      const someoneElses = narratives.find((n) => n.applicantId !== id);
      const variants: FactsWanted[] = [
        { withoutCohortLoad: true },
        {
          programIds: [programs[i % programs.length]!.id, programs[(i + 7) % programs.length]!.id, other.programIds[0]!],
          connectionsAt: connection.programId,
          narrative: {},
        },
        { connectionsAt: programs[(i + 3) % programs.length]!.id, narrative: { versionId: own?.id ?? "no-such-version" } },
        { narrative: { versionId: someoneElses!.id } },
        { advocateId: advocates[i % advocates.length]!.id },
        { advocateId: otherAdvocate.advocateId },
        { profileWithAamcId: aamcIds[(i + 1) % aamcIds.length]! },
        { profileWithAamcId: invitation?.aamcId ?? "99999999" },
        { profileWithAamcId: "00000001" },
      ];
      for (const wanted of variants) {
        const { sql, oracle } = await both(id, wanted);
        expect(canonical(sql), JSON.stringify(wanted)).toEqual(canonical(oracle));
        compared++;
      }
    }
    expect(compared).toBe(applicantIds.length * 9);
  });

  it("is the same statement on the pool outside a transaction, and finds no applicant of another school", async () => {
    const pool = poolOf(t.db)!;
    const sent: string[] = [];
    const query = pool.query.bind(pool);
    pool.query = ((config: { name?: string }, ...rest: unknown[]) => {
      sent.push(config.name ?? "");
      return (query as (...args: unknown[]) => unknown)(config, ...rest);
    }) as typeof pool.query;
    try {
      const outside = await loadApplicantSnapshot(t.db, schoolId, applicantIds[0]!);
      expect(sent).toEqual(["soap_desk_command_facts"]);
      const inside = await t.db.$transaction((tx) => loadApplicantSnapshot(tx, schoolId, applicantIds[0]!));
      expect(outside).toEqual(inside);
    } finally {
      pool.query = query;
    }
    const other = await t.db.school.findFirstOrThrow({ where: { id: { not: schoolId } }, select: { id: true } });
    await expect(loadApplicantSnapshot(t.db, other.id, applicantIds[0]!)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
