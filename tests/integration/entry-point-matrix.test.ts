// Authorization matrix over every real entry point: each server action and route handler of app/
// (found by reading the code, tests/support/entry-points.ts) is called as it is exported, in a
// scope that gives it this test's database and actor, by: nobody signed in, the owning applicant,
// another applicant of the same school, an advocate assigned to the owner and one who is not, the
// dean's office, and each role of another school. Same-school actors get through the guard
// exactly when the entry point serves their role's screens (the folder it lives in) and can()
// says so; another school's users never touch this school (no audit row). Every role but the
// one whose screens offer an entry point is refused and writes nothing, the applicant on her own
// record included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/domain/action-result";
import { can } from "@/lib/server/auth/policy";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import type { EntryPoint } from "@/lib/server/entry/registry";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { buildWorld as buildEntryWorld, callEntry, INPUTS, SIGNED_IN_INPUTS } from "./support/entry-world";
import { databaseFingerprint } from "./support/database-fingerprint";
import { findEntryExports, screenRole, type FoundExport } from "../support/entry-points";

let t: TestDatabase;
let home: SchoolFixture;
let away: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));

// Entry points that create a record in, or read, the actor's own school and touch none of
// another's: a dean of any school may use them, and nothing of the home school is seen or changed.
const OWN_SCHOOL_CREATES = new Set([
  "invitations.create",
  "dashboard.live",
  "settings.updatePolicy",
  "settings.updateSeason",
  "settings.updateRetention",
  "exports.dashboard",
  "exports.contacts",
  "programs.previewImport",
  "programs.import",
  "invitations.previewBulk",
  "invitations.createBulk",
]);
// Entry points on the actor's own record ("own") whose input names one of the owner's records:
// for anyone else the record is not theirs.
const NAMES_OWNERS_RECORD = new Set(["interviews.calendarFile"]);
// Entry points on an advocate's own connections, or on programs only they may see (an advocate's privacy): of
// the advocates the matrix tries, only the assigned one owns the connection and sees the program.
const ASSIGNED_ADVOCATES_OWN = new Set(["connections.create", "connections.update", "connections.delete"]);

type Outcome = "passed" | "denied";

/** An action's answer: the guard's refusals are "denied"; anything the use case said is "passed". */
function actionOutcome(result: ActionResult<unknown>): Outcome {
  if (result.ok) return "passed";
  if (result.code === "INTERNAL" || result.code === "NETWORK") throw new Error(`unexpected failure: ${result.message}`);
  return ["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"].includes(result.code) ? "denied" : "passed";
}

function routeOutcome(response: Response): Outcome {
  if (response.status >= 500) throw new Error(`unexpected status ${response.status}`);
  return [401, 403, 404].includes(response.status) ? "denied" : "passed";
}

async function call(found: FoundExport, input: unknown, actor: Actor | null): Promise<Outcome> {
  const answer = await callEntry(t.db, clock, found, input, actor);
  return answer instanceof Response ? routeOutcome(answer) : actionOutcome(answer);
}

const buildWorld = () => buildEntryWorld(t.db, clock, home);

let entries: FoundExport[];

beforeAll(async () => {
  t = await createTestDatabase("matrix");
  home = await createSchool(t.db, { now: clock.now(), programs: 5 });
  away = await createSchool(t.db, { now: clock.now(), programs: 1 });
  entries = await findEntryExports();
});
afterAll(async () => t.drop());

describe("entry-point authorization matrix", () => {
  it("has input for every guarded entry point", () => {
    const guarded = entries.filter((e) => e.entry && e.entry.guard !== "public" && e.entry.guard !== "signed-in");
    expect(guarded.length).toBeGreaterThan(15);
    expect(guarded.map((e) => e.entry!.name).filter((name) => !INPUTS[name])).toEqual([]);
  });

  it("refuses every entry point but the public ones to nobody signed in", async () => {
    const { world } = await buildWorld();
    for (const found of entries.filter((e) => e.entry?.guard !== "public")) {
      const input = (INPUTS[found.entry!.name] ?? SIGNED_IN_INPUTS[found.entry!.name])?.(world) ?? {};
      expect({ entry: found.key, result: await call(found, input, null) }).toEqual({ entry: found.key, result: "denied" });
    }
  });

  it("lets through exactly whom can() allows, for every guarded entry point", async () => {
    for (const found of entries.filter((e) => e.entry && INPUTS[e.entry.name])) {
      const entry = found.entry as EntryPoint & { guard: Parameters<typeof can>[1] };
      const { world, owner, assigned } = await buildWorld();
      const actors: [string, Actor, boolean][] = [
        ["another applicant", await home.addApplicant(), false],
        ["an assigned advocate", assigned, false],
        ["an unassigned advocate", await home.addAdvocate(), false],
        ["another school's applicant", await away.addApplicant(), true],
        ["another school's advocate", await away.addAdvocate(), true],
        ["another school's dean", away.dean, true],
        ["the dean's office", home.dean, false],
        ["the owner", owner, false],
      ];
      const ownRecord = entry.applicant === "own" && !NAMES_OWNERS_RECORD.has(entry.name);
      for (const [label, actor, foreign] of actors) {
        const auditBefore = await t.db.auditLog.count({ where: { schoolId: home.schoolId } });
        const result = await call(found, INPUTS[entry.name]!(world), actor);
        // On an "own" entry point an applicant acts on their own record (in their own school).
        const resource = ownRecord ? { applicantId: actor.applicantId ?? undefined } : { applicantId: world.owner, activeAdvocateIds: [assigned.advocateId] };
        const reachable = !foreign || OWN_SCHOOL_CREATES.has(entry.name) || ownRecord;
        const applicantIfOwn = entry.applicant !== "own" || actor.applicantId !== null;
        const advocatesOwn = !ASSIGNED_ADVOCATES_OWN.has(entry.name) || actor.advocateId === assigned.advocateId;
        const theirScreens = actor.role === screenRole(found.file);
        const expected = reachable && applicantIfOwn && advocatesOwn && theirScreens && can(actor, entry.guard, resource) ? "passed" : "denied";
        expect({ entry: found.key, who: label, result }).toEqual({ entry: found.key, who: label, result: expected });
        if (result === "denied" || foreign) expect(await t.db.auditLog.count({ where: { schoolId: home.schoolId } })).toBe(auditBefore);
      }
    }
  }, 300_000);
});

describe("each entry point admits only the role its screens serve", () => {
  /** Calls `found` as `actor` with its screen's input; expects a refusal and not one row written anywhere. */
  async function expectRefusedWritingNothing(found: FoundExport, input: unknown, actor: Actor, label: string) {
    const before = await databaseFingerprint(t.db);
    expect({ entry: found.key, who: label, result: await call(found, input, actor) }).toEqual({ entry: found.key, who: label, result: "denied" });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  }

  const onScreensOf = (role: Actor["role"]) => entries.filter((e) => screenRole(e.file) === role && INPUTS[e.entry!.name]);

  it("refuses the applicant at every advocate entry point, on her own record, and nothing is written", async () => {
    const { world, owner } = await buildWorld();
    const advocates = onScreensOf("ADVOCATE");
    expect(advocates.map((e) => e.entry!.name)).toEqual(expect.arrayContaining(["contacts.logByAdvocate", "narratives.saveByAdvocate", "claims.create"]));
    // The inputs name the owner: she is the applicant each of these would act on.
    for (const found of advocates) await expectRefusedWritingNothing(found, INPUTS[found.entry!.name]!(world), owner, "the applicant herself");
  });

  it("refuses every other role at every entry point of a role's screens, and nothing is written", async () => {
    const { world, owner, assigned } = await buildWorld();
    const people: [string, Actor][] = [
      ["the owner", owner],
      ["the assigned advocate", assigned],
      ["the dean's office", home.dean],
    ];
    for (const role of ["APPLICANT", "ADVOCATE", "DEAN"] as const) {
      expect(onScreensOf(role).length).toBeGreaterThan(0);
      for (const found of onScreensOf(role))
        for (const [label, actor] of people.filter(([, actor]) => actor.role !== role))
          await expectRefusedWritingNothing(found, INPUTS[found.entry!.name]!(world), actor, label);
    }
  }, 120_000);
});
