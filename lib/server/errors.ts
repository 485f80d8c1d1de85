// One error type for the server layer. Business refusals from lib/domain become RULE_REFUSED with
// the rule's stable code, its plain-English reason and the next step; adapters map codes to HTTP.
export type AppErrorCode = "RULE_REFUSED" | "INVALID_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "RATE_LIMITED";

export interface RuleRefusal {
  ruleCode: string;
  reason: string;
  next: string;
  overridable: boolean;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly refusal?: RuleRefusal;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, extra: { refusal?: RuleRefusal; fieldErrors?: Record<string, string[]> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.refusal = extra.refusal;
    this.fieldErrors = extra.fieldErrors;
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  RULE_REFUSED: 422,
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function refused(refusal: RuleRefusal): AppError {
  return new AppError("RULE_REFUSED", refusal.reason, { refusal });
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}

/** The shape a server action or route handler returns for a failure, ready for a form. */
export function toErrorBody(error: AppError) {
  return {
    ok: false as const,
    code: error.code,
    message: error.message,
    ...(error.refusal ? { rule: error.refusal } : {}),
    ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
  };
}
