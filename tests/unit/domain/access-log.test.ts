// The access log's rows: one per applicant a page showed red flags or a narrative's confidential
// context of, none for the rest; what the dean's office reads for each; a narrative of strengths
// alone is the shared story, not confidential.
import { describe, expect, it } from "vitest";
import { confidentialShown, confidentialViewEntries, describeAccess } from "@/lib/domain/privacy/access-log";

const narrative = (weaknessContext: string[]) => ({ version: 3, weaknessContext });

describe("confidentialShown", () => {
  it("counts the narrative only when it carries the context of a weakness", () => {
    expect(confidentialShown("a1", [], narrative(["Leave for a family illness"])).narrativeVersion).toBe(3);
    expect(confidentialShown("a1", [], narrative([])).narrativeVersion).toBeNull();
    expect(confidentialShown("a1", ["STEP_FAILURE"], null)).toEqual({ applicantId: "a1", redFlags: ["STEP_FAILURE"], narrativeVersion: null });
  });
});

describe("confidentialViewEntries", () => {
  it("writes one row per applicant shown something confidential, and none for the others", () => {
    const entries = confidentialViewEntries("advocate.home", [
      confidentialShown("a1", ["STEP_FAILURE", "LEAVE_OF_ABSENCE"], null),
      confidentialShown("a2", [], null),
      confidentialShown("a3", [], narrative(["context"])),
    ]);
    expect(entries).toEqual([
      {
        action: "confidential.view",
        entityType: "ApplicantProfile",
        entityId: "a1",
        applicantId: "a1",
        after: { page: "advocate.home", redFlags: ["STEP_FAILURE", "LEAVE_OF_ABSENCE"], narrativeVersion: null },
      },
      {
        action: "confidential.view",
        entityType: "ApplicantProfile",
        entityId: "a3",
        applicantId: "a3",
        after: { page: "advocate.home", redFlags: [], narrativeVersion: 3 },
      },
    ]);
    // The words of a red flag or a narrative never enter the log.
    expect(JSON.stringify(entries)).not.toContain("context");
  });
});

describe("describeAccess", () => {
  it("says what was seen and where", () => {
    expect(describeAccess("confidential.view", { page: "advocate.applicant", redFlags: ["STEP_FAILURE"], narrativeVersion: 2 })).toBe(
      "Saw red flags (a Step 1 or Step 2 CK failure) and the narrative (version 2) on the advocate's page of the applicant",
    );
    expect(describeAccess("record.export", { format: "csv" })).toBe("Downloaded the whole record (CSV)");
  });

  it("reads a stored row as hostile: unknown kinds and pages are left out", () => {
    expect(describeAccess("confidential.view", { page: "elsewhere", redFlags: ["<script>"], narrativeVersion: "2" })).toBe("Saw confidential details");
    expect(describeAccess("confidential.view", null)).toBe("Saw confidential details");
  });
});
