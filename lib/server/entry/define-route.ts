// The one way to write a route handler: parse the route's parameters with a zod schema, admit the
// actor exactly as server actions do (guard.ts), run the handler, and answer every error as the
// one result type's error body with its HTTP status. A refused role answers 404, as a missing
// record does: probing ids teaches nothing.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Actor } from "../core/actor";
import { AppError, HTTP_STATUS, databaseUnavailable, isDatabaseUnavailable, notFound, toErrorBody } from "../core/errors";
import { parseInput } from "../core/validate";
import { admit } from "./guard";
import { mark, type Guard } from "./registry";
import { currentScope, type EntryScope } from "./scope";

export interface RouteContext<P> {
  scope: EntryScope;
  actor: Actor | null;
  applicantId: string | null;
  params: P;
  request: NextRequest;
}

interface RouteDefinition<S extends z.ZodType> {
  name: string;
  guard: Guard;
  params: S;
  applicant?: "own" | ((params: z.output<S>) => string);
  handle: (ctx: RouteContext<z.output<S>>) => Promise<Response>;
  /** What a refusal says the record was, for the 404 a refused role gets: "That interview". */
  notFoundAs?: string;
}

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type RouteHandler = (request: NextRequest, context: NextRouteContext) => Promise<Response>;

export function defineRoute<S extends z.ZodType>(definition: RouteDefinition<S>): RouteHandler {
  const { name, guard, applicant } = definition;
  async function handler(request: NextRequest, context: NextRouteContext): Promise<Response> {
    const scope = currentScope();
    try {
      const params = parseInput(definition.params, (await context?.params) ?? {});
      const { actor, applicantId } = await admit(scope, guard, () => (typeof applicant === "function" ? applicant(params) : null), {
        own: applicant === "own",
      });
      return await definition.handle({ scope, actor, applicantId, params, request });
    } catch (error) {
      if (!(error instanceof AppError)) {
        console.error(`route ${name} failed`, error);
        if (isDatabaseUnavailable(error)) return errorResponse(databaseUnavailable(error));
        return Response.json({ ok: false, code: "INTERNAL", message: "Something went wrong on our side. Try again in a moment." }, { status: 500 });
      }
      const answered = error.code === "FORBIDDEN" ? notFound(definition.notFoundAs ?? "That page") : error;
      return errorResponse(answered);
    }
  }
  return mark(handler, { kind: "route", name, guard, applicant: applicant === "own" ? "own" : applicant ? "input" : "none" });
}

function errorResponse(error: AppError): Response {
  return Response.json(toErrorBody(error), { status: HTTP_STATUS[error.code], ...(error.code === "UNAVAILABLE" ? { headers: { "retry-after": "30" } } : {}) });
}
