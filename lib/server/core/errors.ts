import "server-only";
// One error type for the server layer, with the code union and refusal shape of the one result
// type (lib/domain/action-result.ts). Business refusals from lib/domain become RULE_REFUSED with
// the rule's stable code, its plain-English reason and the next step; HTTP_STATUS maps codes.
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE, type ActionError, type ErrorCode, type RefusalBody } from "@/lib/domain/action-result";

export type AppErrorCode = ErrorCode;
export type RuleRefusal = RefusalBody;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly refusal?: RuleRefusal;
  readonly fieldErrors?: Record<string, string[]>;
  /** Kept by Next.js into a page's error boundary (whose message it hides in production). */
  readonly digest?: string;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { refusal?: RuleRefusal; fieldErrors?: Record<string, string[]>; cause?: unknown; digest?: string } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = "AppError";
    this.code = code;
    this.refusal = extra.refusal;
    this.fieldErrors = extra.fieldErrors;
    if (extra.digest) this.digest = extra.digest;
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
  UNAVAILABLE: 503,
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

// Prisma's "cannot reach / timed out / closed / no connection from the pool / no transaction
// started (or kept) in time" codes (a timed-out transaction is rolled back: nothing saved), the driver
// adapter's kinds for the same, the socket errors of node-postgres, and PostgreSQL's connection
// and shutdown SQLSTATEs (class 08, 57P01-57P03, 53300 too many connections).
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "EAI_AGAIN"]);
const UNREACHABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNREACHABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Connection is closed|Client has encountered a connection error/i;

function unreachableHere(error: object): boolean {
  const { name, code, kind, message } = error as { name?: unknown; code?: unknown; kind?: unknown; message?: unknown };
  if (name === "PrismaClientInitializationError") return true;
  if (typeof code === "string" && (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SOCKET_CODES.has(code) || UNREACHABLE_SQLSTATE.test(code))) return true;
  if (typeof kind === "string" && UNREACHABLE_ADAPTER_KINDS.has(kind)) return true;
  return typeof message === "string" && UNREACHABLE_MESSAGE.test(message);
}

/**
 * The one place that tells a database that cannot be reached (down, refusing, dropped the
 * connection, or no connection free in time) from any other failure. Looks through the causes
 * Prisma and its driver adapter wrap, and through an AggregateError's errors (a host with several
 * addresses refusing each).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof AppError) {
      if (current.code === "UNAVAILABLE") return true;
      continue;
    }
    if (unreachableHere(current)) return true;
    const { cause, errors, meta, driverAdapterError } = current as { cause?: unknown; errors?: unknown; meta?: unknown; driverAdapterError?: unknown };
    pending.push(cause, meta, driverAdapterError);
    if (Array.isArray(errors)) pending.push(...(errors as unknown[]));
  }
  return false;
}

/** The database could not be reached: a 503 that says so, and that no change was made. */
export function databaseUnavailable(cause?: unknown): AppError {
  return new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { cause, digest: DATABASE_UNAVAILABLE_DIGEST });
}
