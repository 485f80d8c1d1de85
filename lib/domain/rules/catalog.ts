// Every refusal code with its words, assembled from the theme files that define each entry next to
// its one check. The codes themselves are listed in rule-code.ts; the types below hold the two
// lists to each other, so neither can gain a code the other lacks.
import { CAP_RULES } from "./caps";
import { CLAIM_RULES } from "./claims";
import { ELIGIBILITY_RULES } from "./eligibility";
import { NUDGE_RULES } from "./nudges";
import { OFFER_RULES } from "./offers";
import { ORDERING_RULES } from "./ordering";
import { RULE_CODES, type RuleCode } from "./rule-code";
import { TARGET_LIST_RULES } from "./target-list";
import { TASK_RULES } from "./tasks";

export const RULE_CATALOG = {
  ...TARGET_LIST_RULES,
  ...ORDERING_RULES,
  ...CAP_RULES,
  ...ELIGIBILITY_RULES,
  ...CLAIM_RULES,
  ...OFFER_RULES,
  ...TASK_RULES,
  ...NUDGE_RULES,
} as const satisfies Record<RuleCode, unknown>;

// A theme entry whose key is not in RULE_CODES makes this `false` and the line below fail to compile.
type NoStrayEntry = Exclude<keyof typeof RULE_CATALOG, RuleCode> extends never ? true : false;
const noStrayEntry: NoStrayEntry = true;
void noStrayEntry;

export { RULE_CODES, type RuleCode };
