// The dean's office's audit log against real PostgreSQL: changes made through the real use cases
// show up with their names and reasons, every filter narrows, pages hold 50 newest first, another
// school's entries never appear, only the dean's office may read it, and a page of 50 costs the
// same statements as a page of 5.
import { RULE_CATALOG } from "@/lib/domain/rules/catalog";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { createPrismaClient, type Db } from "@/lib/server/core/db";
import type { Actor } from "@/lib/server/core/actor";
import { assignAdvocate, claimProgram, createOverride } from "@/tests/support/commands";
import { getAuditLog, type AuditLogView } from "@/lib/server/audit/audit-log-view";
import { utcToZonedLocal } from "@/lib/domain/applicant/zoned-time";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor } from "./support/flows";

const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));
const ZONE = "America/New_York";
/** Earlier history, written as rows with known times (the log itself stamps real time). */
const HISTORY_START = new Date("2021-03-15T14:00:00Z");
const HISTORY_ROWS = 60;
const REASON = "Dr. Advocate trained the PD's chief resident; the PD expects the call.";

let t: TestDatabase;
let counted: Db;
let statements: string[] = [];
let school: SchoolFixture;
let other: SchoolFixture;
let avery: Actor & { applicantId: string };
let blake: Actor & { applicantId: string };
let advocate: Actor & { advocateId: string };
let outsider: Actor & { applicantId: string };
let programs: { p0: string; p1: string; p2: string };

const minutes = (n: number) => n * 60_000;
const historyAt = (i: number) => new Date(HISTORY_START.getTime() + minutes(i) + 20_000);
const log = (query: Record<string, unknown> = {}, actor: Actor = school.dean, db: Db = t.db) => getAuditLog(db, actor, query, clock.now());

beforeAll(async () => {
  t = await createTestDatabase("audit_log");
  counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
  const ctx = contextFor(t.db, clock);
  school = await createSchool(t.db, { now: clock.now(), programs: 3 });
  other = await createSchool(t.db, { now: clock.now(), programs: 1 });
  const [p0, p1, p2] = school.programIds as [string, string, string];
  programs = { p0, p1, p2 };
  avery = await school.addApplicant({ name: "Avery Audit" });
  blake = await school.addApplicant({ name: "Blake Audit" });
  advocate = await school.addAdvocate({ name: "Dr. Casey Advocate", connectedTo: [] });
  outsider = await other.addApplicant({ name: "Olive Elsewhere" });

  // Ten entries through the real use cases.
  await applyTo(ctx(avery), avery.applicantId, [p0, p1]); // 2 × target.add, 2 × target.markApplied
  await applyTo(ctx(blake), blake.applicantId, [p2]); // target.add, target.markApplied
  await assignAdvocate(ctx(school.dean), { applicantId: avery.applicantId, advocateId: advocate.advocateId }); // assignment.create
  await createOverride(ctx(school.dean), { applicantId: avery.applicantId, programId: p1, ruleCode: "NO_CONNECTION", reason: REASON }); // override.create
  await claimProgram(ctx(advocate), { applicantId: avery.applicantId, programId: p1 }); // override.used, claim.create

  // Sixty older entries with known times, one a minute (20 s past it).
  await t.db.auditLog.createMany({
    data: Array.from({ length: HISTORY_ROWS }, (_, i) => ({
      schoolId: school.schoolId,
      actorUserId: blake.userId,
      action: "notification.read",
      entityType: "Notification",
      entityId: `history-${i}`,
      applicantId: blake.applicantId,
      after: { marked: i },
      createdAt: historyAt(i),
    })),
  });

  // Another school's activity, some of it at the same times.
  await applyTo(ctx(outsider), outsider.applicantId, [other.programIds[0]!]);
  await t.db.auditLog.create({
    data: {
      schoolId: other.schoolId,
      actorUserId: outsider.userId,
      action: "notification.read",
      entityType: "Notification",
      entityId: "elsewhere",
      applicantId: outsider.applicantId,
      createdAt: historyAt(12),
    },
  });
}, 120_000);

afterAll(async () => {
  await counted?.$disconnect();
  await t?.drop();
});

const actions = (view: AuditLogView) => view.entries.map((e) => e.action).sort();

describe("the audit log", () => {
  it("shows the school's entries newest first, with names, and only the school's", async () => {
    const view = await log();
    expect(view.timeZone).toBe(ZONE);
    expect(view.total).toBe(10 + HISTORY_ROWS);
    expect(view.total).toBe(await t.db.auditLog.count({ where: { schoolId: school.schoolId } }));
    const newest = view.entries.slice(0, 10);
    expect(newest.map((e) => e.action).sort()).toEqual(
      [
        "assignment.create",
        "claim.create",
        "override.create",
        "override.used",
        "target.add",
        "target.add",
        "target.add",
        "target.markApplied",
        "target.markApplied",
        "target.markApplied",
      ].sort(),
    );
    const claim = newest.find((e) => e.action === "claim.create");
    expect(claim).toMatchObject({
      actionLabel: "Claimed a program",
      actor: { id: advocate.userId, name: "Dr. Casey Advocate", role: "ADVOCATE" },
      applicant: { id: avery.applicantId, name: "Avery Audit" },
      program: { id: programs.p1 },
    });
    expect(claim?.program?.name).toMatch(/^Program 2 /);
    expect(claim?.changes.map((c) => c.field)).toContain("programId");
    expect(claim?.changes.find((c) => c.field === "programId")?.after).toBe(claim?.program?.name);

    expect(view.options.people.map((p) => p.name).sort()).toEqual(["Avery Audit", "Blake Audit", "Dana Dean", "Dr. Casey Advocate"]);
    expect(view.options.applicants.map((a) => a.name)).toEqual(["Avery Audit", "Blake Audit"]);
    expect(view.options.programs.map((p) => p.id).sort()).toEqual([programs.p0, programs.p1, programs.p2].sort());
    expect(view.options.actions.map((a) => a.value)).toEqual([
      "assignment.create",
      "claim.create",
      "notification.read",
      "override.create",
      "override.used",
      "target.add",
      "target.markApplied",
    ]);
  });

  it("carries the override's reason", async () => {
    const view = await log({ action: "override.create" });
    expect(view.total).toBe(1);
    expect(view.entries[0]).toMatchObject({
      actionLabel: "Overrode a rule",
      reason: REASON,
      actor: { id: school.dean.userId, role: "DEAN" },
      applicant: { id: avery.applicantId },
      program: { id: programs.p1 },
    });
    // The rule reads as its title, never as its code.
    expect(view.entries[0]?.changes).toContainEqual({ field: "ruleCode", before: null, after: RULE_CATALOG.NO_CONNECTION.title });
  });

  it("narrows by who", async () => {
    const byAdvocate = await log({ who: advocate.userId });
    expect(actions(byAdvocate)).toEqual(["claim.create", "override.used"]);
    const byBlake = await log({ who: blake.userId });
    expect(byBlake.total).toBe(2 + HISTORY_ROWS);
    expect(byBlake.entries.every((e) => e.actor?.id === blake.userId)).toBe(true);
  });

  it("narrows by applicant", async () => {
    const view = await log({ applicantId: avery.applicantId });
    expect(view.total).toBe(8);
    expect(view.entries.every((e) => e.applicant?.id === avery.applicantId)).toBe(true);
  });

  it("narrows by program, wherever the entry names it", async () => {
    const view = await log({ programId: programs.p1 });
    expect(actions(view)).toEqual(["claim.create", "override.create", "target.add"]);
    expect(view.entries.every((e) => e.program?.id === programs.p1)).toBe(true);
  });

  it("narrows by action, and filters combine", async () => {
    expect((await log({ action: "target.add" })).total).toBe(3);
    const view = await log({ action: "target.add", who: blake.userId });
    expect(view.total).toBe(1);
    expect(view.entries[0]).toMatchObject({ actor: { id: blake.userId }, program: { id: programs.p2 } });
  });

  it("narrows by time in the school's zone, the whole 'to' minute included", async () => {
    const from = utcToZonedLocal(new Date(HISTORY_START.getTime() + minutes(10)), ZONE);
    const to = utcToZonedLocal(new Date(HISTORY_START.getTime() + minutes(19)), ZONE);
    expect(from).toBe("2021-03-15T10:10"); // 14:10 UTC is 10:10 in New York (EDT)
    const view = await log({ from, to });
    expect(view.total).toBe(10);
    expect(view.entries.map((e) => e.at.getTime())).toEqual(Array.from({ length: 10 }, (_, i) => historyAt(19 - i).getTime()));
    // The use cases' entries carry the real time of the run, long after the history.
    expect((await log({ from: "2022-01-01T00:00" })).total).toBe(10);
    expect((await log({ to: "2021-03-15T09:59" })).total).toBe(0);
  });

  it("pages 50 at a time, newest first, keeping the filters", async () => {
    const first = await log();
    const second = await log({ page: "2" });
    expect([first.page, first.pageCount, first.entries.length]).toEqual([1, 2, 50]);
    expect([second.page, second.pageCount, second.entries.length]).toEqual([2, 2, 10 + HISTORY_ROWS - 50]);
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(10 + HISTORY_ROWS);
    const times = [...first.entries, ...second.entries].map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(second.entries.at(-1)?.at.getTime()).toBe(historyAt(0).getTime());

    const filtered = await log({ who: blake.userId, page: 2 });
    expect([filtered.page, filtered.entries.length, filtered.query.who]).toEqual([2, 2 + HISTORY_ROWS - 50, blake.userId]);
    // A stale link past the end shows the last page.
    expect((await log({ page: "9" })).page).toBe(2);
  });

  it("never shows another school's entries, people or programs", async () => {
    const all = [...(await log()).entries, ...(await log({ page: 2 })).entries];
    const theirs = await t.db.auditLog.findMany({ where: { schoolId: other.schoolId }, select: { id: true } });
    expect(theirs.length).toBe(3);
    const shown = new Set(all.map((e) => e.id));
    for (const row of theirs) expect(shown.has(row.id.toString())).toBe(false);
    expect((await log({ who: outsider.userId })).total).toBe(0);
    expect((await log({ applicantId: outsider.applicantId })).total).toBe(0);
    expect((await log({ programId: other.programIds[0] })).total).toBe(0);
    const text = JSON.stringify((await log()).options);
    for (const secret of ["Olive Elsewhere", outsider.userId, outsider.applicantId, other.programIds[0]!]) expect(text).not.toContain(secret);
    // And their dean sees only their own.
    expect((await log({}, other.dean)).total).toBe(3);
  });

  it("is the dean's office's only", async () => {
    for (const actor of [avery, advocate]) {
      const error = await log({}, actor).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
    }
  });

  it("refuses a bad filter with a message for that field", async () => {
    const error = await log({ page: "0", from: "yesterday" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    expect((error as AppError).fieldErrors).toEqual({ from: ["Enter a date and time like 2026-03-19T10:00."], page: ["Pages start at 1."] });
  });

  it("runs the same statements for a page of 50 as for a page of 5", async () => {
    statements = [];
    const fifty = await log({}, school.dean, counted);
    const forFifty = statements.length;
    statements = [];
    const five = await log(
      { from: utcToZonedLocal(HISTORY_START, ZONE), to: utcToZonedLocal(new Date(HISTORY_START.getTime() + minutes(4)), ZONE), programId: "" },
      school.dean,
      counted,
    );
    const forFive = statements.length;
    expect([fifty.entries.length, five.entries.length]).toEqual([50, 5]);
    expect(forFifty).toBe(forFive);
    expect(forFifty).toBeLessThanOrEqual(12);
  });
});
