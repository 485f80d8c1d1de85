// The first-run form's input: the setup code's shape, the school and its first dean, in words.
import { describe, expect, it } from "vitest";
import { formatSetupCode, normalizeSetupCode, schoolSetupInput } from "@/lib/domain/school-setup";

const valid = {
  code: "abcd-efgh-jkmn",
  name: "Lakeshore College of Medicine",
  timeZone: "America/Chicago",
  deanName: "Lee Dean",
  deanEmail: "Lee@Lakeshore.EDU",
};

const problems = (input: Record<string, unknown>) => {
  const parsed = schoolSetupInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("setup codes", () => {
  it("read whatever the case, spaces or hyphens", () => {
    expect(normalizeSetupCode(" abcd efgh-JKMN ")).toBe("ABCDEFGHJKMN");
    expect(formatSetupCode("ABCDEFGHJKMN")).toBe("ABCD-EFGH-JKMN");
  });
});

describe("schoolSetupInput", () => {
  it("takes the school and its dean, and makes the slug from the name", () => {
    expect(schoolSetupInput.parse(valid)).toMatchObject({
      code: "ABCDEFGHJKMN",
      name: "Lakeshore College of Medicine",
      slug: "lakeshore-college-of-medicine",
      timeZone: "America/Chicago",
      deanEmail: "lee@lakeshore.edu",
    });
    expect(schoolSetupInput.parse({ ...valid, slug: "lakeshore" }).slug).toBe("lakeshore");
    expect(schoolSetupInput.parse({ ...valid, slug: "" }).slug).toBe("lakeshore-college-of-medicine");
  });

  it("says what is wrong with each field", () => {
    expect(problems({ ...valid, code: "1234" })).toEqual(["code: That is not a setup code: it has 12 letters and digits, like ABCD-EFGH-JKLM."]);
    // O, I, L, 0 and 1 are not in the alphabet: a code with them was mistyped.
    expect(problems({ ...valid, code: "ABCD-EFGH-JKL0" })[0]).toMatch(/^code: That is not a setup code/);
    expect(problems({ ...valid, timeZone: "Eastern" })).toEqual(["timeZone: Choose the school's time zone from the list."]);
    expect(problems({ ...valid, slug: "Lake Shore" })).toEqual(["slug: Use lower-case letters, digits and single hyphens, e.g. northfield."]);
    expect(problems({ ...valid, deanEmail: "lee" })).toEqual(["deanEmail: Enter an email address like name@school.edu."]);
    expect(problems({ ...valid, name: " " })).toEqual(["name: Enter the school's name."]);
    expect(problems({ ...valid, name: "!!" })).toEqual(["slug: The name gives no short name: enter one, e.g. northfield."]);
    expect(problems({ ...valid, deanName: undefined })).toEqual(["deanName: Enter your full name."]);
  });
});
