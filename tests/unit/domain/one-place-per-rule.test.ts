// One place per rule: a refusal code leads to its rule in one hop. Reads the source of lib/domain
// and fails when a code is refused in more than one place, when a catalog entry is never refused,
// when the refusal is not made by a named check in the entry's own file, or when a refusal is
// built around the catalog (its own object, or its own reason/next words).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_CODES } from "../../../lib/domain/rules/catalog";

const DOMAIN = path.resolve(__dirname, "../../../lib/domain");
// The one module allowed to assemble a Refused object: the builder behind every `refuse`.
const BUILDER = "rules/rule-entry.ts";

interface Source {
  file: string;
  text: string;
}

interface Refusal {
  file: string;
  line: number;
  code: string | null;
  /** The top-level function the call sits in. */
  fn: string | null;
  args: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources: Source[] = sourceFiles(DOMAIN).map((full) => ({
  file: path.relative(DOMAIN, full).split(path.sep).join("/"),
  text: readFileSync(full, "utf8"),
}));

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;
const where = (r: { file: string; line: number }) => `${r.file}:${r.line}`;

/** The text between the parenthesis at `open` and its match. */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

function enclosingFunction(text: string, index: number): string | null {
  let name: string | null = null;
  for (const m of text.matchAll(/^(?:export\s+)?function\s+(\w+)/gm)) {
    if (m.index > index) break;
    name = m[1] ?? null;
  }
  return name;
}

/** Every call that makes a refusal: `refuse(...)`, or a name bound to `refuserFor(...)`. */
function refusals(source: Source): Refusal[] {
  const makers = new Set(["refuse", ...[...source.text.matchAll(/\bconst\s+(\w+)\s*=\s*refuserFor\(/g)].map((m) => m[1] ?? "")]);
  const found: Refusal[] = [];
  for (const m of source.text.matchAll(/\b(\w+)\(/g)) {
    if (!makers.has(m[1] ?? "")) continue;
    // The definition `function refuse(` is not a call.
    if (/function\s+$/.test(source.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const open = m.index + m[0].length - 1;
    const args = argumentsAt(source.text, open);
    const code = /^\s*["'`]([A-Z][A-Z0-9_]*)["'`]/.exec(args)?.[1] ?? null;
    found.push({ file: source.file, line: lineOf(source.text, m.index), code, fn: enclosingFunction(source.text, m.index), args });
  }
  return found;
}

/** Catalog entries: `CODE: rule(` or `CODE: rule<...>(` at the start of a line. */
function entries(source: Source): { file: string; line: number; code: string }[] {
  return [...source.text.matchAll(/^\s*([A-Z][A-Z0-9_]*):\s*rule\b/gm)].map((m) => ({
    file: source.file,
    line: lineOf(source.text, m.index),
    code: m[1] ?? "",
  }));
}

const allRefusals = sources.flatMap(refusals);
const allEntries = sources.flatMap(entries);
const codes: readonly string[] = RULE_CODES;

describe("one place per rule", () => {
  it("finds the rules to check", () => {
    expect(codes.length).toBeGreaterThan(20);
    expect(allRefusals.length).toBeGreaterThan(20);
  });

  it("defines each catalog entry once, and the catalog holds exactly those entries", () => {
    const problems = codes.flatMap((code) => {
      const defined = allEntries.filter((e) => e.code === code);
      return defined.length === 1 ? [] : [`${code}: ${defined.length} entries (${defined.map(where).join(", ") || "none found"})`];
    });
    expect(problems).toEqual([]);
    expect([...new Set(allEntries.map((e) => e.code))].sort()).toEqual([...codes].sort());
  });

  it("refuses each code in exactly one place, and every entry somewhere", () => {
    const problems = codes.flatMap((code) => {
      const sites = allRefusals.filter((r) => r.code === code);
      if (sites.length === 0) return [`${code}: never refused`];
      return sites.length === 1 ? [] : [`${code}: refused in ${sites.length} places (${sites.map(where).join(", ")})`];
    });
    expect(problems).toEqual([]);
  });

  it("refuses each code from one named check in the file of its catalog entry", () => {
    const problems = allRefusals.flatMap((r) => {
      if (r.code === null) return [];
      const entry = allEntries.find((e) => e.code === r.code);
      const issues: string[] = [];
      if (!entry) issues.push(`${r.code} at ${where(r)}: no catalog entry`);
      else if (entry.file !== r.file) issues.push(`${r.code} at ${where(r)}: its entry is in ${entry.file}`);
      if (!r.fn || !/^check[A-Z]/.test(r.fn)) issues.push(`${r.code} at ${where(r)}: inside ${r.fn ?? "no function"}, not a check`);
      return issues;
    });
    expect(problems).toEqual([]);
  });

  it("gives each check one code, so its name says which rule it is", () => {
    const byCheck = new Map<string, Set<string>>();
    for (const r of allRefusals) {
      if (!r.code || !r.fn) continue;
      const key = `${r.file}#${r.fn}`;
      byCheck.set(key, (byCheck.get(key) ?? new Set()).add(r.code));
    }
    const problems = [...byCheck].filter(([, set]) => set.size > 1).map(([check, set]) => `${check}: ${[...set].join(", ")}`);
    expect(problems).toEqual([]);
  });

  it("makes every refusal through its entry: a literal code, and no reason or next of its own", () => {
    const problems = allRefusals.flatMap((r) => {
      if (r.code === null) return [`${where(r)}: refusal with a computed code (${r.args.trim().slice(0, 40)})`];
      return /\b(reason|next)\s*:/.test(r.args) ? [`${r.code} at ${where(r)}: writes its own reason or next`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("builds refusal objects only in the builder behind refuse", () => {
    // A literal with ok: false and a reason, in one object (other results, like an import's, have no reason).
    const problems = sources
      .filter((s) => s.file !== BUILDER)
      .flatMap((s) => [...s.text.matchAll(/\bok:\s*false\s*,[^{}]*\breason\b/g)].map((m) => `${s.file}:${lineOf(s.text, m.index)}`));
    expect(problems).toEqual([]);
  });
});
