// The entry points of the app, read off the code: every module of app/ that Next.js serves as an
// entry (route handlers, and files that start with "use server") is imported, and each of its
// exports is reported with the mark defineAction or defineRoute left on it (or none).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ActorRole } from "@/lib/server/core/actor";
import { entryPointOf, type EntryPoint } from "@/lib/server/entry/registry";

export const ROOT = path.resolve(__dirname, "../..");

/** Route segment settings Next.js reads from a route file; not entry points. */
const ROUTE_SETTINGS = new Set(["dynamic", "dynamicParams", "revalidate", "fetchCache", "runtime", "preferredRegion", "maxDuration"]);

export interface FoundExport {
  /** "app/applicant/actions.ts#addTargetAction" */
  key: string;
  file: string;
  kind: "action" | "route";
  value: unknown;
  entry: EntryPoint | undefined;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * The role whose screens an entry point serves, read off the folder it lives in (app/applicant,
 * app/advocate, app/dean, and their app/api/ routes); null for those anyone signed in, or anyone,
 * uses. Independent of what the entry point declares, so the tests can hold the declaration to it.
 */
export function screenRole(file: string): ActorRole | null {
  const folder = /^app\/(?:api\/)?(applicant|advocate|dean)\//.exec(file)?.[1];
  return folder ? (folder.toUpperCase() as ActorRole) : null;
}

export function isServerActionModule(text: string): boolean {
  return /^\s*(["'])use server\1/.test(text.replace(/^(\s*\/\/.*\n)*/, ""));
}

/** Files under `dir` (relative to the project) that start with "use server". */
export function serverActionFiles(dir: string): string[] {
  return files(path.join(ROOT, dir))
    .filter((file) => isServerActionModule(readFileSync(file, "utf8")))
    .map((file) => path.relative(ROOT, file).split(path.sep).join("/"));
}

export async function findEntryExports(): Promise<FoundExport[]> {
  const found: FoundExport[] = [];
  for (const file of files(path.join(ROOT, "app"))) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    const route = /\/route\.tsx?$/.test(rel);
    if (!route && !isServerActionModule(readFileSync(file, "utf8"))) continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (route && ROUTE_SETTINGS.has(name)) continue;
      found.push({ key: `${rel}#${name}`, file: rel, kind: route ? "route" : "action", value, entry: entryPointOf(value) });
    }
  }
  return found.sort((a, b) => a.key.localeCompare(b.key));
}
