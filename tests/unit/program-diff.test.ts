// The plan a re-import shows before it is applied: new programs, changes field by field, the
// unchanged count, and the programs the file no longer mentions (listed, never deleted).
import { describe, expect, it } from "vitest";
import { describeProgramValue, planProgramImport, previewOf, type StoredProgram } from "@/lib/domain/program-diff";
import type { ProgramRow } from "@/lib/domain/program-import";

function row(code: string, overrides: Partial<ProgramRow> = {}): ProgramRow {
  return {
    nrmpCode: code,
    name: `Program ${code}`,
    specialty: "Internal Medicine",
    positionType: "C",
    city: "Albany",
    state: "NY",
    setting: "UNIVERSITY",
    tier: "MID",
    openPositions: 2,
    directorName: "Dr. Okafor",
    directorEmail: "pd@lakemont.example.edu",
    coordinatorName: "",
    coordinatorEmail: "",
    phone: "",
    prefersEmail: false,
    ...overrides,
  };
}

function stored(code: string, overrides: Partial<StoredProgram> = {}): StoredProgram {
  return { id: `id-${code}`, ...row(code), applicationService: "ERAS", ...overrides };
}

describe("planProgramImport", () => {
  it("creates every program of a file for an empty catalog, with ERAS when the file names no service", () => {
    const plan = planProgramImport([], [row("1000140C0"), row("1000140C1", { applicationService: "OTHER" })]);
    expect(plan.created.map((p) => [p.nrmpCode, p.applicationService])).toEqual([
      ["1000140C0", "ERAS"],
      ["1000140C1", "OTHER"],
    ]);
    expect(plan).toMatchObject({ changed: [], unchangedCount: 0, notInFile: [] });
  });

  it("matches by code and lists each changed field with its value before and after", () => {
    const existing = [stored("1000140C0"), stored("1000140C1"), stored("1000140C2", { name: "Old Name" })];
    const plan = planProgramImport(existing, [
      row("1000140C0"),
      row("1000140C1", { openPositions: 3, prefersEmail: true, applicationService: "RESIDENCY_CAS" }),
      row("1000140C2", { name: "New Name", directorEmail: "" }),
      row("1000140C3"),
    ]);
    expect(plan.created.map((p) => p.nrmpCode)).toEqual(["1000140C3"]);
    expect(plan.unchangedCount).toBe(1);
    expect(plan.changed.map((c) => ({ id: c.id, code: c.nrmpCode, name: c.name, changes: c.changes }))).toEqual([
      {
        id: "id-1000140C1",
        code: "1000140C1",
        name: "Program 1000140C1",
        changes: [
          { field: "openPositions", label: "Open Positions", before: 2, after: 3 },
          { field: "prefersEmail", label: "Prefers Email", before: false, after: true },
          { field: "applicationService", label: "Application Service", before: "ERAS", after: "RESIDENCY_CAS" },
        ],
      },
      {
        id: "id-1000140C2",
        code: "1000140C2",
        name: "New Name",
        changes: [
          { field: "name", label: "Program Name", before: "Old Name", after: "New Name" },
          { field: "directorEmail", label: "Director Email", before: "pd@lakemont.example.edu", after: "" },
        ],
      },
    ]);
    expect(plan.changed[0]?.after).toMatchObject({ nrmpCode: "1000140C1", openPositions: 3, applicationService: "RESIDENCY_CAS" });
  });

  it("keeps the stored service when the file has no Application Service column", () => {
    const plan = planProgramImport([stored("1000140C0", { applicationService: "RESIDENCY_CAS" })], [row("1000140C0")]);
    expect(plan).toMatchObject({ created: [], changed: [], unchangedCount: 1 });
  });

  it("lists the catalog's programs missing from the file, by code, and deletes none", () => {
    const plan = planProgramImport([stored("1000140C9"), stored("1000140C0"), stored("1000140C5")], [row("1000140C5")]);
    expect(plan.notInFile).toEqual([
      { nrmpCode: "1000140C0", name: "Program 1000140C0" },
      { nrmpCode: "1000140C9", name: "Program 1000140C9" },
    ]);
    expect(plan.unchangedCount).toBe(1);
  });
});

describe("previewOf", () => {
  it("gives exact counts and the first entries of each list", () => {
    const existing = Array.from({ length: 5 }, (_, i) => stored(`100014${i}C0`));
    const rows = [
      ...Array.from({ length: 3 }, (_, i) => row(`100014${i}C0`, { openPositions: 9 })),
      ...Array.from({ length: 4 }, (_, i) => row(`200014${i}C0`)),
    ];
    const preview = previewOf(planProgramImport(existing, rows), 2);
    expect(preview).toMatchObject({ rowCount: 7, createdCount: 4, changedCount: 3, unchangedCount: 0, notInFileCount: 2 });
    expect(preview.created).toHaveLength(2);
    expect(preview.changed).toHaveLength(2);
    expect(preview.created[0]).toEqual({ nrmpCode: "2000140C0", name: "Program 2000140C0", specialty: "Internal Medicine", city: "Albany", state: "NY" });
  });
});

describe("describeProgramValue", () => {
  it.each([
    ["prefersEmail", true, "Yes"],
    ["prefersEmail", false, "No"],
    ["openPositions", 3, "3"],
    ["directorEmail", "", "—"],
    ["applicationService", "RESIDENCY_CAS", "ResidencyCAS"],
    ["applicationService", "OTHER", "the program's own process"],
    ["setting", "COMMUNITY_ACADEMIC", "Community-based academic"],
    ["tier", "TOP", "Top"],
    ["name", "Harbor IM", "Harbor IM"],
  ] as const)("%s %s reads %s", (field, value, text) => {
    expect(describeProgramValue(field, value)).toBe(text);
  });
});
