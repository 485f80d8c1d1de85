// Every number a person types or imports fits the database column it is stored in (Prisma's Int
// is PostgreSQL's 32-bit integer): the schema refuses a bigger one in words, so it never reaches
// the database as an overflow.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { INT4_MAX, policyInput, profileInput, recordOfferInput } from "../../../lib/domain/schemas";
import { catalogQueryInput, recordInterviewInput } from "../../../lib/domain/applicant/schemas";
import { auditQueryInput } from "../../../lib/domain/audit-query";
import { dashboardQuery } from "../../../lib/domain/dashboard/table";
import { POLICY_FIELDS } from "../../../lib/domain/policy-fields";
import { DEFAULT_POLICY } from "../../../lib/domain/types";

const schemaText = readFileSync(fileURLToPath(new URL("../../../prisma/schema.prisma", import.meta.url)), "utf8");

/** The Int fields of one model of prisma/schema.prisma. */
function intFields(model: string): string[] {
  const body = new RegExp(`model ${model} \\{([^}]*)\\}`).exec(schemaText)?.[1] ?? "";
  return [...body.matchAll(/^\s+(\w+)\s+Int\b/gm)].map((match) => match[1]!);
}

const BEYOND = [INT4_MAX + 1, 3_000_000_000];
/** Past whole numbers a double holds exactly: refused as not whole. */
const UNSAFE = [2 ** 53, 1e20];

function refuses(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  expect(result.success, JSON.stringify(input)).toBe(false);
  return result.error?.issues[0]?.message;
}

describe("numbers beyond a 32-bit column", () => {
  it("the school's policy: every Int column is a settings field, bounded far inside the column", () => {
    const columns = intFields("SchoolPolicy");
    expect(columns.length).toBeGreaterThan(10);
    expect(columns.sort()).toEqual(POLICY_FIELDS.map((field) => field.key).sort());
    for (const field of POLICY_FIELDS) expect(field.max, field.key).toBeLessThanOrEqual(INT4_MAX);
  });

  it("the settings form refuses each policy number beyond its bound, naming the field", () => {
    for (const field of POLICY_FIELDS) {
      for (const value of BEYOND) expect(refuses(policyInput, { ...DEFAULT_POLICY, [field.key]: value })).toBe(`${field.label} must be at most ${field.max}.`);
      for (const value of UNSAFE) expect(refuses(policyInput, { ...DEFAULT_POLICY, [field.key]: value })).toBe(`${field.label} must be a whole number.`);
    }
  });

  it("an offer's round, an interview's length and a Step 2 CK score", () => {
    const offer = { programId: "p1", offeredAt: "2026-03-19T16:00:00Z" };
    const interview = { programId: "p1", startsAt: "2026-03-19T16:00:00Z", format: "VIDEO" };
    const profile = { aamcId: "12345678", degreeType: "US_MD", specialty: "Internal Medicine", phone: "+1 555 010 0000" };
    for (const value of BEYOND) {
      expect(refuses(recordOfferInput, { ...offer, round: value })).toBe("SOAP offer rounds are numbered 1 to 4.");
      expect(refuses(recordOfferInput, { ...offer, round: String(value) })).toBe("SOAP offer rounds are numbered 1 to 4.");
      expect(refuses(recordInterviewInput, { ...interview, durationMinutes: String(value) })).toBe("An interview lasts at most 8 hours.");
      expect(refuses(profileInput, { ...profile, step2Score: value })).toBe("Step 2 CK scores run from 1 to 300.");
    }
    for (const value of UNSAFE) {
      expect(refuses(recordOfferInput, { ...offer, round: value })).toBe("Round must be a whole number.");
      expect(refuses(recordInterviewInput, { ...interview, durationMinutes: value })).toBe("Duration is a whole number of minutes.");
      expect(refuses(profileInput, { ...profile, step2Score: value })).toBe("Step 2 CK is a whole number.");
    }
  });

  it("page numbers in a query string", () => {
    for (const value of BEYOND.map(String)) {
      expect(refuses(catalogQueryInput, { page: value })).toBe("Pages go up to 10,000.");
      expect(refuses(auditQueryInput, { page: value })).toBe("Pages go up to 10,000.");
      expect(dashboardQuery.shape.page.safeParse(value).success).toBe(false);
    }
    for (const value of UNSAFE.map(String)) {
      expect(refuses(catalogQueryInput, { page: value })).toBe("Enter a whole page number.");
      expect(refuses(auditQueryInput, { page: value })).toBe("Enter a whole page number.");
    }
  });
});
