// The faculty-contact limit in force for one applicant: the school's cap, raised by one for each
// override of "Faculty contact limit reached" the dean's office gave (each lets one more program
// be contacted by faculty, and stays counted once used). Every screen that shows the cap reads it
// from here, so after an override nobody is told the applicant is "over a cap".

export const FACULTY_CAP_RULE = "FACULTY_CAP_REACHED";

export type CapReader = "applicant" | "advocate" | "dean";

/** How many faculty-cap overrides the dean's office gave the applicant, used or not. */
export function facultyCapOverrides(overrides: readonly { ruleCode: string }[]): number {
  return overrides.filter((o) => o.ruleCode === FACULTY_CAP_RULE).length;
}

export function facultyLimitInForce(schoolCap: number, overrides: number): number {
  return schoolCap + Math.max(0, overrides);
}

/** What a reader is told about a raised limit, or null when the school's own cap applies. */
export function facultyLimitRaised(schoolCap: number, overrides: number, reader: CapReader, applicantName = "the applicant"): string | null {
  if (overrides <= 0) return null;
  const limit = facultyLimitInForce(schoolCap, overrides);
  const whose = reader === "applicant" ? "your" : `${applicantName}'s`;
  return `The dean's office raised ${whose} faculty-contact limit to ${limit} (the school's limit is ${schoolCap}).`;
}
