// Runs a decider's checks in order. The first refusal wins unless it is overridable and the dean's
// office left an unused override for that rule (and program); then the decision goes on, noting it.
import type { ApplicantSnapshot, SnapshotOverride } from "../snapshot";
import { RULE_CATALOG } from "./catalog";
import { allow, type Decision, type Refused, type Warning } from "./decision";

export type Check = () => Refused | null;

function findOverride(s: ApplicantSnapshot, code: string, programId: string | null, taken: readonly string[] = []): SnapshotOverride | undefined {
  return s.overrides.find(
    (o) =>
      !o.used &&
      !taken.includes(o.id) &&
      o.ruleCode === code &&
      // An applicant-wide override (no program) covers any program; a program override only its own.
      (o.programId === null || o.programId === programId),
  );
}

export function evaluate(s: ApplicantSnapshot, programId: string | null, checks: readonly Check[], warnings: () => Warning[] = () => []): Decision {
  const used: string[] = [];
  const overridden: Warning[] = [];
  for (const check of checks) {
    const refusal = check();
    if (refusal === null) continue;
    const override = refusal.overridable ? findOverride(s, refusal.code, programId, used) : undefined;
    if (!override) return refusal;
    used.push(override.id);
    overridden.push({
      code: "OVERRIDDEN",
      message: `Allowed by a dean's office override of "${RULE_CATALOG[refusal.code].title}".`,
    });
  }
  return allow([...warnings(), ...overridden], used);
}
