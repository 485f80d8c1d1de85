// One pass per command: the entry point alone parses the input and admits the actor; a use case
// that writes through runCommand takes the Admitted context and typed input, neither parses nor
// authorizes again, and asks a pure plan of lib/domain/plans what to write. These tests fail when a use case does either a second time, or
// when anything but the guard can make an Admitted context.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCommand } from "@/lib/server/use-case/run-command";
import { systemClock } from "@/lib/server/core/clock";
import type { Admitted } from "@/lib/server/entry/admitted";
import type { Db } from "@/lib/server/core/db";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const SERVER_AND_APP = [...sourceFiles(path.join(ROOT, "lib")), ...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "scripts"))];
const relative = (file: string) => path.relative(ROOT, file);
const COMMANDS = SERVER_AND_APP.filter((file) => /\brunCommand\(/.test(readFileSync(file, "utf8")) && !file.endsWith("run-command.ts"));

describe("a command's use case", () => {
  it("is found: every rule-checked write goes through runCommand", () => {
    expect(COMMANDS.length).toBeGreaterThanOrEqual(18);
  });

  it.each(COMMANDS.map((file) => [relative(file), file]))("%s neither parses its input nor authorizes its actor", (_name, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/\bparseInput\s*\(/);
    expect(text).not.toMatch(/\.(safeParse|parse)\s*\(/);
    expect(text).not.toMatch(/\b(authorize|authorizeApplicant|authorizeScreen|can)\s*\(/);
    expect(text).not.toMatch(/input: unknown/);
    // It takes the context its entry point admitted, and a pure plan says what it writes.
    expect(text).toMatch(/ctx: Admitted\b/);
    expect(text).toMatch(/from "@\/lib\/domain\/plans\//);
    expect(text).not.toMatch(/\btx\.\w+\.(create|update|upsert|delete)/);
  });
});

describe("the Admitted context", () => {
  it("is sealed by the guard alone", () => {
    const makers = SERVER_AND_APP.filter((file) => /\bsealAdmitted\b/.test(readFileSync(file, "utf8"))).map(relative);
    expect(makers.sort()).toEqual(["lib/server/entry/admitted.ts", "lib/server/entry/guard.ts"]);
  });

  it("made by hand is refused before the database is touched", async () => {
    const untouchable = new Proxy({}, { get: () => expect.unreachable("the database was touched") }) as unknown as Db;
    const forged = { db: untouchable, clock: systemClock, action: "contact.log", applicantId: "a1", applicantAccess: "checked" } as unknown as Admitted;
    await expect(
      runCommand(
        forged,
        {},
        () => ({ ok: true, warnings: [], plan: { writes: [], notifications: [], jobs: [] } }),
        () => "written",
      ),
    ).rejects.toThrow(/did not admit/);
  });
});
