import "server-only";
// The server's log: pino, one JSON line per event on stdout. Every line written while a request
// is handled carries its request id (and, once known, the acting user's id), from the request's
// log context (AsyncLocalStorage). The HTTP server (scripts/serve.ts) and the app's bundled code
// are separate module instances, so the logger and the context live on globalThis: the server
// installs its logger (log-setup.ts) before Next.js loads, and the bundle writes through it.
// Next.js runs pages, actions and route handlers in a clean async context of its own, so the
// server also keeps each open request's context by its id (the X-Request-Id header the server
// sets on the request, never the client's), and the app's entry points step back into it.
// What a line may hold: ids, kinds, counts, durations, route patterns. Never an email address, a
// name, a narrative or a red flag.
import { AsyncLocalStorage } from "node:async_hooks";
import { pino, type Logger, type LoggerOptions } from "pino";

export type { Logger };

/** The request header that carries the request's id, as the HTTP server set it. */
export const REQUEST_ID_HEADER = "x-request-id";

/** What every line written during one request carries. */
export interface LogContext {
  requestId: string;
  /** The signed-in user's id, once currentActor() has resolved it. */
  actorId?: string;
  /** The server action the request called (its entry point's name), once it runs. */
  action?: string;
}

interface Shared {
  logger: Logger | null;
  context: AsyncLocalStorage<LogContext>;
  /** The requests being handled, by request id. */
  open: Map<string, LogContext>;
}

const holder = globalThis as typeof globalThis & { soapDeskLog?: Shared };
const shared: Shared = (holder.soapDeskLog ??= { logger: null, context: new AsyncLocalStorage<LogContext>(), open: new Map() });

/** LOG_LEVEL, when it names a level pino knows; info otherwise. */
export function logLevel(source: NodeJS.ProcessEnv = process.env): string {
  const level = source.LOG_LEVEL?.trim().toLowerCase();
  return level && level in pino.levels.values ? level : level === "silent" ? "silent" : "info";
}

/** The options every SOAP Desk logger shares: level, ISO time, no host name, the request's context. */
export function loggerOptions(source: NodeJS.ProcessEnv = process.env): LoggerOptions {
  return {
    level: logLevel(source),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const context = shared.context.getStore();
      if (!context) return {};
      return {
        requestId: context.requestId,
        ...(context.actorId ? { actorId: context.actorId } : {}),
        ...(context.action ? { action: context.action } : {}),
      };
    },
  };
}

/** Makes `logger` the process's logger (the server does, before anything logs). */
export function installLogger(logger: Logger): void {
  shared.logger = logger;
}

/** The process's logger: the installed one, or JSON lines on stdout. */
export function log(): Logger {
  shared.logger ??= pino(loggerOptions());
  return shared.logger;
}

/** Runs `fn` with `context` as the log context of everything it starts, until `done` forgets it. */
export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  shared.open.set(context.requestId, context);
  return shared.context.run(context, fn);
}

/** The request is answered: its context is no longer found by its id. */
export function forgetLogContext(context: LogContext): void {
  shared.open.delete(context.requestId);
}

/** The open request with this id (the header the server set), if any. */
function openContext(requestId: string | null | undefined): LogContext | undefined {
  return shared.context.getStore() ?? (requestId ? shared.open.get(requestId) : undefined);
}

/** Runs `fn` in the log context of the open request with this id (as is, when there is none). */
export function inRequestLogContext<T>(requestId: string | null | undefined, fn: () => T): T {
  const context = openContext(requestId);
  return context && context !== shared.context.getStore() ? shared.context.run(context, fn) : fn();
}

/** The current request's log context, if any. */
export function currentLogContext(): LogContext | undefined {
  return shared.context.getStore();
}

/** Records the acting user's id (the id only) in the request's log context. */
export function recordActorForLog(userId: string, requestId?: string | null): void {
  const context = openContext(requestId);
  if (context) context.actorId = userId;
}

/** Records the server action the request called (its entry point's name) in the request's log context. */
export function recordActionForLog(action: string): void {
  const context = shared.context.getStore();
  if (context) context.action = action;
}

const ADDRESS = /[^\s<>@"'(),;:]+@[^\s<>@"'(),;:]+/g;

/** An error as a log line holds it: its kind, message and stack, with any email address blanked out. */
export function errorFields(error: unknown): { error: { type: string; message: string; stack?: string } } {
  const clean = (text: string) => text.replace(ADDRESS, "[address]");
  if (error instanceof Error) return { error: { type: error.name, message: clean(error.message), ...(error.stack ? { stack: clean(error.stack) } : {}) } };
  return { error: { type: typeof error, message: clean(String(error)) } };
}
