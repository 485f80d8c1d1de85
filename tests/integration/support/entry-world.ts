// What the tests that drive every entry point share: a valid input for each guarded entry point
// (what its screen would send), a world of records those inputs name (an applicant with targets,
// an urgent task, an interview, an offer, an assigned advocate with a connection, a pending
// invitation), and a call of one entry point, as exported, in a scope that gives it the test's
// database, clock and actor.
import { createECDH, randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import type { ActionResult } from "@/lib/domain/action-result";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/core/actor";
import type { ManualClock } from "@/lib/server/core/clock";
import type { Db } from "@/lib/server/core/db";
import { runInScope } from "@/lib/server/entry/scope";
import type { RouteHandler } from "@/lib/server/entry/define-route";
import { recordInterview, addTarget, logContact, recordOffer, assignAdvocate } from "@/tests/support/commands";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { addConnection } from "@/lib/server/advocacy/connections";
import type { SchoolFixture } from "./fixtures";
import { applyTo, contextFor } from "./flows";
import type { FoundExport } from "../../support/entry-points";

export const NO_MAIL = { mailer: null, origin: "http://localhost" };

export interface World {
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

export interface BuiltWorld {
  world: World;
  owner: Actor & { applicantId: string };
  assigned: Actor & { advocateId: string };
}

let seq = 0;

/** Valid input for each guarded entry point, by its name: what the screen would send. */
export const INPUTS: Record<string, (w: World) => unknown> = {
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
  "settings.updateRetention": () => ({ retentionDays: 120 }),
  "exports.applicantRecord": (w) => ({ applicantId: w.owner, format: "json" }),
  "exports.dashboard": () => ({}),
  "exports.contacts": () => ({}),
  "programs.previewImport": () => ({ csv: "" }),
  "programs.import": () => ({ csv: "" }),
  "invitations.previewBulk": () => ({ csv: "" }),
  "invitations.createBulk": () => ({ csv: "" }),
};

/** Valid input for entry points open to anyone signed in whose input has required fields (no can() action guards them). */
/** A browser's push subscription as the opt-in sends it: a real P-256 key, a public https endpoint. */
export const PUSH_DEVICE = (() => {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { endpoint: "https://push.example.com/fuzz/device-1", p256dh: ecdh.getPublicKey("base64url"), auth: randomBytes(16).toString("base64url") };
})();

export const SIGNED_IN_INPUTS: Record<string, (w: World) => unknown> = {
  "notifications.saveChannelChoice": () => ({ kind: "OFFER_REMINDER", email: true, push: false }),
  "push.subscribe": () => ({ ...PUSH_DEVICE, userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/126.0.0.0 Mobile Safari/537.36" }),
  "push.turnOff": () => ({ endpoint: PUSH_DEVICE.endpoint }),
  "push.removeDevice": () => ({ subscriptionId: "cm0nosuchdevice000000000000" }),
};

/** What an entry point answered: an action's result, or a route's response. */
export type EntryAnswer = ActionResult<unknown> | Response;

/**
 * Calls one entry point as it is exported, with `actor` signed in. An action gets `input`; a route
 * gets it as its parameters, and `query` as the request's query string.
 */
export async function callEntry(db: Db, clock: ManualClock, found: FoundExport, input: unknown, actor: Actor | null, query = ""): Promise<EntryAnswer> {
  const scope = { db, clock, actor: async () => actor, revalidate: () => {}, outbox: () => NO_MAIL };
  return runInScope(scope, async () => {
    if (found.kind === "action") return (found.value as (input: unknown) => Promise<ActionResult<unknown>>)(input);
    const request = new NextRequest(`http://localhost/${found.file}${query}`);
    return (found.value as RouteHandler)(request, { params: Promise.resolve(input as Record<string, string>) });
  });
}

/** The owner's records, each entry point's input names them; the advocate assigned to the owner. */
export async function buildWorld(db: Db, clock: ManualClock, home: SchoolFixture): Promise<BuiltWorld> {
  const ctx = contextFor(db, clock);
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
    NO_MAIL,
  );
  const assigned = await home.addAdvocate();
  await assignAdvocate(ctx(home.dean), { applicantId: owner.applicantId, advocateId: assigned.advocateId });
  const { connection } = await addConnection(db, assigned, { programId: programs[0], kind: "TRAINED_WITH_PD" });
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
