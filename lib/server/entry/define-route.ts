import "server-only";
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
import { entryPoint, mark, type Guard, type Screens } from "./registry";
import { currentScope, type EntryScope } from "./scope";
import { errorFields, inRequestLogContext, log, REQUEST_ID_HEADER } from "../core/log";

export interface RouteContext<P> {
  scope: EntryScope;
  actor: Actor | null;
  applicantId: string | null;
  params: P;
  request: NextRequest;
}

type RouteDefinition<S extends z.ZodType, G extends Guard> = Screens<G> & {
  name: string;
  guard: G;
  params: S;
  applicant?: "own" | ((params: z.output<S>) => string);
  handle: (ctx: RouteContext<z.output<S>>) => Promise<Response>;
  /** What a refusal says the record was, for the 404 a refused role gets: "That interview". */
  notFoundAs?: string;
};

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type RouteHandler = (request: NextRequest, context: NextRouteContext) => Promise<Response>;

export function defineRoute<S extends z.ZodType, G extends Guard>(definition: RouteDefinition<S, G>): RouteHandler {
  const { name, applicant } = definition;
  const entry = entryPoint("route", definition);
  // Every line the handler logs carries its request's id and actor.
  function handler(request: NextRequest, context: NextRouteContext): Promise<Response> {
    return inRequestLogContext(request.headers.get(REQUEST_ID_HEADER), () => handle(request, context));
  }
  async function handle(request: NextRequest, context: NextRouteContext): Promise<Response> {
    const scope = currentScope();
    try {
      const params = parseInput(definition.params, (await context?.params) ?? {});
      const { admitted, actor } = await admit(scope, entry, () => (typeof applicant === "function" ? applicant(params) : null));
      return await definition.handle({ scope, actor, applicantId: admitted?.applicantId ?? null, params, request });
    } catch (error) {
      if (!(error instanceof AppError)) {
        log().error({ entry: name, ...errorFields(error) }, "route failed");
        if (isDatabaseUnavailable(error)) return errorResponse(databaseUnavailable(error));
        return Response.json({ ok: false, code: "INTERNAL", message: "Something went wrong on our side. Try again in a moment." }, { status: 500 });
      }
      const answered = error.code === "FORBIDDEN" ? notFound(definition.notFoundAs ?? "That page") : error;
      return errorResponse(answered);
    }
  }
  return mark(handler, entry);
}

function errorResponse(error: AppError): Response {
  return Response.json(toErrorBody(error), { status: HTTP_STATUS[error.code], ...(error.code === "UNAVAILABLE" ? { headers: { "retry-after": "30" } } : {}) });
}
