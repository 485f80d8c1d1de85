// The gallery's sample answers, shared by its server and browser parts.
import type { ActionResult } from "@/lib/domain/action-result";

export const SAMPLE_REFUSAL: ActionResult = {
  ok: false,
  code: "RULE_REFUSED",
  message: "Not allowed yet",
  rule: {
    ruleCode: "NOT_APPLIED",
    reason: "If your name is not already in ERAS for that position, the program director has nowhere to look you up.",
    next: "Apply to this program in ERAS, then mark it applied.",
    overridable: false,
  },
};
