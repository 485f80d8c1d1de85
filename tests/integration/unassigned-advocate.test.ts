// An advocate who is not (or no longer) assigned to an applicant learns nothing about them: every
// use case that takes that applicant answers exactly as it answers for an applicant that does not
// exist, before any rule describes the applicant's state (here: an accepted offer, which the
// rules would name), writes nothing, and the advocate's page does not list them.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { APPLICANT_NOT_FOUND, authorizeApplicant } from "@/lib/server/auth/policy";
import type { UseCaseContext } from "@/lib/server/use-case/run-command";
import {
  claimProgram,
  releaseProgram,
  assignAdvocate,
  unassignAdvocate,
  logContact,
  saveNarrative,
  recordOffer,
  respondToOffer,
} from "@/tests/support/commands";
import { getAdvocateHome } from "@/lib/server/advocacy/advocate-home";
import { runInScope } from "@/lib/server/entry/scope";
import type { Actor } from "@/lib/server/core/actor";
import { claimProgramAction, logAdvocateContactAction, releaseProgramAction } from "@/app/advocate/actions";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor, emailProgram } from "./support/flows";

let t: TestDatabase;
let school: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));

/** Every use case an advocate calls with an applicant's id. */
const ADVOCATE_USE_CASES: Record<string, (ctx: UseCaseContext, applicantId: string, programId: string) => Promise<unknown>> = {
  "claim a program": (ctx, applicantId, programId) => claimProgram(ctx, { applicantId, programId }),
  "release a claim": (ctx, applicantId, programId) => releaseProgram(ctx, { applicantId, programId }),
  "log a contact": (ctx, applicantId, programId) =>
    logContact(ctx, applicantId, { programId, direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE", occurredAt: ctx.clock.now() }),
  "save the narrative": (ctx, applicantId) =>
    saveNarrative(ctx, applicantId, { strengths: ["Clinically strong", "Reliable"], weaknessContext: [], reliability: "Never missed a shift." }),
};

async function answer(run: () => Promise<unknown>) {
  try {
    await run();
    return { code: "ALLOWED" };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, message: error.message, refusal: error.refusal ?? null };
  }
}

let world: { applicantId: string; programId: string; acceptedProgramName: string; applicantName: string };
let advocates: Record<"assigned" | "stranger" | "former", Awaited<ReturnType<SchoolFixture["addAdvocate"]>>>;
let ctx: (actor: Parameters<ReturnType<typeof contextFor>>[0]) => UseCaseContext;

beforeAll(async () => {
  t = await createTestDatabase("unassigned_advocate");
  school = await createSchool(t.db, { now: clock.now(), programs: 3 });
  ctx = contextFor(t.db, clock);
  const applicant = await school.addApplicant({ name: "Quinn Private" });
  const [programId, acceptedId] = school.programIds as [string, string];
  await applyTo(ctx(applicant), applicant.applicantId, [programId, acceptedId]);
  await emailProgram(ctx(applicant), applicant.applicantId, programId);
  advocates = {
    assigned: await school.addAdvocate({ connectedTo: [programId] }),
    stranger: await school.addAdvocate({ connectedTo: [programId] }),
    former: await school.addAdvocate({ connectedTo: [programId] }),
  };
  await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocates.assigned.advocateId });
  await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocates.former.advocateId });
  await unassignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocates.former.advocateId });
  const offer = await recordOffer(ctx(applicant), applicant.applicantId, { programId: acceptedId, round: 1, offeredAt: clock.now() });
  await respondToOffer(ctx(applicant), applicant.applicantId, { offerId: offer.result.id, response: "ACCEPT" });
  const accepted = await t.db.program.findUniqueOrThrow({ where: { id: acceptedId } });
  world = { applicantId: applicant.applicantId, programId, acceptedProgramName: accepted.name, applicantName: "Quinn Private" };
});
afterAll(async () => t?.drop());

describe("an advocate not assigned to the applicant", () => {
  it("gets the answer for a missing applicant from every use case, and nothing is written", async () => {
    const { assigned, stranger, former } = advocates;
    const missingApplicant = `c${randomBytes(12).toString("hex")}`;

    for (const [name, run] of Object.entries(ADVOCATE_USE_CASES)) {
      // The assigned advocate meets the rules, which describe the applicant: proof there is something to hide.
      const told = await answer(() => run(ctx(assigned), world.applicantId, world.programId));
      expect(told.code, name).not.toBe("NOT_FOUND");

      const writes = await t.db.auditLog.count();
      const forMissing = await answer(() => run(ctx(stranger), missingApplicant, world.programId));
      expect(forMissing, name).toEqual({ code: "NOT_FOUND", message: APPLICANT_NOT_FOUND, refusal: null });
      for (const advocate of [stranger, former]) {
        const reply = await answer(() => run(ctx(advocate), world.applicantId, world.programId));
        expect(reply, `${name} by an advocate who is not assigned`).toEqual(forMissing);
        const text = JSON.stringify(reply);
        for (const secret of [world.acceptedProgramName, world.applicantName, "offer", "accepted"])
          expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
      }
      expect(await t.db.auditLog.count(), name).toBe(writes);
    }
  });

  it("does not see the applicant on the advocate's page", async () => {
    const home = await getAdvocateHome(t.db, advocates.stranger, clock.now());
    expect(JSON.stringify(home)).not.toContain(world.applicantId);
    expect(JSON.stringify(home)).not.toContain(world.applicantName);
  });

  it("gets the answer for a missing applicant from every real advocate action", async () => {
    const missingApplicant = `c${randomBytes(12).toString("hex")}`;
    const as = (actor: Actor, run: () => Promise<unknown>) =>
      runInScope(
        {
          db: t.db,
          clock,
          actor: async () => actor,
          revalidate: () => {},
          outbox: () => ({ mailer: null, origin: "http://localhost" }),
        },
        run,
      );
    const calls = {
      claim: (applicantId: string) => claimProgramAction({ applicantId, programId: world.programId }),
      release: (applicantId: string) => releaseProgramAction({ applicantId, programId: world.programId }),
      contact: (applicantId: string) =>
        logAdvocateContactAction({ applicantId, programId: world.programId, direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE" }),
    };
    for (const [name, call] of Object.entries(calls)) {
      const forMissing = await as(advocates.stranger, () => call(missingApplicant));
      expect(forMissing, name).toEqual({ ok: false, code: "NOT_FOUND", message: APPLICANT_NOT_FOUND });
      for (const advocate of [advocates.stranger, advocates.former]) expect(await as(advocate, () => call(world.applicantId)), name).toEqual(forMissing);
      // The assigned advocate hears the rules, which describe the applicant (the accepted offer).
      expect(await as(advocates.assigned, () => call(world.applicantId)), name).not.toEqual(forMissing);
    }
  });

  it("is not the only one kept out: another school's dean is answered not found before any use case", async () => {
    const elsewhere = await createSchool(t.db, { now: clock.now(), programs: 1 });
    const error = await authorizeApplicant(t.db, elsewhere.dean, "claim.release", world.applicantId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect({ code: (error as AppError).code, message: (error as AppError).message }).toEqual({ code: "NOT_FOUND", message: APPLICANT_NOT_FOUND });
    await expect(authorizeApplicant(t.db, school.dean, "claim.release", world.applicantId)).resolves.toBeUndefined();
  });
});
