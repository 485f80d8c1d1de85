// What one rule-checked write costs the database, counted as the client sends it: the lock (with
// the access check and the transaction id), one statement for the snapshot and every fact the
// rules read (the cohort's faculty load included), the rows, their audit entries, and nothing
// before COMMIT. And the session with its person, read in one statement for every request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createPrismaClient, type Db } from "@/lib/server/core/db";
import type { Actor } from "@/lib/server/core/actor";
import { loadActor, loadSessionActor } from "@/lib/server/auth/load-actor";
import { createDatabaseSession } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram } from "./support/flows";

const clock = new ManualClock(new Date("2026-03-17T15:00:00Z"));

let t: TestDatabase;
let counted: Db;
let statements: string[] = [];
let school: SchoolFixture;
let avery: Actor & { applicantId: string };
let blake: Actor & { applicantId: string };
let advocate: Actor & { advocateId: string };

/**
 * The statements `work` sends through the counted client, each as its first words. Prisma's query
 * event reports a transaction's COMMIT but not its BEGIN, so BEGIN is left out wherever it is.
 */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  statements = [];
  await work();
  return statements.map((sql) => sql.trim().replace(/\s+/g, " ").slice(0, 40)).filter((sql) => sql !== "BEGIN");
}

beforeAll(async () => {
  t = await createTestDatabase("one_pass_statements");
  counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
  school = await createSchool(t.db, { now: clock.now(), programs: 3 });
  avery = await school.addApplicant({ name: "Avery Onepass" });
  blake = await school.addApplicant({ name: "Blake Onepass" });
  advocate = await school.addAdvocate({ name: "Dr. Dana Onepass", connectedTo: school.programIds });
  const ctx = contextFor(t.db, clock);
  await applyTo(ctx(avery), avery.applicantId, school.programIds);
  await applyTo(ctx(blake), blake.applicantId, school.programIds);
  // Another applicant's advocate has called one of Avery's programs: the cohort's faculty load
  // the rules read is not empty.
  await emailProgram(ctx(blake), blake.applicantId, school.programIds[0]!);
  await assignAndClaim(ctx(school.dean), ctx(advocate), blake.applicantId, [school.programIds[0]!]);
  await advocateCall(ctx(advocate), blake.applicantId, school.programIds[0]!);
  clock.advanceMinutes(1);
}, 120_000);

afterAll(async () => {
  await counted?.$disconnect();
  await t?.drop();
});

describe("one pass per command, counted at the client", () => {
  it("an applicant's logged email is the lock, one read, the contact with its audit entry, and COMMIT", async () => {
    const sent = await statementsOf(() => emailProgram(contextFor(counted, clock)(avery), avery.applicantId, school.programIds[1]!));
    expect(sent).toHaveLength(4);
    expect(sent[0]).toMatch(/^SELECT p\.id, pg_current_xact_id\(\)/);
    expect(sent[1]).toMatch(/^WITH tg AS \(SELECT t\.program_id/);
    expect(sent[2]).toMatch(/^WITH written AS \(INSERT INTO contacts /);
    expect(sent[3]).toBe("COMMIT");
    expect(await t.db.contact.count({ where: { applicantId: avery.applicantId, programId: school.programIds[1]! } })).toBe(1);
  });

  it("sends the lock, the snapshot, and the contact with its audit entry on the transaction's own connection, as they are", async () => {
    const { Client } = await import("pg");
    const sentOn: { client: object; name: string; text: string }[] = [];
    const query = Client.prototype.query;
    Client.prototype.query = function (this: object, config: unknown, ...rest: unknown[]) {
      if (typeof config === "object" && config !== null && "text" in config) {
        const { name, text } = config as { name?: string; text: string };
        sentOn.push({ client: this, name: name ?? "", text: text.trim().slice(0, 40) });
      }
      return (query as (...args: unknown[]) => unknown).call(this, config, ...rest);
    } as typeof query;
    try {
      await emailProgram(contextFor(counted, clock)(avery), avery.applicantId, school.programIds[2]!);
    } finally {
      Client.prototype.query = query;
    }
    const ours = sentOn.filter((s) => s.name.startsWith("soap_desk_")).map((s) => s.name);
    expect(ours).toEqual(["soap_desk_lock_applicant", "soap_desk_command_facts", "soap_desk_insert_contacts_audited"]);
    // One connection for the whole transaction: Prisma's BEGIN, the three, and Prisma's COMMIT.
    const begin = sentOn.findIndex((s) => s.text === "BEGIN");
    const commit = sentOn.findIndex((s) => s.text === "COMMIT");
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(new Set(sentOn.slice(begin, commit + 1).map((s) => s.client)).size).toBe(1);
    expect(commit).toBe(begin + 4);
  });

  it("writes the contact and its audit entry as Prisma reads them back, instants in UTC whatever the process's zone", async () => {
    const before = Date.now();
    const { result } = await emailProgram(contextFor(counted, clock)(blake), blake.applicantId, school.programIds[1]!);
    const written = result.contact;
    expect(written.id).toMatch(/^c[a-z0-9]{24}$/);
    // What the command answered is the row as stored (the integration project runs in Asia/Tokyo).
    expect(await t.db.contact.findUniqueOrThrow({ where: { id: written.id } })).toEqual(written);
    expect(written.occurredAt.toISOString()).toBe(clock.now().toISOString());
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { entityType: "Contact", entityId: written.id } });
    expect(entry).toMatchObject({
      schoolId: school.schoolId,
      actorUserId: blake.userId,
      action: "contact.log",
      applicantId: blake.applicantId,
      before: null,
      reason: null,
    });
    expect(entry.after).toEqual(JSON.parse(JSON.stringify(written)));
    expect(entry.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(entry.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("runs a command's statements on their generic plans, for that transaction only", async () => {
    const { withApplicantLock } = await import("@/lib/server/use-case/lock-applicant");
    const { sqlRows } = await import("@/lib/server/core/db");
    const setting = { name: "one_pass_plan_cache_mode", text: "SELECT current_setting('plan_cache_mode') AS mode", values: [] };
    const inside = await withApplicantLock(
      counted,
      school.schoolId,
      avery.applicantId,
      async ({ tx }) => (await sqlRows<{ mode: string }>(tx, setting))[0]!.mode,
    );
    expect(inside).toBe("force_generic_plan");
    // Set for the transaction alone: every connection of the pool is back to PostgreSQL's own choice.
    const after = await Promise.all(Array.from({ length: 12 }, () => sqlRows<{ mode: string }>(counted, setting)));
    expect(after.map(([row]) => row!.mode)).toEqual(Array.from({ length: 12 }, () => "auto"));
  });

  it("reads the cohort's faculty load in that one read: a faculty call another applicant had is still counted", async () => {
    const { loadCommandFacts } = await import("@/lib/server/use-case/load-applicant-snapshot");
    let facts: Awaited<ReturnType<typeof loadCommandFacts>> | null = null;
    const sent = await statementsOf(async () => (facts = await counted.$transaction((tx) => loadCommandFacts(tx, school.schoolId, avery.applicantId, {}))));
    // Without the lock, the transaction asks its own id before COMMIT (commit-outcome.ts).
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^WITH tg AS \(SELECT t\.program_id/);
    expect(sent[1]).toMatch(/^SELECT pg_current_xact_id_if_assigned/);
    expect(sent[2]).toBe("COMMIT");
    expect(facts!.snapshot.cohortFacultyLoad).toEqual({ [school.programIds[0]!]: 1 });
  });

  it("leaves the cohort's load out of the overview's snapshot, which shows no faculty-load warning, and reads the rest alike", async () => {
    const { loadApplicantSnapshot } = await import("@/lib/server/use-case/load-applicant-snapshot");
    const { poolOf } = await import("@/lib/server/core/db");
    const pool = poolOf(counted)!;
    const query = pool.query.bind(pool);
    let onPool: unknown[] = [];
    pool.query = ((config: { name?: string; values?: unknown[] }, ...rest: unknown[]) => {
      onPool.push([config.name, config.values?.at(-1)]);
      return (query as (...args: unknown[]) => unknown)(config, ...rest);
    }) as typeof pool.query;
    const sqlOf = async <T>(work: () => Promise<T>): Promise<[T, unknown[]]> => {
      statements = [];
      onPool = [];
      const value = await work();
      // Heard by the client's onQuery too, as every statement is: the same one, once.
      expect(statements).toHaveLength(1);
      return [value, onPool];
    };
    try {
      const [full, fullSql] = await sqlOf(() => loadApplicantSnapshot(counted, school.schoolId, avery.applicantId));
      const [lite, liteSql] = await sqlOf(() => loadApplicantSnapshot(counted, school.schoolId, avery.applicantId, { withoutCohortLoad: true }));
      // One statement each, the same one on the pool (outside a transaction); its last parameter
      // says whether to read other applicants' advocates' contacts.
      expect(fullSql).toEqual([["soap_desk_command_facts", true]]);
      expect(liteSql).toEqual([["soap_desk_command_facts", false]]);
      expect(full.cohortFacultyLoad).toEqual({ [school.programIds[0]!]: 1 });
      expect(lite.cohortFacultyLoad).toEqual({});
      expect({ ...lite, cohortFacultyLoad: full.cohortFacultyLoad }).toEqual(full);
    } finally {
      pool.query = query;
    }
  });

  it("reads a session and its person in one statement, sent on the pool as it is, the same person loadActor reads", async () => {
    const { poolOf } = await import("@/lib/server/core/db");
    const pool = poolOf(counted)!;
    const sentOnPool: string[] = [];
    const query = pool.query.bind(pool);
    pool.query = ((config: { text: string }, ...rest: unknown[]) => {
      sentOnPool.push(config.text);
      return (query as (...args: unknown[]) => unknown)(config, ...rest);
    }) as typeof pool.query;
    try {
      const { sessionToken, expires } = await createDatabaseSession(t.db, advocate.userId, clock.now());
      let found: Awaited<ReturnType<typeof loadSessionActor>> = null;
      const sent = await statementsOf(async () => (found = await loadSessionActor(counted, sessionToken)));
      // Not through Prisma's engine: one statement on its pool.
      expect(sent).toHaveLength(0);
      expect(sentOnPool).toHaveLength(1);
      expect(found!.actor).toEqual(await loadActor(t.db, advocate.userId));
      expect(found!.actor.advocateId).toBe(advocate.advocateId);
      // The expiry to the millisecond, whatever the test process's time zone.
      expect(found!.expires.toISOString()).toBe(expires.toISOString());
      expect(await loadSessionActor(counted, "no-such-token")).toBeNull();
      // A client with no pool of ours reads the same through Prisma.
      const noPool = new Proxy(counted, {
        get: (target, key) => {
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      const viaPrisma = await loadSessionActor(noPool, sessionToken);
      expect(viaPrisma).toEqual(found);
    } finally {
      pool.query = query;
    }
  });
});
