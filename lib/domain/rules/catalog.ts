// Every refusal code with its words, assembled from the theme files that define each entry next to
// its one check. Nothing here is written twice: the codes are the catalog's keys.
import { CAP_RULES } from "./caps";
import { CLAIM_RULES } from "./claims";
import { ELIGIBILITY_RULES } from "./eligibility";
import { NUDGE_RULES } from "./nudges";
import { OFFER_RULES } from "./offers";
import { ORDERING_RULES } from "./ordering";
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
} as const;

export type RuleCode = keyof typeof RULE_CATALOG;

export const RULE_CODES = Object.keys(RULE_CATALOG) as RuleCode[];
