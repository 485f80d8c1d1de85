// Calling a server action of the production build over HTTP, as React's client does: a POST with
// the action's id in the Next-Action header and its arguments encoded as React encodes a reply.
// For actions that need the real request (its headers, cookies, Auth.js), which only a running
// app gives them. The id comes from the build's server-reference manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ActionResult } from "@/lib/domain/action-result";
import { PROJECT_ROOT as ROOT } from "../../scripts/db/schema-engine";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

export interface ActionAddress {
  id: string;
  /** A page that bundles the action: the POST goes there. */
  page: string;
}

export interface BuiltAction extends ActionAddress {
  file: string;
  exportedName: string;
}

/** Every server action of the production build, each with a page that bundles it. */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).flatMap(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((name) => !name.includes("["));
    if (!worker || !entry.filename || !entry.exportedName) return [];
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]*\)/g, "") || "/";
    return [{ id, page, file: entry.filename, exportedName: entry.exportedName }];
  });
}

/** Where the build put the action exported as `exportedName` from `file` (relative to the project). */
export function findBuiltAction(file: string, exportedName: string): ActionAddress {
  const found = builtActions().find((action) => action.file === file && action.exportedName === exportedName);
  if (!found) throw new Error(`The production build has no server action ${file}#${exportedName}: rebuild with npx next build.`);
  return { id: found.id, page: found.page };
}

/** A value as React's encodeReply writes it: strings starting with "$" escaped, and the values JSON lacks. */
function encodeReplyValue(value: unknown): unknown {
  if (value === undefined) return "$undefined";
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "$NaN";
    if (value === Infinity) return "$Infinity";
    if (value === -Infinity) return "$-Infinity";
    if (Object.is(value, -0)) return "$-0";
    return value;
  }
  if (Array.isArray(value)) return value.map(encodeReplyValue);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeReplyValue(item)]));
  return value;
}

/** The action's ActionResult in a Flight answer (one JSON row per line, "<hex id>:<json>"), if any. */
function resultIn(flight: string): ActionResult<unknown> | undefined {
  for (const line of flight.split("\n")) {
    const json = /^[0-9a-f]+:(\{.*\})$/.exec(line)?.[1];
    if (!json) continue;
    try {
      const row = JSON.parse(json) as Record<string, unknown>;
      if (typeof row.ok === "boolean") return row as unknown as ActionResult<unknown>;
    } catch {
      // Not a JSON row (a text chunk): keep looking.
    }
  }
  return undefined;
}

export interface HttpActionAnswer {
  status: number;
  /** Undefined when the action redirected (sign-out, single sign-on) instead of answering. */
  result: ActionResult<unknown> | undefined;
}

export async function callActionOverHttp(address: string, action: ActionAddress, input: unknown, cookie?: string): Promise<HttpActionAnswer> {
  const response = await fetch(`${address}${action.page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: address,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([encodeReplyValue(input)]),
  });
  return { status: response.status, result: resultIn(await response.text()) };
}
