import "server-only";
// The one way to write a server action. Parse the input with its zod schema, admit the actor
// (guard.ts: signed in, role, and the applicant it touches, before anything about them is read),
// run the use case, refresh the pages it changed, and answer one ActionResult, whatever failed.
// Called with an object (from an event handler) or with a form (useActionState, or a browser
// without JavaScript): a form's fields are the input, and an error gives them back.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult, ServerAction } from "@/lib/domain/action-result";
import type { Warning } from "@/lib/domain/rules/decision";
import type { Actor } from "../core/actor";
import type { Clock } from "../core/clock";
import type { Db } from "../core/db";
import { AppError, databaseUnavailable, isDatabaseUnavailable, toErrorBody } from "../core/errors";
import { assertAccessChecked, type Admitted } from "./admitted";
import { parseInput } from "../core/validate";
import { admit } from "./guard";
import { entryPoint, mark, type Guard, type Screens } from "./registry";
import { currentScope, directCallScope, runInScope } from "./scope";
import { offerDirectCall } from "./direct-calls";
import { errorFields, inRequestLogContext, log, recordActionForLog } from "../core/log";
import { currentRequestId } from "./log-context";

/** What a guarded action's use case gets: the context its guard admitted. */
export type ActionContext = Admitted;

/** A public action (signing in) may have nobody signed in, and is admitted for nothing. */
export interface PublicContext {
  db: Db;
  clock: Clock;
  actor: Actor | null;
  applicantId: null;
}

type ContextFor<G extends Guard> = G extends "public" ? PublicContext : ActionContext;

/** A use case's answer: the rules' warnings, data for the client, and what a form announces. */
export interface Outcome<D> {
  warnings?: Warning[];
  data?: D;
  message?: string;
  notice?: string;
}

type Definition<S extends z.ZodType, D, G extends Guard> = Screens<G> & {
  name: string;
  guard: G;
  input: S;
  /** The applicant it acts on: the applicant actor's own record, or one named in the input. */
  applicant?: "own" | ((input: z.output<S>) => string);
  /** A command on the applicant: its use case checks access in the lock (registry.ts). */
  command?: boolean;
  run: (ctx: ContextFor<G>, input: z.output<S>) => Promise<Outcome<D>>;
  /** Pages to refresh after a success (read-only actions, such as searches and previews, have none). */
  revalidate?: string;
  /**
   * It works with Next.js's own request (cookies, redirects: signing out), so the HTTP front
   * never answers it itself (direct-calls.ts).
   */
  nextRequest?: true;
};

const FAILED = "Something went wrong on our side; nothing was saved. Try again in a moment.";

/** A form's text fields as the input object (React adds $ACTION_* fields of its own). */
function formInput(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

export function defineAction<S extends z.ZodType, D = undefined, G extends Guard = Guard>(definition: Definition<S, D, G>): ServerAction<z.input<S>, D> {
  const { name, applicant } = definition;
  const entry = entryPoint("action", definition);
  // Every line the action logs carries its request's id and actor.
  async function action(...args: unknown[]): Promise<ActionResult<D>> {
    return inRequestLogContext(await currentRequestId(), () => run(...args));
  }
  async function run(...args: unknown[]): Promise<ActionResult<D>> {
    recordActionForLog(name);
    const form = args.find((arg): arg is FormData => arg instanceof FormData);
    const raw = form ? formInput(form) : args[0];
    const scope = currentScope();
    try {
      const input = parseInput(definition.input, raw);
      const { admitted, actor } = await admit(scope, entry, () => (typeof applicant === "function" ? applicant(input) : null));
      // admit() admits every guard but "public", whose context allows nobody signed in.
      const context = admitted ?? { db: scope.db, clock: scope.clock, actor, applicantId: null };
      const outcome = await definition.run(context as ContextFor<G>, input);
      if (admitted) assertAccessChecked(admitted);
      if (actor) scope.committed?.(actor.schoolId);
      // A form (useActionState, or a browser without JavaScript) gets the refreshed page in the
      // same answer. A call from an event handler gets its result alone, at once, and its
      // browser asks for the page afresh (useServerAction): the write is not held up by a
      // re-render of the whole workspace.
      const refresh = definition.revalidate !== undefined;
      if (refresh && form) scope.revalidate(definition.revalidate!);
      return { ok: true, warnings: outcome.warnings ?? [], ...pick(outcome), ...(refresh && !form ? { refresh: true as const } : {}) };
    } catch (error) {
      // Next.js's own control flow (redirect() after signing in) is not a failure.
      unstable_rethrow(error);
      const values = form ? formInput(form) : undefined;
      if (error instanceof AppError) return { ...toErrorBody(error), ...(values ? { values } : {}) };
      log().error({ entry: name, ...errorFields(error) }, "action failed");
      // An unreachable database is said as such, never as a lost session or a vague failure.
      if (isDatabaseUnavailable(error)) return { ...toErrorBody(databaseUnavailable(error)), ...(values ? { values } : {}) };
      return { ok: false, code: "INTERNAL", message: FAILED, ...(values ? { values } : {}) };
    }
  }
  // A guarded action called from a page's script may be answered by the HTTP front itself.
  if (definition.guard !== "public" && !definition.nextRequest)
    offerDirectCall(action, { name, call: (args, request) => runInScope(directCallScope(request), () => run(...args)) });
  return mark(action, entry) as ServerAction<z.input<S>, D>;
}

function pick<D>({ data, message, notice }: Outcome<D>) {
  return { ...(data === undefined ? {} : { data }), ...(message ? { message } : {}), ...(notice ? { notice } : {}) };
}
