// Who saw an applicant's red flags or confidential narrative, against real PostgreSQL: each page
// that shows them to someone other than the applicant (the advocate's list, the advocate's page
// of the applicant and of one program, the dean's office's page of the applicant) writes one audit
// row per applicant shown, in one INSERT per page view; the dean's office reads them in the
// applicant's access log and in the audit log. Nothing confidential shown, nothing written; the
// applicant's own pages, and an advocate refused, write nothing; the rows hold no red flag's or
// narrative's words and send live dashboards no change notice.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveNarrative } from "@/tests/support/commands";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import { createPrismaClient, type Db } from "@/lib/server/core/db";
import { getAdvocateHome } from "@/lib/server/advocacy/advocate-home";
import { getAdvocateApplicant } from "@/lib/server/advocacy/advocate-applicant";
import { getAdvocateProgram } from "@/lib/server/advocacy/advocate-program";
import { getDeanApplicant } from "@/lib/server/dashboard/dean-applicant";
import { getApplicantWorkspace } from "@/lib/server/applicant/workspace-view";
import { getAuditLog } from "@/lib/server/audit/audit-log-view";
import { getAccessLog } from "@/lib/server/privacy/access-log";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, assignAndClaim, contextFor } from "./support/flows";
import { assignAdvocate } from "@/tests/support/commands";

const clock = new ManualClock(new Date("2026-03-19T14:00:00Z"));
const CONTEXT = "Leave of absence for a family illness, now resolved";

let t: TestDatabase;
let counted: Db;
const statements: string[] = [];
let school: SchoolFixture;
let maya: Actor & { applicantId: string };
let ava: Actor & { applicantId: string };
let noah: Actor & { applicantId: string };
let advocate: Actor & { advocateId: string };
let stranger: Actor & { advocateId: string };
let programId: string;

beforeAll(async () => {
  t = await createTestDatabase("confidential_views");
  counted = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
  const ctx = contextFor(t.db, clock);
  school = await createSchool(t.db, { now: clock.now(), programs: 2 });
  programId = school.programIds[0]!;
  maya = await school.addApplicant({ name: "Maya Patel", redFlags: ["LEAVE_OF_ABSENCE"] });
  ava = await school.addApplicant({ name: "Ava Chen", redFlags: ["STEP_FAILURE"] });
  noah = await school.addApplicant({ name: "Noah Lindqvist" });
  await t.db.redFlag.updateMany({ where: { applicantId: maya.applicantId }, data: { context: CONTEXT } });
  advocate = await school.addAdvocate({ name: "Dr. Eleanor Hargrove", connectedTo: [programId] });
  stranger = await school.addAdvocate({ name: "Dr. Not Assigned" });
  await saveNarrative(ctx(maya), maya.applicantId, { strengths: ["Clinically strong", "Reliable"], weaknessContext: [CONTEXT], reliability: "Never late." });
  // Noah's narrative tells strengths only: the shared story, nothing confidential.
  await saveNarrative(ctx(noah), noah.applicantId, { strengths: ["Clinically strong", "Reliable"], weaknessContext: [], reliability: "Never late." });
  await applyTo(ctx(maya), maya.applicantId, [programId]);
  await assignAndClaim(ctx(school.dean), ctx(advocate), maya.applicantId, [programId]);
  await assignAdvocate(ctx(school.dean), { applicantId: ava.applicantId, advocateId: advocate.advocateId });
  await assignAdvocate(ctx(school.dean), { applicantId: noah.applicantId, advocateId: advocate.advocateId });
});
afterAll(async () => {
  await counted?.$disconnect();
  await t?.drop();
});

const views = (where: { applicantId?: string } = {}) =>
  t.db.auditLog.findMany({
    where: { action: "confidential.view", ...where },
    orderBy: { id: "asc" },
    select: { actorUserId: true, applicantId: true, after: true },
  });

/** What one call writes to the audit log: its rows, and how many INSERT statements wrote them. */
async function written<T>(view: () => Promise<T>) {
  const before = await t.db.auditLog.count();
  statements.length = 0;
  await view();
  // The audit rows go in one hand-written INSERT (core/audit.ts).
  const inserts = statements.filter((sql) => /^\s*INSERT INTO audit_logs /.test(sql)).length;
  const rows = await t.db.auditLog.findMany({
    orderBy: { id: "asc" },
    skip: before,
    select: { action: true, actorUserId: true, applicantId: true, after: true },
  });
  return { rows, inserts };
}

describe("a view of red flags or a confidential narrative by someone else", () => {
  it("on the advocate's list: one row per applicant shown with red flags, in one INSERT", async () => {
    const { rows, inserts } = await written(() => getAdvocateHome(counted, advocate, clock.now()));
    expect(inserts).toBe(1);
    expect(rows).toEqual([
      {
        action: "confidential.view",
        actorUserId: advocate.userId,
        applicantId: maya.applicantId,
        after: { page: "advocate.home", redFlags: ["LEAVE_OF_ABSENCE"], narrativeVersion: null },
      },
      {
        action: "confidential.view",
        actorUserId: advocate.userId,
        applicantId: ava.applicantId,
        after: { page: "advocate.home", redFlags: ["STEP_FAILURE"], narrativeVersion: null },
      },
    ]);
  });

  it("on the advocate's page of the applicant: the red flags and the narrative's version, never their words", async () => {
    const { rows, inserts } = await written(() => getAdvocateApplicant(counted, advocate, maya.applicantId, clock.now()));
    expect(inserts).toBe(1);
    expect(rows).toEqual([
      {
        action: "confidential.view",
        actorUserId: advocate.userId,
        applicantId: maya.applicantId,
        after: { page: "advocate.applicant", redFlags: ["LEAVE_OF_ABSENCE"], narrativeVersion: 1 },
      },
    ]);
    expect(JSON.stringify(await t.db.auditLog.findMany({ where: { action: "confidential.view" }, select: { after: true, reason: true } }))).not.toContain(
      "family illness",
    );
  });

  it("on the advocate's page of one program: the narrative its script tells", async () => {
    const { rows } = await written(() => getAdvocateProgram(counted, advocate, { applicantId: maya.applicantId, programId }, clock.now()));
    expect(rows).toEqual([
      {
        action: "confidential.view",
        actorUserId: advocate.userId,
        applicantId: maya.applicantId,
        after: { page: "advocate.program", redFlags: [], narrativeVersion: 1 },
      },
    ]);
  });

  it("on the dean's office's page of the applicant", async () => {
    const { rows } = await written(() => getDeanApplicant(counted, school.dean, maya.applicantId, clock.now()));
    expect(rows).toEqual([
      {
        action: "confidential.view",
        actorUserId: school.dean.userId,
        applicantId: maya.applicantId,
        after: { page: "dean.applicant", redFlags: ["LEAVE_OF_ABSENCE"], narrativeVersion: null },
      },
    ]);
  });

  it("writes nothing when nothing confidential was shown, when the applicant reads her own record, or when the advocate is refused", async () => {
    expect((await written(() => getAdvocateApplicant(counted, advocate, noah.applicantId, clock.now()))).rows).toEqual([]);
    expect((await written(() => getApplicantWorkspace(counted, maya, clock.now()))).rows).toEqual([]);
    const refused = await written(() => getAdvocateApplicant(counted, stranger, maya.applicantId, clock.now()).catch((e: unknown) => e));
    expect(refused.rows).toEqual([]);
  });

  it("sends live dashboards no change notice (a real change still does)", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const notices: string[] = [];
    client.on("notification", (n) => notices.push(n.payload ?? ""));
    await client.query("LISTEN soap_desk_changes");
    try {
      await getAdvocateApplicant(t.db, advocate, maya.applicantId, clock.now());
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(notices).toEqual([]);
      await assignAdvocate(contextFor(t.db, clock)(school.dean), { applicantId: maya.applicantId, advocateId: stranger.advocateId });
      for (let waited = 0; notices.length === 0 && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(notices).toEqual([school.schoolId]);
    } finally {
      await client.end();
    }
  });
});

describe("the dean's office", () => {
  it("reads who saw what, and when, in the applicant's access log, newest first", async () => {
    const log = await getAccessLog(t.db, school.dean, maya.applicantId);
    expect(log.total).toBe((await views({ applicantId: maya.applicantId })).length);
    expect(log.entries.map((e) => [e.who?.name, e.what])).toEqual([
      ["Dr. Eleanor Hargrove", "Saw red flags (a leave of absence) and the narrative (version 1) on the advocate's page of the applicant"],
      ["Dana Dean", "Saw red flags (a leave of absence) on the dean's office's page of the applicant"],
      ["Dr. Eleanor Hargrove", "Saw the narrative (version 1) on the advocate's page of one program (the narrative in the script)"],
      ["Dr. Eleanor Hargrove", "Saw red flags (a leave of absence) and the narrative (version 1) on the advocate's page of the applicant"],
      ["Dr. Eleanor Hargrove", "Saw red flags (a leave of absence) on the advocate's list of applicants"],
    ]);
  });

  it("finds them in the audit log, under their own action", async () => {
    const audit = await getAuditLog(t.db, school.dean, { action: "confidential.view", applicantId: maya.applicantId }, clock.now());
    expect(audit.total).toBe(5);
    expect(audit.entries.every((e) => e.actionLabel === "Saw red flags or the confidential narrative" && e.applicant?.name === "Maya Patel")).toBe(true);
    expect(audit.options.actions).toContainEqual({ value: "confidential.view", label: "Saw red flags or the confidential narrative" });
  });

  it("alone: an advocate cannot read the access log", async () => {
    await expect(getAccessLog(t.db, advocate, maya.applicantId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
