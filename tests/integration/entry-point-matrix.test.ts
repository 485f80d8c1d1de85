// Authorization matrix over every real entry point: each server action and route handler of app/
// (found by reading the code, tests/support/entry-points.ts) is called as it is exported, in a
// scope that gives it this test's database and actor, by: nobody signed in, the owning applicant,
// another applicant of the same school, an advocate assigned to the owner and one who is not, the
// dean's office, and each role of another school. Same-school actors get through the guard
// exactly when can() says so; another school's users never touch this school (no audit row).
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/domain/action-result";
import { can } from "@/lib/server/auth/policy";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import { runInScope } from "@/lib/server/entry/scope";
import type { EntryPoint } from "@/lib/server/entry/registry";
import type { RouteHandler } from "@/lib/server/entry/define-route";
import { recordInterview } from "@/lib/server/offers-and-interviews/record-interview";
import { addTarget } from "@/lib/server/target-list/add-target";
import { logContact } from "@/lib/server/outreach/log-contact";
import { recordOffer } from "@/lib/server/offers-and-interviews/record-offer";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { assignAdvocate } from "@/lib/server/advocacy/assign-advocate";
import { addConnection } from "@/lib/server/advocacy/connections";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor } from "./support/flows";
import { findEntryExports, type FoundExport } from "../support/entry-points";

let t: TestDatabase;
let home: SchoolFixture;
let away: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));
const noMail = { mailer: null, origin: "http://localhost" };

interface World {
  connectionId: string;
  assignedAdvocateId: string;
  spareAdvocateId: string;
  owner: string;
  programs: string[];
  taskId: string;
  interviewId: string;
  offerId: string;
  invitationId: string;
}
let seq = 0;

/** Valid input for each guarded entry point, by its name: what the screen would send. */
const INPUTS: Record<string, (w: World) => unknown> = {
  "checklist.update": () => ({ phoneLoud: true }),
  "profile.update": () => ({ aamcId: "20000001", degreeType: "US_MD", step2Score: 241, specialty: "Internal Medicine", phone: "555-0100" }),
  "narrative.save": () => ({ strengths: ["Clinically strong", "Reliable"], weaknessContext: [], reliability: "Never missed a shift." }),
  "targets.add": (w) => ({ programId: w.programs[3] }),
  "targets.remove": (w) => ({ programId: w.programs[2] }),
  "targets.reorder": (w) => ({ programIds: [w.programs[1], w.programs[0], w.programs[2]] }),
  "targets.setPriority": (w) => ({ programId: w.programs[0], priority: "FACULTY" }),
  "targets.markApplied": (w) => ({ programId: w.programs[2] }),
  "contacts.logEmailSent": (w) => ({ programId: w.programs[0] }),
  "contacts.logProgramCalled": (w) => ({ programId: w.programs[1], channel: "PHONE", outcome: "SPOKE" }),
  "catalog.search": () => ({ q: "Program" }),
  "tasks.complete": (w) => ({ taskId: w.taskId }),
  "interviews.record": (w) => ({ programId: w.programs[0], startsAt: "2026-04-09T15:00:00Z", durationMinutes: 30, format: "VIDEO" }),
  "offers.record": (w) => ({ programId: w.programs[1], round: 1 }),
  "offers.respond": (w) => ({ offerId: w.offerId, response: "REJECT" }),
  "invitations.create": () => ({
    role: "APPLICANT",
    name: "Matrix Person",
    email: `matrix-${++seq}@example.edu`,
    aamcId: String(30_000_000 + seq),
    degreeType: "US_MD",
    specialty: "Surgery",
  }),
  "invitations.resend": (w) => ({ invitationId: w.invitationId }),
  "interviews.calendarFile": (w) => ({ id: w.interviewId }),
  "claims.create": (w) => ({ applicantId: w.owner, programId: w.programs[0] }),
  "claims.release": (w) => ({ applicantId: w.owner, programId: w.programs[0] }),
  "contacts.logByAdvocate": (w) => ({ applicantId: w.owner, programId: w.programs[0], direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT" }),
  "nudges.create": (w) => ({ applicantId: w.owner, programId: w.programs[1] }),
  "narratives.saveByAdvocate": (w) => ({ applicantId: w.owner, strengths: ["Clinically strong", "Reliable"], weaknessContext: [], reliability: "Never late." }),
  "connections.create": (w) => ({ programId: w.programs[1], kind: "ALUMNI", note: "Matrix" }),
  "connections.update": (w) => ({ connectionId: w.connectionId, kind: "WORKED_THERE", note: "Edited" }),
  "connections.delete": (w) => ({ connectionId: w.connectionId }),
  "dashboard.live": () => ({}),
  "assignments.create": (w) => ({ applicantId: w.owner, advocateId: w.spareAdvocateId }),
  "assignments.end": (w) => ({ applicantId: w.owner, advocateId: w.assignedAdvocateId }),
  "overrides.create": (w) => ({ applicantId: w.owner, ruleCode: "NO_CONNECTION", reason: "The PD asked to hear from us directly." }),
  "claims.releaseByDean": (w) => ({ applicantId: w.owner, programId: w.programs[0] }),
  "settings.updatePolicy": () => ({ ...DEFAULT_POLICY }),
  "settings.updateSeason": () => ({
    name: "Matrix season",
    resultsAt: "2026-03-16T14:00:00Z",
    erasOpensAt: "2026-03-16T15:00:00Z",
    windowStartsAt: "2026-03-16T15:00:00Z",
    windowEndsAt: "2026-03-20T00:00:00Z",
    communicationMode: "OPEN",
    offerRounds: [{ offersAt: "2026-03-19T13:00:00Z", respondBy: "2026-03-19T15:00:00Z" }],
  }),
  "exports.dashboard": () => ({}),
  "exports.contacts": () => ({}),
  "programs.previewImport": () => ({ csv: "" }),
  "programs.import": () => ({ csv: "" }),
  "invitations.previewBulk": () => ({ csv: "" }),
  "invitations.createBulk": () => ({ csv: "" }),
};

// Entry points that create a record in, or read, the actor's own school and touch none of
// another's: a dean of any school may use them, and nothing of the home school is seen or changed.
const OWN_SCHOOL_CREATES = new Set([
  "invitations.create",
  "dashboard.live",
  "settings.updatePolicy",
  "settings.updateSeason",
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
// Entry points on an advocate's own connections, or on programs only they may see (SPEC 5): of
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
  const scope = { db: t.db, clock, actor: async () => actor, revalidate: () => {}, outbox: () => noMail, sendQueuedMail: () => {} };
  return runInScope(scope, async () => {
    if (found.kind === "action") return actionOutcome(await (found.value as (input: unknown) => Promise<ActionResult<unknown>>)(input));
    const params = input as Record<string, string>;
    const request = new NextRequest(`http://localhost/${found.file}`);
    return routeOutcome(await (found.value as RouteHandler)(request, { params: Promise.resolve(params) }));
  });
}

async function buildWorld(): Promise<{ world: World; owner: Actor & { applicantId: string }; assigned: Actor & { advocateId: string } }> {
  const ctx = contextFor(t.db, clock);
  const owner = await home.addApplicant();
  const programs = home.programIds;
  await applyTo(ctx(owner), owner.applicantId, programs.slice(0, 2));
  await addTarget(ctx(owner), owner.applicantId, { programId: programs[2] });
  const called = await logContact(ctx(owner), owner.applicantId, {
    programId: programs[0]!,
    direction: "INBOUND",
    channel: "PHONE",
    outcome: "INTERVIEW_OFFERED",
    occurredAt: clock.now(),
  });
  const interview = await recordInterview(ctx(owner), owner.applicantId, {
    programId: programs[0],
    startsAt: "2026-04-09T14:00:00Z",
    durationMinutes: 30,
    format: "PHONE",
  });
  const offer = await recordOffer(ctx(owner), owner.applicantId, { programId: programs[0]!, round: 1, offeredAt: clock.now() });
  const invitation = await createInvitation(
    ctx(home.dean),
    {
      role: "APPLICANT",
      name: "Pending Person",
      email: `pending-${++seq}@example.edu`,
      aamcId: String(40_000_000 + seq),
      degreeType: "US_DO",
      specialty: "Pediatrics",
    },
    noMail,
  );
  const assigned = await home.addAdvocate();
  await assignAdvocate(ctx(home.dean), { applicantId: owner.applicantId, advocateId: assigned.advocateId });
  const { connection } = await addConnection(t.db, assigned, { programId: programs[0], kind: "TRAINED_WITH_PD" });
  const spare = await home.addAdvocate();
  const world = {
    connectionId: connection.id,
    assignedAdvocateId: assigned.advocateId,
    spareAdvocateId: spare.advocateId,
    owner: owner.applicantId,
    programs,
    taskId: called.result.tasks[0]!.id,
    interviewId: interview.result.id,
    offerId: offer.result.id,
    invitationId: invitation.invitationId,
  };
  return { world, owner, assigned };
}

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
      const input = INPUTS[found.entry!.name]?.(world) ?? {};
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
        const expected = reachable && applicantIfOwn && advocatesOwn && can(actor, entry.guard, resource) ? "passed" : "denied";
        expect({ entry: found.key, who: label, result }).toEqual({ entry: found.key, who: label, result: expected });
        if (result === "denied" || foreign) expect(await t.db.auditLog.count({ where: { schoolId: home.schoolId } })).toBe(auditBefore);
      }
    }
  }, 300_000);
});
