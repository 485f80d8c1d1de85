// The rules stay pure: nothing in lib/domain reaches the database, the framework, the server
// layer or Node's I/O. (ESLint enforces the same; this test keeps it true if the config drifts.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DOMAIN = path.resolve(__dirname, "../../lib/domain");
const FORBIDDEN = [/^@prisma\//, /^prisma/, /generated/, /^next(\/|$)/, /^next-auth/, /^react/, /lib\/server/, /^\.\.\/server/, /^node:/, /^pg$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("lib/domain", () => {
  const files = sourceFiles(DOMAIN);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(DOMAIN, f), f]))("%s imports nothing from Prisma, Next.js, React, lib/server or Node I/O", (_name, file) => {
    const bad = importsOf(file).filter((spec) => FORBIDDEN.some((pattern) => pattern.test(spec)));
    expect(bad).toEqual([]);
  });
});

// A client component that reaches lib/server, however indirectly, must fail the build rather than
// ship server code (and its secrets' names) to the browser: every module there opens with the marker.
describe("lib/server", () => {
  const SERVER = path.resolve(__dirname, "../../lib/server");
  const files = sourceFiles(SERVER);

  it.each(files.map((f) => [path.relative(SERVER, f), f]))('%s opens with import "server-only"', (_name, file) => {
    expect(readFileSync(file, "utf8").split("\n")[0]).toBe('import "server-only";');
  });
});
