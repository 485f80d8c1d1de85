// The code cites only what ships with it. A comment that says "see SPEC section 3" or
// "ARCHITECTURE.md" sends a reader to a document the repository does not hold; the why belongs in
// the comment itself, or in docs/architecture.md or the README. Whole words only: SPECIALTY is a
// word of the domain, not a citation.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["lib", "app", "components", "scripts", "prisma"];
// Generated from prisma/schema.prisma (checked here itself); a migration's snapshot is history.
const SKIP = [/^lib\/generated\//, /^prisma\/migrations\//];
const CITATION = /ARCHITECTURE\.md|TOOLCHAIN\.md|DESIGN\.md|\bSPEC\b/;
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

  it("are cited nowhere in lib, app, components, scripts or prisma", () => {
    const hits = sources.flatMap((file) =>
      readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .flatMap((line, index) => (CITATION.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
