// Importing the List of Unfilled Programs against real PostgreSQL: a good file creates programs;
// a re-import shows its plan, then updates programs by code and leaves applicants' targets alone;
// a file with bad rows changes nothing and lists every bad row; another school's programs with
// the same codes are untouched; only the dean's office may import; 5,000 rows take seconds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/domain/action-result";
import type { ProgramImportCheck, ProgramRecord } from "@/lib/domain/program-diff";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { runInScope } from "@/lib/server/entry/scope";
import { applyProgramImport, previewProgramImport, ProgramImportRejected } from "@/lib/server/programs/import-programs";
import { addTarget } from "@/tests/support/commands";
import { applyProgramImportAction, previewProgramImportAction } from "@/app/dean/programs/import/actions";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { contextFor } from "./support/flows";
import { programCsv as csvOf } from "../support/program-csv";

let t: TestDatabase;
let home: SchoolFixture;
let away: SchoolFixture;
const clock = new ManualClock(new Date("2026-03-16T15:00:00Z"));

function program(code: string, overrides: Partial<ProgramRecord> = {}): ProgramRecord {
  return {
    nrmpCode: code,
    name: `Program ${code}`,
    specialty: "Internal Medicine",
    positionType: code.charAt(7) as ProgramRecord["positionType"],
    city: "Dayton",
    state: "OH",
    setting: "COMMUNITY",
    tier: "MID",
    openPositions: 2,
    directorName: "Dr. Director",
    directorEmail: "pd@program.example.org",
    coordinatorName: "",
    coordinatorEmail: "",
    phone: "(937) 555-0100",
    prefersEmail: false,
    applicationService: "ERAS",
    ...overrides,
  };
}

/** The two entry points, as a screen calls them. */
const BOTH_ACTIONS: ((input: { csv: string }) => Promise<ActionResult<unknown>>)[] = [previewProgramImportAction, applyProgramImportAction];

async function counts(schoolId: string) {
  return {
    programs: await t.db.program.count({ where: { schoolId } }),
    audit: await t.db.auditLog.count({ where: { schoolId } }),
  };
}

async function asActor<T>(actor: Actor | null, work: () => Promise<T>): Promise<T> {
  const scope = {
    db: t.db,
    clock,
    actor: async () => actor,
    revalidate: () => {},
    outbox: () => ({ mailer: null, origin: "http://localhost" }),
  };
  return runInScope(scope, work);
}

async function thrown(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

function expectPlan(check: ProgramImportCheck) {
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  return check.preview;
}

beforeAll(async () => {
  t = await createTestDatabase("program_import");
  home = await createSchool(t.db, { now: clock.now(), programs: 0 });
  away = await createSchool(t.db, { now: clock.now(), programs: 0 });
});
afterAll(async () => t?.drop());

describe("importing the List of Unfilled Programs", () => {
  const first = [
    program("2100140C0", { name: "Harbor IM" }),
    program("2100999P0", { name: "Harbor TY", specialty: "Transitional Year", applicationService: "RESIDENCY_CAS" }),
    program("2200120C0", { name: "Ridge FM", specialty: "Family Medicine", prefersEmail: true, applicationService: "OTHER" }),
  ];

  it("creates the programs of a good file, with one audit row for the import", async () => {
    const before = await counts(home.schoolId);
    const preview = expectPlan(await previewProgramImport(t.db, home.dean, csvOf(first)));
    expect(preview).toMatchObject({ rowCount: 3, createdCount: 3, changedCount: 0, unchangedCount: 0, notInFileCount: 0 });
    expect(await counts(home.schoolId)).toEqual(before); // the check writes nothing

    const applied = await applyProgramImport(t.db, home.dean, csvOf(first), clock.now());
    expect(applied).toMatchObject({ created: 3, updated: 0, unchanged: 0, notInFile: 0 });
    expect(await counts(home.schoolId)).toEqual({ programs: before.programs + 3, audit: before.audit + 1 });

    const stored = await t.db.program.findMany({ where: { schoolId: home.schoolId }, orderBy: { nrmpCode: "asc" } });
    expect(stored.map((p) => [p.nrmpCode, p.name, p.applicationService, p.prefersEmail])).toEqual([
      ["2100140C0", "Harbor IM", "ERAS", false],
      ["2100999P0", "Harbor TY", "RESIDENCY_CAS", false],
      ["2200120C0", "Ridge FM", "OTHER", true],
    ]);
    const row = await t.db.auditLog.findFirstOrThrow({ where: { schoolId: home.schoolId, action: "programs.import" }, orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ entityType: "ProgramImport", entityId: applied.importId, actorUserId: home.dean.userId });
    expect(row.after).toMatchObject({ created: 3, updated: 0, unchanged: 0, createdCodes: ["2100140C0", "2100999P0", "2200120C0"] });
  });

  it("shows what a re-import changes, then updates by code and leaves targets intact", async () => {
    const applicant = await home.addApplicant();
    const harbor = await t.db.program.findFirstOrThrow({ where: { schoolId: home.schoolId, nrmpCode: "2100140C0" } });
    await addTarget(contextFor(t.db, clock)(applicant), applicant.applicantId, { programId: harbor.id });
    const targetsBefore = await t.db.target.findMany({ where: { applicantId: applicant.applicantId } });

    const second = [
      program("2100140C0", { name: "Harbor IM", openPositions: 4, applicationService: "RESIDENCY_CAS" }),
      program("2100999P0", { name: "Harbor TY", specialty: "Transitional Year", applicationService: "RESIDENCY_CAS" }),
      program("2300140C1", { name: "Summit IM" }),
    ];
    const before = await counts(home.schoolId);
    const preview = expectPlan(await previewProgramImport(t.db, home.dean, csvOf(second)));
    expect(preview).toMatchObject({ rowCount: 3, createdCount: 1, changedCount: 1, unchangedCount: 1, notInFileCount: 1 });
    expect(preview.created.map((p) => p.nrmpCode)).toEqual(["2300140C1"]);
    expect(preview.changed).toEqual([
      {
        nrmpCode: "2100140C0",
        name: "Harbor IM",
        changes: [
          { field: "openPositions", label: "Open Positions", before: 2, after: 4 },
          { field: "applicationService", label: "Application Service", before: "ERAS", after: "RESIDENCY_CAS" },
        ],
      },
    ]);
    expect(preview.notInFile).toEqual([{ nrmpCode: "2200120C0", name: "Ridge FM" }]);
    expect(await counts(home.schoolId)).toEqual(before);

    const applied = await applyProgramImport(t.db, home.dean, csvOf(second), clock.now());
    expect(applied).toMatchObject({ created: 1, updated: 1, unchanged: 1, notInFile: 1 });
    expect(await counts(home.schoolId)).toEqual({ programs: before.programs + 1, audit: before.audit + 1 });

    const updated = await t.db.program.findUniqueOrThrow({ where: { id: harbor.id } });
    expect(updated).toMatchObject({ nrmpCode: "2100140C0", openPositions: 4, applicationService: "RESIDENCY_CAS" });
    expect(updated.updatedAt).toEqual(clock.now());
    // The program missing from the file stays, and the applicant's target still points at Harbor.
    expect(await t.db.program.count({ where: { schoolId: home.schoolId, nrmpCode: "2200120C0" } })).toBe(1);
    expect(await t.db.target.findMany({ where: { applicantId: applicant.applicantId } })).toEqual(targetsBefore);

    const row = await t.db.auditLog.findFirstOrThrow({ where: { entityId: applied.importId } });
    expect(row.after).toMatchObject({
      updatedCodes: ["2100140C0"],
      changes: [{ nrmpCode: "2100140C0", fields: { openPositions: { before: 2, after: 4 }, applicationService: { before: "ERAS", after: "RESIDENCY_CAS" } } }],
    });
  });

  it("keeps the stored application service when the file has no Application Service column", async () => {
    const withoutColumn = csvOf([program("2100140C0", { name: "Harbor IM", openPositions: 4, applicationService: "RESIDENCY_CAS" })])
      .split("\n")
      .map((l) => l.replace(/,[^,]*$/, ""))
      .join("\n");
    const preview = expectPlan(await previewProgramImport(t.db, home.dean, withoutColumn));
    expect(preview).toMatchObject({ createdCount: 0, changedCount: 0, unchangedCount: 1 });
  });

  it("changes nothing for a file with bad rows, and lists every bad row with its line", async () => {
    const rows = [
      program("2100140C0", { name: "Harbor IM", openPositions: 9 }), // valid: would be an update
      program("2400140C0"),
      program("2500140C0"),
      program("2600140C0"),
    ];
    const lines = csvOf(rows).split("\n");
    lines[2] = (lines[2] ?? "").replace("2400140C0", "24140C0"); // line 3: bad code
    lines[3] = (lines[3] ?? "").replace(",OH,", ",ZZ,").replace(",ERAS", ",AMCAS"); // line 4: state and service
    lines[4] = (lines[4] ?? "").replace(",2,Dr.", ",0,Dr."); // line 5: no open positions
    const text = lines.join("\n");
    const programsBefore = await t.db.program.findMany({ where: { schoolId: home.schoolId }, orderBy: { nrmpCode: "asc" } });
    const before = await counts(home.schoolId);

    const check = await previewProgramImport(t.db, home.dean, text);
    if (check.ok) throw new Error("expected errors");
    expect(check.badRowCount).toBe(3);
    expect(check.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Program Code"],
      [4, "State"],
      [4, "Application Service"],
      [5, "Open Positions"],
    ]);
    expect(check.errors[2]?.message).toBe(
      `Program Code 2500140C0: Application Service "AMCAS" must be ERAS, ResidencyCAS or Other (the program's own process); leave it blank for ERAS`,
    );

    const error = await thrown(() => applyProgramImport(t.db, home.dean, text, clock.now()));
    expect(error).toBeInstanceOf(ProgramImportRejected);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("Nothing was imported: 3 lines have problems. Fix them in the file and import it again.");
    expect((error as ProgramImportRejected).errors.map((e) => e.row)).toEqual([3, 4, 4, 5]);
    expect(error.fieldErrors?.csv?.[0]).toMatch(/^Line 3 \(Program Code\): Program Code 24140C0: must be/);

    expect(await counts(home.schoolId)).toEqual(before);
    expect(await t.db.program.findMany({ where: { schoolId: home.schoolId }, orderBy: { nrmpCode: "asc" } })).toEqual(programsBefore);
  });

  it("refuses open positions beyond what the database holds, in preview and apply, naming the line and column", async () => {
    const text = csvOf([program("2100140C0", { name: "Harbor IM", openPositions: 5 }), program("2800140C0", { openPositions: 3_000_000_000 })]);
    const message = 'Program Code 2800140C0: Open Positions must be a whole number from 1 to 2,147,483,647 (got "3000000000")';
    const programsBefore = await t.db.program.findMany({ where: { schoolId: home.schoolId }, orderBy: { nrmpCode: "asc" } });
    const before = await counts(home.schoolId);

    const check = await previewProgramImport(t.db, home.dean, text);
    if (check.ok) throw new Error("expected errors");
    expect(check.errors).toEqual([{ row: 3, column: "Open Positions", message }]);
    const error = await thrown(() => applyProgramImport(t.db, home.dean, text, clock.now()));
    expect(error.code).toBe("INVALID_INPUT");
    expect((error as ProgramImportRejected).errors).toEqual([{ row: 3, column: "Open Positions", message }]);

    // As the screen calls them: the preview lists the line, applying refuses it, neither fails on our side.
    const preview = await asActor(home.dean, () => previewProgramImportAction({ csv: text }));
    expect(preview).toMatchObject({ ok: true, data: { ok: false, errors: [{ row: 3, column: "Open Positions", message }] } });
    const applied = await asActor(home.dean, () => applyProgramImportAction({ csv: text }));
    expect(applied).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { csv: [`Line 3 (Open Positions): ${message}`] } });

    expect(await counts(home.schoolId)).toEqual(before);
    expect(await t.db.program.findMany({ where: { schoolId: home.schoolId }, orderBy: { nrmpCode: "asc" } })).toEqual(programsBefore);
  });

  it("leaves another school's programs with the same codes untouched", async () => {
    const theirs = await applyProgramImport(t.db, away.dean, csvOf([program("2100140C0", { name: "Away Harbor", openPositions: 1 })]), clock.now());
    expect(theirs.created).toBe(1);
    const awayBefore = await t.db.program.findMany({ where: { schoolId: away.schoolId } });
    const awayAudit = await t.db.auditLog.count({ where: { schoolId: away.schoolId } });

    const applied = await applyProgramImport(t.db, home.dean, csvOf([program("2100140C0", { name: "Harbor IM renamed", openPositions: 7 })]), clock.now());
    expect(applied).toMatchObject({ created: 0, updated: 1 });
    expect(await t.db.program.findMany({ where: { schoolId: away.schoolId } })).toEqual(awayBefore);
    expect(await t.db.auditLog.count({ where: { schoolId: away.schoolId } })).toBe(awayAudit);
    expect(await t.db.program.findFirstOrThrow({ where: { schoolId: home.schoolId, nrmpCode: "2100140C0" } })).toMatchObject({
      name: "Harbor IM renamed",
      openPositions: 7,
    });
  });

  it("refuses applicants and advocates, and nothing is written", async () => {
    const applicant = await home.addApplicant();
    const advocate = await home.addAdvocate();
    const text = csvOf([program("2700140C0")]);
    const before = await counts(home.schoolId);
    for (const actor of [applicant, advocate]) {
      expect((await thrown(() => previewProgramImport(t.db, actor, text))).code).toBe("FORBIDDEN");
      expect((await thrown(() => applyProgramImport(t.db, actor, text))).code).toBe("FORBIDDEN");
      for (const action of BOTH_ACTIONS) {
        const result = await asActor(actor, () => action({ csv: text }));
        expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    }
    expect(await counts(home.schoolId)).toEqual(before);
  });

  it("answers the dean's actions: the plan as data, an empty file as INVALID_INPUT", async () => {
    const preview = await asActor(home.dean, () => previewProgramImportAction({ csv: csvOf([program("2700140C0")]) }));
    expect(preview).toMatchObject({ ok: true, data: { ok: true, preview: { createdCount: 1 } } });
    for (const action of BOTH_ACTIONS) {
      const result = await asActor(home.dean, () => action({ csv: "" }));
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      if (!result.ok) expect(result.message).toMatch(/^The file is empty/);
    }
    const applied = await asActor(home.dean, () => applyProgramImportAction({ csv: csvOf([program("2700140C0")]) }));
    expect(applied).toMatchObject({ ok: true, data: { created: 1 }, message: "Imported: 1 new, 0 updated, 0 unchanged." });
  });

  it("imports a 5,000-row file in seconds, and re-imports it with every row changed", async () => {
    const big = Array.from({ length: 5_000 }, (_, i) =>
      program(`${3000 + Math.floor(i / 10)}${String(140 + (i % 10)).padStart(3, "0")}C0`, {
        name: `Generated Program ${i}`,
        directorEmail: `pd${i}@generated.example.org`,
        prefersEmail: i % 3 === 0,
      }),
    );
    const school = await createSchool(t.db, { now: clock.now(), programs: 0 });
    const text = csvOf(big);

    let started = performance.now();
    const created = await applyProgramImport(t.db, school.dean, text, clock.now());
    const createMs = performance.now() - started;
    console.log(`5,000-row import (all new): ${Math.round(createMs)} ms, ${(text.length / 1_000_000).toFixed(2)} MB`);
    expect(created).toMatchObject({ created: 5_000, updated: 0 });

    const changed = csvOf(big.map((p) => ({ ...p, openPositions: p.openPositions + 1, applicationService: "RESIDENCY_CAS" as const })));
    started = performance.now();
    const preview = expectPlan(await previewProgramImport(t.db, school.dean, changed));
    const previewMs = performance.now() - started;
    expect(preview).toMatchObject({ createdCount: 0, changedCount: 5_000 });
    expect(preview.changed.length).toBeLessThanOrEqual(500);
    started = performance.now();
    const updated = await applyProgramImport(t.db, school.dean, changed, clock.now());
    const updateMs = performance.now() - started;
    console.log(`5,000-row re-import: check ${Math.round(previewMs)} ms, apply (all changed) ${Math.round(updateMs)} ms`);
    expect(updated).toMatchObject({ created: 0, updated: 5_000 });

    expect(await t.db.program.count({ where: { schoolId: school.schoolId, openPositions: 3, applicationService: "RESIDENCY_CAS" } })).toBe(5_000);
    expect(await t.db.auditLog.count({ where: { schoolId: school.schoolId } })).toBe(2);
    expect(createMs).toBeLessThan(20_000);
    expect(updateMs).toBeLessThan(20_000);
  }, 120_000);
});
