// Authorization coverage: every server action and route handler in app/ has an entry in the
// entry-point table, and every entry names an action of the can() table.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "@/lib/server/auth/entry-points";
import { ACTIONS } from "@/lib/server/auth/policy";

const ROOT = path.resolve(__dirname, "../..");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function exportedNames(text: string): string[] {
  const names = [...text.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Za-z0-9_$]+)/g)].map((m) => m[1]!);
  for (const m of text.matchAll(/export\s*\{([^}]+)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const alias = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (alias) names.push(alias);
    }
  }
  return names;
}

function entryPoints(): string[] {
  const found: string[] = [];
  for (const file of files(path.join(ROOT, "app"))) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    const text = readFileSync(file, "utf8");
    if (/\/route\.tsx?$/.test(rel)) {
      for (const name of exportedNames(text).filter((n) => HTTP_METHODS.includes(n))) found.push(`${rel}#${name}`);
    } else if (/^\s*(["'])use server\1/.test(text.replace(/^(\s*\/\/.*\n)*/, ""))) {
      for (const name of exportedNames(text)) found.push(`${rel}#${name}`);
    }
  }
  return found.sort();
}

describe("entry points", () => {
  const found = entryPoints();

  it("finds the route handlers", () => {
    expect(found).toContain("app/api/health/route.ts#GET");
  });

  it("lists every server action and route handler in the authorization table", () => {
    expect(found.filter((key) => !(key in ENTRY_POINTS))).toEqual([]);
  });

  it("has no entry for an entry point that no longer exists", () => {
    expect(Object.keys(ENTRY_POINTS).filter((key) => !found.includes(key))).toEqual([]);
  });

  it("names only known actions", () => {
    const known = new Set<string>([...ACTIONS, "public", "session"]);
    expect(Object.values(ENTRY_POINTS).filter((guard) => !known.has(guard))).toEqual([]);
  });
});
