// The playbook's numbers for one applicant, said as what the playbook wants (15–20 programs,
// 3–8 faculty contacts), not as bars to fill up. What an advocate reads follows their kind: a
// resident is not faculty, so a resident reads the resident's limit, not the faculty minimum.
import type { ApplicantSnapshot } from "../snapshot";
import { appliedCount, facultyProgramIds, residentContacts } from "../snapshot-queries";
import { targetListSizeStatus } from "../rules/target-list";
import { facultyCapOverrides, facultyLimitInForce } from "../faculty-cap";
import type { AdvocateKind } from "../types";

/** Where a count stands against what the playbook wants: below it, within it, past it, or at a hard limit. */
export type WantStanding = "below" | "within" | "above" | "at-limit";

export interface PlaybookWant {
  key: "list" | "faculty" | "resident" | "applied";
  label: string;
  count: number;
  want: string;
  standing: WantStanding;
}

/** `kind`: the advocate reading; null for the dean's office, who reads the faculty numbers. */
export function playbookWants(s: ApplicantSnapshot, kind: AdvocateKind | null): PlaybookWant[] {
  const p = s.policy;
  const listSize = targetListSizeStatus(s.targets.length, p);
  const applied = appliedCount(s);
  const wants: PlaybookWant[] = [
    {
      key: "list",
      label: "Programs on the list",
      count: s.targets.length,
      want: `The playbook wants ${p.targetListMin}–${p.targetListMax} realistic programs.`,
      standing: listSize === "short" ? "below" : listSize === "long" ? "above" : "within",
    },
  ];
  if (kind === "RESIDENT") {
    const count = residentContacts(s).length;
    wants.push({
      key: "resident",
      label: "Messages from residents",
      count,
      want: `At most ${p.maxResidentContacts}, one per program: residents don't carry the weight of faculty.`,
      standing: count >= p.maxResidentContacts ? "at-limit" : "within",
    });
  } else {
    const count = facultyProgramIds(s).size;
    // After the dean's office overrides the cap, the limit in force is the raised one.
    const limit = facultyLimitInForce(p.facultyContactCap, facultyCapOverrides(s.overrides));
    const stops = limit === p.facultyContactCap ? `the school stops at ${limit}` : `the dean's office raised the limit to ${limit}`;
    wants.push({
      key: "faculty",
      label: "Programs contacted by faculty",
      count,
      want: `The playbook wants ${p.facultyContactMinimum}–${p.facultyContactCap} personalized faculty contacts; ${stops}.`,
      standing: count >= limit ? "at-limit" : count < p.facultyContactMinimum ? "below" : "within",
    });
  }
  wants.push({
    key: "applied",
    label: "Applied in SOAP",
    count: applied,
    want: `NRMP allows up to ${p.maxApplications} applications.`,
    standing: applied >= p.maxApplications ? "at-limit" : "within",
  });
  return wants;
}
