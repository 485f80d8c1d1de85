import { describe, expect, it } from "vitest";
import { describeMode, modeAt } from "../../../lib/domain/rules/communication-mode";
import { advocateLevel } from "../../../lib/domain/rules/eligibility";
import { strategyFor } from "../../../lib/domain/rules/strategy";
import { ADVOCATE_KINDS, DEFAULT_POLICY } from "../../../lib/domain/types";
import { SOAP_WINDOW } from "./builders";

const profile = (step2Score: number | null, degreeType: "US_MD" | "US_DO" | "IMG" = "US_MD", redFlags: ("STEP_FAILURE" | "LEAVE_OF_ABSENCE")[] = []) => ({
  step2Score,
  degreeType,
  redFlags,
});

describe("strategyFor", () => {
  it.each([
    [245, "US_MD", "strong", "strong-advocacy"],
    [240, "US_DO", "strong", "strong-advocacy"],
    [239, "US_MD", "average", "ties-only"],
    [220, "US_DO", "average", "ties-only"],
    [250, "IMG", "img", "ties-only"],
  ] as const)("Step 2 %i, %s -> %s", (score, degree, kind, faculty) => {
    expect(strategyFor(profile(score, degree), DEFAULT_POLICY)).toMatchObject({ kind, faculty, notes: [] });
  });

  it("puts a red flag first, whatever the score", () => {
    const s = strategyFor(profile(260, "US_MD", ["STEP_FAILURE"]), DEFAULT_POLICY);
    expect(s).toMatchObject({ kind: "red-flag", faculty: "required" });
    expect(s.advice.join(" ")).toContain("You do not lead with your red flag in writing");
  });

  it("treats an unknown or low score as average, and says why", () => {
    expect(strategyFor(profile(null), DEFAULT_POLICY).notes[0]).toMatch(/No Step 2 CK score/);
    expect(strategyFor(profile(205), DEFAULT_POLICY)).toMatchObject({ kind: "average" });
    expect(strategyFor(profile(205), DEFAULT_POLICY).notes[0]).toMatch(/below 220/);
  });

  it("uses the school's thresholds", () => {
    expect(strategyFor(profile(235), { ...DEFAULT_POLICY, strongStep2Min: 230 }).kind).toBe("strong");
  });
});

describe("advocateLevel", () => {
  it("follows the playbook's hierarchy", () => {
    const byLevel = (level: string) => ADVOCATE_KINDS.filter((k) => advocateLevel(k) === level);
    expect(byLevel("strong")).toEqual(["PROGRAM_DIRECTOR", "ASSOCIATE_PROGRAM_DIRECTOR", "CLERKSHIP_DIRECTOR", "CHAIR", "SENIOR_FACULTY_CLINICAL"]);
    expect(byLevel("good")).toEqual(["DEAN"]);
    expect(byLevel("weak")).toEqual(["ATTENDING_LIMITED_CONTACT", "RESIDENT"]);
    expect(byLevel("refused")).toEqual(["FAMILY", "FAMILY_FRIEND", "OUTSIDE_FIELD", "CLASSMATE", "NO_AUTHORITY"]);
  });
});

describe("modeAt", () => {
  it("is program-initiated inside the window only", () => {
    expect(modeAt(SOAP_WINDOW, new Date("2026-03-16T14:59:59Z"))).toBe("OPEN");
    expect(modeAt(SOAP_WINDOW, new Date("2026-03-16T15:00:00Z"))).toBe("PROGRAM_INITIATED");
    expect(modeAt(SOAP_WINDOW, new Date("2026-03-19T21:59:59Z"))).toBe("PROGRAM_INITIATED");
    expect(modeAt(SOAP_WINDOW, new Date("2026-03-19T22:00:00Z"))).toBe("OPEN");
    expect(modeAt(null, new Date("2026-03-17T15:00:00Z"))).toBe("OPEN");
    expect(modeAt({ ...SOAP_WINDOW, communicationMode: "OPEN" }, new Date("2026-03-17T15:00:00Z"))).toBe("OPEN");
    expect(describeMode("PROGRAM_INITIATED")).toMatch(/wait for the program/);
  });
});
