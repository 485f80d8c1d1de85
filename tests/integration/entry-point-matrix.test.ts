// Authorization matrix over every guarded entry point: each server action and route handler of
// app/ is run (through the use case it delegates to) by the owning applicant, another applicant
// of the same school, an advocate assigned to the owner and one who is not, the dean's office, and
// each role of another school. Same-school
// actors pass authorization exactly when can() says so; another school's users are always
// refused (FORBIDDEN or NOT_FOUND) and leave no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "@/lib/server/auth/entry-points";
import { can, type Action } from "@/lib/server/auth/policy";
import type { Actor } from "@/lib/server/actor";
import { ManualClock } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";
import type { UseCaseContext } from "@/lib/server/use-case";
import { updateChecklist, updateProfile } from "@/lib/server/applicant/reachability";
import { saveNarrative } from "@/lib/server/applicant/narrative";
import { removeTarget, reorderTargets, setTargetPriority } from "@/lib/server/applicant/target-list";
import { completeTask } from "@/lib/server/applicant/tasks";
import { recordInterview, getInterviewForCalendar } from "@/lib/server/applicant/interviews";
import { addTarget, markApplied } from "@/lib/server/outreach/targets";
import { logContact } from "@/lib/server/outreach/log-contact";
import { recordOffer, respondToOffer } from "@/lib/server/offers/offers";
import { createInvitation, resendInvitation } from "@/lib/server/invitations/create-invitation";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor } from "./support/flows";
import { assignAdvocate } from "@/lib/server/advocacy/assignments";

let t: TestDatabase;
let home: SchoolFixture;
let away: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));
const noMail = { mailer: null, origin: "http://localhost" };

interface World {
  owner: string;
  programs: string[];
  taskId: string;
  interviewId: string;
  offerId: string;
  invitationId: string;
}
let world: World;

type Runner = (ctx: UseCaseContext, w: World) => Promise<unknown>;
let seq = 0;

// One runner per guarded entry point, calling the use case the adapter calls with valid input.
const RUNNERS: Record<string, Runner> = {
  "app/applicant/actions.ts#updateChecklistAction": (c, w) => updateChecklist(c, w.owner, { phoneLoud: true }),
  "app/applicant/actions.ts#updateProfileAction": (c, w) =>
    updateProfile(c, w.owner, { aamcId: "20000001", degreeType: "US_MD", step2Score: 241, specialty: "Internal Medicine", phone: "555-0100" }),
  "app/applicant/actions.ts#saveNarrativeAction": (c, w) =>
    saveNarrative(c, w.owner, { strengths: ["Clinically strong", "Reliable"], weaknessContext: [], reliability: "Never missed a shift." }),
  "app/applicant/actions.ts#addTargetAction": (c, w) => addTarget(c, w.owner, { programId: w.programs[3] }),
  "app/applicant/actions.ts#removeTargetAction": (c, w) => removeTarget(c, w.owner, { programId: w.programs[2] }),
  "app/applicant/actions.ts#reorderTargetsAction": (c, w) => reorderTargets(c, w.owner, { programIds: [w.programs[1], w.programs[0], w.programs[2]] }),
  "app/applicant/actions.ts#setTargetPriorityAction": (c, w) => setTargetPriority(c, w.owner, { programId: w.programs[0], priority: "FACULTY" }),
  "app/applicant/actions.ts#markAppliedAction": (c, w) => markApplied(c, w.owner, { programId: w.programs[2] }),
  "app/applicant/actions.ts#logEmailSentAction": (c, w) =>
    logContact(c, w.owner, { programId: w.programs[0], direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT", occurredAt: c.clock.now() }),
  "app/applicant/actions.ts#logProgramCalledAction": (c, w) =>
    logContact(c, w.owner, { programId: w.programs[1], direction: "INBOUND", channel: "PHONE", outcome: "SPOKE", occurredAt: c.clock.now() }),
  "app/applicant/actions.ts#completeTaskAction": (c, w) => completeTask(c, w.owner, { taskId: w.taskId }),
  "app/applicant/actions.ts#recordInterviewAction": (c, w) =>
    recordInterview(c, w.owner, { programId: w.programs[0], startsAt: "2026-04-09T15:00:00Z", durationMinutes: 30, format: "VIDEO" }),
  "app/applicant/actions.ts#recordOfferAction": (c, w) => recordOffer(c, w.owner, { programId: w.programs[1], round: 1, offeredAt: c.clock.now() }),
  "app/applicant/actions.ts#respondOfferAction": (c, w) => respondToOffer(c, w.owner, { offerId: w.offerId, response: "REJECT" }),
  "app/applicant/interviews/[id]/ics/route.ts#GET": (c, w) => getInterviewForCalendar(c.db, c.actor, w.interviewId),
  "app/dean/invitations/actions.ts#createInvitationAction": (c) =>
    createInvitation(
      c,
      {
        role: "APPLICANT",
        name: "Matrix Person",
        email: `matrix-${++seq}@example.edu`,
        aamcId: String(30_000_000 + seq),
        degreeType: "US_MD",
        specialty: "Surgery",
      },
      noMail,
    ),
  "app/dean/invitations/actions.ts#resendInvitationAction": (c, w) => resendInvitation(c, { invitationId: w.invitationId }, noMail),
};

// Entry points that create a record in the actor's own school and touch none of another's: a
// dean of any school may use them, and nothing lands in the home school.
const OWN_SCHOOL_CREATES = new Set(["app/dean/invitations/actions.ts#createInvitationAction"]);

const guarded = Object.entries(ENTRY_POINTS).filter((entry): entry is [string, Action] => entry[1] !== "public" && entry[1] !== "session");

async function outcome(run: () => Promise<unknown>): Promise<"passed" | "denied"> {
  try {
    await run();
    return "passed";
  } catch (error) {
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND" || error.code === "UNAUTHENTICATED")) return "denied";
    if (error instanceof AppError) return "passed"; // a rule or input refusal: authorization let it through
    throw error;
  }
}

beforeAll(async () => {
  t = await createTestDatabase("matrix");
  home = await createSchool(t.db, { now: clock.now(), programs: 5 });
  away = await createSchool(t.db, { now: clock.now(), programs: 1 });
});
afterAll(async () => t.drop());

describe("entry-point authorization matrix", () => {
  it("has a runner for every guarded entry point", () => {
    expect(guarded.map(([key]) => key).filter((key) => !RUNNERS[key])).toEqual([]);
  });

  it.each(guarded)("%s (%s)", async (key, action) => {
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
    world = {
      owner: owner.applicantId,
      programs,
      taskId: called.result.tasks[0]!.id,
      interviewId: interview.result.id,
      offerId: offer.result.id,
      invitationId: invitation.invitationId,
    };

    const assigned = await home.addAdvocate();
    await assignAdvocate(ctx(home.dean), { applicantId: owner.applicantId, advocateId: assigned.advocateId });
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
    const runner = RUNNERS[key]!;
    for (const [label, actor, foreign] of actors) {
      const auditBefore = await t.db.auditLog.count({ where: { schoolId: home.schoolId } });
      const result = await outcome(() => runner(ctx(actor), world));
      const reachable = !foreign || OWN_SCHOOL_CREATES.has(key);
      const expected = reachable && can(actor, action, { applicantId: world.owner, activeAdvocateIds: [assigned.advocateId] }) ? "passed" : "denied";
      expect({ who: label, result }).toEqual({ who: label, result: expected });
      if (result === "denied" || foreign) expect(await t.db.auditLog.count({ where: { schoolId: home.schoolId } })).toBe(auditBefore);
    }
  });
});
