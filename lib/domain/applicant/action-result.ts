// What every applicant server action returns: allowed (with the rules' warnings), or the error
// body of lib/server/errors.ts toErrorBody, so a form can show a refusal's reason and next step.
import type { Warning } from "../rules/decision";

export interface RefusalBody {
  ruleCode: string;
  reason: string;
  next: string;
  overridable: boolean;
}

export type ActionOk<T = undefined> = { ok: true; warnings: Warning[]; data?: T };
export type ActionError = {
  ok: false;
  code: string;
  message: string;
  rule?: RefusalBody;
  fieldErrors?: Record<string, string[]>;
};
export type ActionResult<T = undefined> = ActionOk<T> | ActionError;
