// The catalog's starting filter, pages and links, and the question before "me alone" on a program
// an advocate already contacted. Run under Asia/Tokyo (vitest config) so a forgotten zone fails.
import { describe, expect, it } from "vitest";
import { catalogQueryInput, type CatalogQuery } from "@/lib/domain/applicant/schemas";
import {
  backupsNotice,
  catalogHref,
  catalogPageCount,
  catalogSpelling,
  clampPage,
  everySpecialtyHref,
  isBackup,
  withStartingFilter,
} from "@/lib/domain/applicant/catalog-query";
import { meAloneConsequence, meAloneQuestion, needsMeAloneQuestion, weekdayAndTime } from "@/lib/domain/applicant/priority-warning";

const parse = (raw: Record<string, string | undefined>): CatalogQuery => catalogQueryInput.parse(raw);
const DISCIPLINES = ["Internal Medicine", "Surgery", "Transitional Year"];

describe("the catalog's query", () => {
  it("knows whether the applicant chose a filter: absent keys are not chosen, empty ones mean any", () => {
    expect(parse({})).toMatchObject({ filtersChosen: false, page: 1, backups: false });
    expect(parse({ page: "3" })).toMatchObject({ filtersChosen: false, page: 3 });
    expect(parse({ specialty: "" })).toMatchObject({ filtersChosen: true, specialty: undefined });
    expect(parse({ q: "", specialty: "", state: "", positionType: "", setting: "", page: "" })).toMatchObject({ filtersChosen: true, page: 1 });
    expect(parse({ specialty: "Surgery", backups: "1" })).toMatchObject({ filtersChosen: true, specialty: "Surgery", backups: true });
  });

  it("refuses a page that is not a whole number from 1", () => {
    for (const page of ["0", "-2", "1.5", "two"]) expect(catalogQueryInput.safeParse({ page }).success, page).toBe(false);
  });

  it("starts an applicant who chose nothing on their specialty, in the catalog's spelling, with the backups", () => {
    const started = withStartingFilter(parse({}), " internal medicine", DISCIPLINES);
    expect(started).toMatchObject({ specialty: "Internal Medicine", backups: true, filtersChosen: false });
    expect(backupsNotice(started)).toBe("Showing Internal Medicine and its preliminary/transitional-year backups.");
  });

  it("leaves a chosen filter, a dean (no specialty) and an unknown specialty's spelling alone", () => {
    const chosen = parse({ specialty: "" });
    expect(withStartingFilter(chosen, "Internal Medicine", DISCIPLINES)).toBe(chosen);
    const none = parse({});
    expect(withStartingFilter(none, null, DISCIPLINES)).toBe(none);
    expect(backupsNotice(none)).toBeNull();
    expect(catalogSpelling("Dermatology", DISCIPLINES)).toBe("Dermatology");
  });

  it("counts Transitional Year and preliminary positions as backups", () => {
    expect(isBackup({ specialty: "Transitional Year", positionType: "C" })).toBe(true);
    expect(isBackup({ specialty: "Surgery", positionType: "P" })).toBe(true);
    expect(isBackup({ specialty: "Internal Medicine", positionType: "C" })).toBe(false);
  });
});

describe("the catalog's pages and links", () => {
  it("pages 50 at a time and shows the last page when asked past it", () => {
    expect([0, 1, 50, 51, 123].map((n) => catalogPageCount(n))).toEqual([1, 1, 1, 2, 3]);
    expect(clampPage(9, 123)).toBe(3);
    expect(clampPage(2, 0)).toBe(1);
  });

  it("keeps the starting filter implicit, so the next page still follows the profile", () => {
    const started = withStartingFilter(parse({}), "Internal Medicine", DISCIPLINES);
    expect(catalogHref(started, 2)).toBe("/applicant/list?page=2#catalog");
    expect(catalogHref(started, 1)).toBe("/applicant/list#catalog");
  });

  it("names every chosen filter, an empty specialty included", () => {
    const chosen = parse({ q: "river", specialty: "Surgery", state: "il", positionType: "P", setting: "", backups: "1" });
    expect(catalogHref(chosen, 3)).toBe("/applicant/list?q=river&specialty=Surgery&state=IL&positionType=P&backups=1&page=3#catalog");
    expect(catalogHref(parse({ state: "NY" }), 2)).toBe("/applicant/list?specialty=&state=NY&page=2#catalog");
  });

  it("shows every specialty from page 1 with the other filters kept", () => {
    const started = { ...withStartingFilter(parse({ page: "2" }), "Internal Medicine", DISCIPLINES) };
    expect(everySpecialtyHref(started)).toBe("/applicant/list?specialty=#catalog");
    expect(everySpecialtyHref(parse({ specialty: "Surgery", backups: "1", state: "NY", page: "2" }))).toBe("/applicant/list?specialty=&state=NY#catalog");
    // ...and that link parses back to "any specialty, chosen".
    expect(parse({ specialty: "", state: "NY" })).toMatchObject({ filtersChosen: true, specialty: undefined, backups: false });
  });
});

describe("switching to 'me alone' after an advocate's contact", () => {
  // Tuesday 17 March 2026, 10:05 in New York (EDT), already Wednesday in Tokyo.
  const at = "2026-03-17T14:05:00.000Z";

  it("says who contacted the program and when, in the school's zone", () => {
    expect(weekdayAndTime(at, "America/New_York")).toBe("Tue 10:05 AM");
    expect(meAloneQuestion({ by: "Dr. Hargrove", channel: "PHONE", at }, "America/New_York")).toBe(
      "Dr. Hargrove already called this program for you on Tue 10:05 AM. Switch to 'me alone' anyway?",
    );
    expect(meAloneQuestion({ by: "Dr. Hargrove", channel: "EMAIL", at: new Date(at) }, "America/Chicago")).toBe(
      "Dr. Hargrove already emailed this program for you on Tue 9:05 AM. Switch to 'me alone' anyway?",
    );
    expect(meAloneConsequence("Lakemont IM")).toMatch(/handle Lakemont IM yourself/);
  });

  it("asks only when moving to 'me alone' on a program an advocate contacted", () => {
    const contact = { by: "Dr. Hargrove", channel: "VOICEMAIL" as const, at };
    expect(needsMeAloneQuestion("FACULTY", "SELF", contact)).toBe(true);
    expect(needsMeAloneQuestion("FACULTY", "SELF", null)).toBe(false);
    expect(needsMeAloneQuestion("SELF", "FACULTY", contact)).toBe(false);
    expect(needsMeAloneQuestion("SELF", "SELF", contact)).toBe(false);
  });
});
