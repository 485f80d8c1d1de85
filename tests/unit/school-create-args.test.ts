// The arguments of `npm run school:create`: what a school's IT types, checked before any database
// is touched, each refusal naming the flag and how to fix it.
import { describe, expect, it } from "vitest";
import { createSchoolArgs, isIanaTimeZone, slugFromName } from "@/lib/domain/school-create";

const valid = { name: "Lakeside School of Medicine", timeZone: "America/Chicago", dean: "Dana Reyes <dana.reyes@lakeside.edu>" };

function problems(input: Record<string, unknown>): string[] {
  const parsed = createSchoolArgs.safeParse(input);
  if (parsed.success) throw new Error("expected a refusal");
  return parsed.error.issues.map((issue) => issue.message);
}

describe("school:create's arguments", () => {
  it("parse a school, its zone and its first dean, deriving the slug from the name", () => {
    expect(createSchoolArgs.parse(valid)).toEqual({
      name: "Lakeside School of Medicine",
      timeZone: "America/Chicago",
      dean: { name: "Dana Reyes", email: "dana.reyes@lakeside.edu" },
      slug: "lakeside-school-of-medicine",
    });
  });

  it("keep a slug given with --slug, and trim what was typed", () => {
    const parsed = createSchoolArgs.parse({
      name: "  Lakeside  ",
      timeZone: " America/Denver ",
      dean: "  Dana Reyes   < Dana.Reyes@Lakeside.EDU > ",
      slug: "lakeside",
    });
    expect(parsed).toEqual({ name: "Lakeside", timeZone: "America/Denver", dean: { name: "Dana Reyes", email: "dana.reyes@lakeside.edu" }, slug: "lakeside" });
  });

  it.each([
    ["Université Saint-Éloi School of Medicine", "universite-saint-eloi-school-of-medicine"],
    ["Texas A&M College of Medicine", "texas-a-and-m-college-of-medicine"],
    ["  --St. Mary's (Downtown)--  ", "st-mary-s-downtown"],
    ["A".repeat(100), "a".repeat(60)],
  ])("derive the slug of %s", (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it("refuse a name without letters or digits, asking for --slug", () => {
    expect(problems({ ...valid, name: "---" })).toEqual(['--name "---" gives no slug (no letters or digits): name one with --slug.']);
  });

  it("refuse a missing or too long name", () => {
    expect(problems({ ...valid, name: undefined })).toEqual(['Name the school with --name "Its Full Name".']);
    expect(problems({ ...valid, name: "x".repeat(121) })).toEqual(["--name: keep the school's name under 120 characters."]);
  });

  it("accept IANA zones only", () => {
    expect(isIanaTimeZone("America/New_York")).toBe(true);
    expect(isIanaTimeZone("Pacific/Honolulu")).toBe(true);
    expect(isIanaTimeZone("UTC")).toBe(true);
    for (const zone of ["Mars/Olympus_Mons", "EST5", "+05:00", "america/chicago", "Central", ""]) expect(isIanaTimeZone(zone)).toBe(false);
    expect(problems({ ...valid, timeZone: "Mars/Olympus_Mons" })).toEqual([
      '--time-zone "Mars/Olympus_Mons" is not an IANA time zone this server knows: use a name like America/New_York or America/Chicago.',
    ]);
    expect(problems({ ...valid, timeZone: undefined })).toEqual(["Give the school's time zone with --time-zone, e.g. --time-zone America/Chicago."]);
  });

  it.each([
    ["dana.reyes@lakeside.edu", "write it as Full Name <email@school.edu>"],
    ["Dana Reyes dana.reyes@lakeside.edu", "write it as Full Name <email@school.edu>"],
    ["<dana.reyes@lakeside.edu>", "write it as Full Name <email@school.edu>"],
    ["D <dana.reyes@lakeside.edu>", "the name before <…> is missing"],
    ["Dana Reyes <dana.reyes>", "the address in <…> is not a valid email address"],
    ["Dana Reyes <a@b.edu> <c@d.edu>", "write it as Full Name <email@school.edu>"],
    [`${"N".repeat(121)} <dana.reyes@lakeside.edu>`, "keep the name under 120 characters"],
  ])("refuse the dean %s", (dean, problem) => {
    expect(problems({ ...valid, dean })).toEqual([`--dean "${dean}": ${problem}.`]);
  });

  it("refuse a missing dean, saying how to name one", () => {
    expect(problems({ ...valid, dean: undefined })).toEqual(['Name the first dean\'s office person with --dean "Full Name <email@school.edu>".']);
  });

  it("refuse a slug single sign-on could not name, and report every problem at once", () => {
    expect(problems({ ...valid, slug: "Lakeside_Med" })).toEqual(["--slug: use lower-case letters, digits and single hyphens, e.g. northfield."]);
    expect(problems({ ...valid, slug: "a--b" })).toEqual(["--slug: use lower-case letters, digits and single hyphens, e.g. northfield."]);
    expect(problems({ name: "", timeZone: "Nowhere", dean: "nobody" })).toHaveLength(3);
  });
});
