// The code cites only what ships with it. A comment that cites the product's specification by
// section, or an architecture or toolchain file that lives outside the repository, sends a reader
// to a document the repository does not hold; the why belongs in the comment itself, or in
// docs/architecture.md or the README. The search is as plain as the one a reviewer types.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["lib", "app", "components", "scripts", "prisma", "tests"];
// Generated from prisma/schema.prisma (checked here itself); a migration's snapshot is history.
const SKIP = [/^lib\/generated\//, /^prisma\/migrations\//, /^tests\/unit\/no-outside-documents\.test\.ts$/];
const CITATION = /ARCHITECTURE\.md|TOOLCHAIN\.md|DESIGN\.md|SPEC/;
const TEXT = /\.(ts|tsx|js|mjs|css|md|prisma|sql)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = path.relative(ROOT, full).split(path.sep).join("/");
    if (SKIP.some((pattern) => pattern.test(relative + "/") || pattern.test(relative))) return [];
    if (statSync(full).isDirectory()) return files(full);
    return TEXT.test(name) ? [relative] : [];
  });
}

describe("documents outside the repository", () => {
  const sources = FOLDERS.flatMap((folder) => files(path.join(ROOT, folder)));

  it("has files to search", () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it("are cited nowhere in lib, app, components, scripts, prisma or tests", () => {
    const hits = sources.flatMap((file) =>
      readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .flatMap((line, index) => (CITATION.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
