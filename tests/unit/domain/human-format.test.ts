// Numbers, plurals and empty values as every screen writes them, and the human labels the dean's
// pages read: one number format, nouns that agree with their number, one empty marker.
import { describe, expect, it } from "vitest";
import { countOf, countOfLimit, EMPTY_MARK, formatNumber, pluralNoun, yesOrEmpty } from "@/lib/domain/human-format";
import { ADVOCATE_LEVEL_LABELS, INVITATION_STATUS_LABELS, ROLE_LABELS } from "@/lib/domain/people-labels";
import { storedValueLabel } from "@/lib/domain/stored-value-labels";
import { applicantAlerts } from "@/lib/domain/alerts";
import { given, NOW } from "./builders";

const SNAKE_OR_CODE = /\b[A-Z]{2,}(?:_[A-Z0-9]+)*\b/;

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [3000, "3,000"],
    [3061, "3,061"],
    [1_000_000, "1,000,000"],
    [-1200, "-1,200"],
  ])("%i reads %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe("countOf and pluralNoun", () => {
  it.each([
    [0, "program", undefined, "0 programs"],
    [1, "program", undefined, "1 program"],
    [2, "program", undefined, "2 programs"],
    [3061, "program", undefined, "3,061 programs"],
    [1, "entry", "entries", "1 entry"],
    [50, "entry", "entries", "50 entries"],
  ])("%i %s reads %s", (n, one, many, text) => {
    expect(countOf(n, one, many)).toBe(text);
  });

  it("agrees the noun alone", () => {
    expect(pluralNoun(1, "row has", "rows have")).toBe("row has");
    expect(pluralNoun(2, "row has", "rows have")).toBe("rows have");
  });

  it("writes a count against its limit in the same format", () => {
    expect(countOfLimit(1, 2)).toBe("1 of 2");
    expect(countOfLimit(1200, 3000)).toBe("1,200 of 3,000");
  });
});

describe("the one empty marker", () => {
  it("is a dash, and a step not taken reads as it", () => {
    expect(EMPTY_MARK).toBe("—");
    expect(yesOrEmpty(true)).toBe("Yes");
    expect(yesOrEmpty(false)).toBe(EMPTY_MARK);
  });
});

describe("labels the dean's pages read", () => {
  it("names roles, advocate levels and invitation states in words", () => {
    for (const label of [...Object.values(ROLE_LABELS), ...Object.values(ADVOCATE_LEVEL_LABELS), ...Object.values(INVITATION_STATUS_LABELS)]) {
      expect(label).not.toMatch(SNAKE_OR_CODE);
      expect(label.charAt(0)).toBe(label.charAt(0).toUpperCase());
    }
    expect(ROLE_LABELS.ADVOCATE).toBe("Faculty advocate");
    expect(ADVOCATE_LEVEL_LABELS.weak).toBe("Weak: use sparingly");
  });

  it("reads every stored code as words", () => {
    for (const [field, value] of [
      ["kind", "FOLLOW_UP"],
      ["status", "OPEN"],
      ["communicationMode", "PROGRAM_INITIATED"],
      ["kind", "LEAVE_OF_ABSENCE"],
      ["setting", "COMMUNITY_ACADEMIC"],
      ["anything", "SOME_NEW_CODE"],
    ] as const) {
      expect(storedValueLabel(field, value), `${field}=${value}`).not.toMatch(SNAKE_OR_CODE);
    }
  });
});

describe("alert wording", () => {
  it("says 1 program, not 1 programs", () => {
    const thin = (n: number) => applicantAlerts(given().targets(n).email("p1").build(), NOW).find((a) => a.code === "THIN_LIST")?.message;
    expect(thin(1)).toMatch(/^1 program on the target list;/);
    expect(thin(5)).toMatch(/^5 programs on the target list;/);
  });
});
