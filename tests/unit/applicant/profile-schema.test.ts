import { describe, expect, it } from "vitest";
import { profileUpdateInput } from "@/lib/domain/applicant/schemas";

const base = { aamcId: "12345678", degreeType: "US_MD", step2Score: 235, specialty: "Internal Medicine", phone: "555-0100" };

describe("profileUpdateInput red flags", () => {
  it("accepts one of each kind", () => {
    const parsed = profileUpdateInput.safeParse({
      ...base,
      redFlags: [
        { kind: "STEP_FAILURE", context: "Failed Step 1 in year 2, passed on the second attempt." },
        { kind: "LEAVE_OF_ABSENCE", context: "Six months of family leave." },
      ],
    });
    expect(parsed.success).toBe(true);
  });

  it("refuses the same kind twice with a specific message", () => {
    const parsed = profileUpdateInput.safeParse({
      ...base,
      redFlags: [
        { kind: "STEP_FAILURE", context: "Step 1." },
        { kind: "STEP_FAILURE", context: "Step 2." },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain("List each kind of red flag once, with all its context.");
  });
});

describe("profileUpdateInput phone", () => {
  it("saves a red flag for an invited applicant who has no phone on file yet", () => {
    const parsed = profileUpdateInput.safeParse({ ...base, phone: "", redFlags: [{ kind: "STEP_FAILURE", context: "Passed on the second attempt." }] });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.phone).toBe("");
  });

  it("refuses a phone that is given but cannot be called, with one message", () => {
    const parsed = profileUpdateInput.safeParse({ ...base, phone: "call me" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["Enter a phone number programs can call, or leave it empty for now."]);
  });
});
