// Read off the schema: every table that holds rows of one applicant (an applicantId column) is
// emptied of them by the retention job (or, for the audit log, redacted) and read into the
// applicant's record download. A table added later without both fails here, before a season's
// data outlives its removal or an applicant's record comes out incomplete.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const SCHEMA = read("prisma/schema.prisma");
const REMOVAL = read("lib/server/privacy/remove-personal-data.ts");
const RECORD = read("lib/server/privacy/subject-record.ts");

const delegate = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);
const applicantTables = [...SCHEMA.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
  .filter(([, , body]) => /^\s+applicantId\s+String/m.test(body!))
  .map(([, model]) => delegate(model!));

describe("the tables of an applicant's rows", () => {
  it("are found in the schema", () => {
    expect(applicantTables).toEqual(expect.arrayContaining(["redFlag", "narrative", "contact", "offer", "notification", "auditLog"]));
  });

  it.each(applicantTables.map((table) => [table]))("%s: emptied by the retention job, or redacted for the audit log", (table) => {
    if (table === "auditLog") expect(REMOVAL).toMatch(/UPDATE audit_logs/);
    else expect(REMOVAL).toMatch(new RegExp(`tx\\.${table}\\.deleteMany\\(`));
  });

  it.each(applicantTables.map((table) => [table]))("%s: read into the applicant's record download", (table) => {
    expect(RECORD).toMatch(new RegExp(`tx\\.${table}\\.findMany\\(`));
  });
});
