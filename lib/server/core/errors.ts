// One error type for the server layer, with the code union and refusal shape of the one result
// type (lib/domain/action-result.ts). Business refusals from lib/domain become RULE_REFUSED with
// the rule's stable code, its plain-English reason and the next step; HTTP_STATUS maps codes.
import type { ActionError, ErrorCode, RefusalBody } from "@/lib/domain/action-result";

export type AppErrorCode = ErrorCode;
export type RuleRefusal = RefusalBody;

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
  INTERNAL: 500,
};

export function refused(refusal: RuleRefusal): AppError {
  return new AppError("RULE_REFUSED", refusal.reason, { refusal });
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}

/** The shape a server action or route handler returns for a failure, ready for a form. */
export function toErrorBody(error: AppError): ActionError {
  return {
    ok: false,
    code: error.code,
    message: error.message,
    ...(error.refusal ? { rule: error.refusal } : {}),
    ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
  };
}

/** A unique index refused a write (Prisma's P2002): a concurrent request got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
