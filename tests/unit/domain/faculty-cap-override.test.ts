// After the dean's office overrides the faculty-contact cap, every reader sees the raised limit in
// force, never "over a cap … new outreach is refused" with 9 of 8.
import { describe, expect, it } from "vitest";
import { alertsFor, dashboardRow } from "../../../lib/domain/alerts";
import { aggregateOf } from "../../../lib/domain/dashboard/aggregate";
import { advocateApplicantSummary } from "../../../lib/domain/advocate-view";
import { facultyCapOverrides, facultyLimitInForce, facultyLimitRaised } from "../../../lib/domain/faculty-cap";
import { NOW, given } from "./builders";

/** Nine programs contacted by faculty; the ninth allowed by a dean's override, now used. */
function ninthByOverride(used = true) {
  const b = given().targets(15).assign("adv1");
  for (let i = 1; i <= 15; i++) b.email(`p${i}`);
  for (let i = 1; i <= 9; i++) b.claim(`p${i}`).advocateContact(`p${i}`);
  return b.override("o1", "FACULTY_CAP_REACHED", "p9", used).build();
}

describe("the faculty-contact limit in force", () => {
  it("is the school's cap raised by one per override of that rule, used or not", () => {
    expect(facultyLimitInForce(8, 0)).toBe(8);
    expect(facultyLimitInForce(8, 2)).toBe(10);
    expect(facultyCapOverrides([{ ruleCode: "FACULTY_CAP_REACHED" }, { ruleCode: "NO_CONNECTION" }, { ruleCode: "FACULTY_CAP_REACHED" }])).toBe(2);
  });

  it("is said to each reader only when raised", () => {
    expect(facultyLimitRaised(8, 0, "applicant")).toBeNull();
    expect(facultyLimitRaised(8, 1, "applicant")).toBe("The dean's office raised your faculty-contact limit to 9 (the school's limit is 8).");
    expect(facultyLimitRaised(8, 1, "dean", "Alex Rivera")).toBe(
      "The dean's office raised Alex Rivera's faculty-contact limit to 9 (the school's limit is 8).",
    );
  });

  it("after an override, the dean's alerts say the raised limit and no breach", () => {
    const s = ninthByOverride();
    const alerts = alertsFor(aggregateOf(s, NOW), s.policy, NOW);
    expect(alerts.map((a) => a.code)).not.toContain("ADVOCATE_OVER_CAP");
    expect(alerts.map((a) => a.message).join(" ")).not.toMatch(/Over a cap|new outreach is refused/);
    const reached = alerts.find((a) => a.code === "CAP_REACHED");
    expect(reached?.message).toContain("faculty contacts 9 of 9");
    expect(reached?.message).toContain("The dean's office raised Alex Rivera's faculty-contact limit to 9");
  });

  const facultyWant = (s: ReturnType<typeof ninthByOverride>) => advocateApplicantSummary(s, NOW).wants.find((w) => w.key === "faculty");

  it("after an override, the dashboard row reads 9 of 9, not 9 of 8, and the advocate reads the raised limit", () => {
    const s = ninthByOverride();
    expect(dashboardRow(s, NOW)).toMatchObject({ facultyPrograms: 9, facultyCap: 9 });
    expect(facultyWant(s)).toMatchObject({ count: 9, standing: "at-limit" });
    expect(facultyWant(s)?.want).toContain("the dean's office raised the limit to 9");
  });

  it("an override given and not used yet already raises the limit", () => {
    const s = ninthByOverride(false);
    expect(facultyWant(s)).toMatchObject({ count: 9, standing: "at-limit" });
    expect(facultyWant(s)?.want).toContain("raised the limit to 9");
  });

  it("without an override, nine of eight is still over the cap", () => {
    const b = given().targets(15).assign("adv1");
    for (let i = 1; i <= 9; i++) b.claim(`p${i}`).advocateContact(`p${i}`);
    const s = b.build();
    expect(alertsFor(aggregateOf(s, NOW), s.policy, NOW).map((a) => a.code)).toContain("ADVOCATE_OVER_CAP");
  });
});
