// A starting state for the end-to-end test of the audit log's words: one entry of every kind of
// action the demo school's people can take, each made through the real use case (the same code
// the server actions run), for a team of its own so no other test's people are touched. What the
// school shares (its policy, its season, a catalog program) is written back as it was.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { loadActor } from "@/lib/server/auth/load-actor";
import type { UseCaseContext } from "@/lib/server/use-case/run-command";
import {
  addTarget,
  markApplied,
  reorderTargets,
  setTargetPriority,
  removeTarget,
  updateChecklist,
  updateProfile,
  saveNarrative,
  logContact,
  completeTask,
  claimProgram,
  releaseProgram,
  nudgeApplicant,
  assignAdvocate,
  unassignAdvocate,
  createOverride,
  recordInterview,
  recordOffer,
  respondToOffer,
} from "@/tests/support/commands";
import { addConnection, editConnection, removeConnection } from "@/lib/server/advocacy/connections";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { saveChannelChoice } from "@/lib/server/notifications/notification-preferences";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { resendInvitation } from "@/lib/server/invitations/resend-invitation";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { getSchoolSettings, updatePolicy, updateSeason } from "@/lib/server/settings/school-settings";
import { applyProgramImport } from "@/lib/server/programs/import-programs";
import { createAdvocateTeam, keepOpenRoundOpen } from "./e2e-fixtures";
import { programCsv } from "./program-csv";

const SCHOOL_SLUG = "northfield";
const MINUTE = 60_000;

export interface AuditOfEveryKind {
  /** The audit actions this made, in the order made. */
  actions: string[];
}

export async function createAuditOfEveryKind(prisma: PrismaClient, stamp: number): Promise<AuditOfEveryKind> {
  const db = prisma as unknown as Db;
  const team = await createAdvocateTeam(prisma, stamp);
  const school = await prisma.school.findUniqueOrThrow({ where: { slug: SCHOOL_SLUG } });
  const userOf = (email: string) => prisma.user.findFirstOrThrow({ where: { schoolId: school.id, email }, select: { id: true } });
  const contextOf = async (userId: string): Promise<UseCaseContext> => {
    const actor = await loadActor(db, userId);
    if (!actor) throw new Error(`No actor for user ${userId}`);
    return { db, clock: systemClock, actor };
  };
  const applicant = await contextOf((await userOf(team.applicant.email)).id);
  const advocate = await contextOf((await userOf(team.advocate.email)).id);
  const rival = await contextOf((await userOf(team.rival.email)).id);
  const deanUser = await prisma.user.findFirstOrThrow({ where: { schoolId: school.id, role: "DEAN" }, orderBy: { name: "asc" } });
  const dean = await contextOf(deanUser.id);
  const applicantId = applicant.actor.applicantId!;
  const now = () => systemClock.now();

  const before = await prisma.auditLog.findFirst({ where: { schoolId: school.id }, orderBy: { id: "desc" }, select: { id: true } });
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };

  const list = await prisma.target.findMany({ where: { applicantId }, orderBy: { rank: "asc" }, select: { programId: true } });
  const [first, second] = list.map((t) => t.programId) as [string, string];
  const extra = await prisma.program.findMany({
    where: { schoolId: school.id, id: { notIn: [first, second] }, prefersEmail: false, specialty: "Internal Medicine" },
    orderBy: { nrmpCode: "asc" },
    take: 2,
    select: { id: true },
  });
  const [third, fourth] = extra.map((p) => p.id) as [string, string];

  // The applicant's list.
  await step("add a target", () => addTarget(applicant, applicantId, { programId: third }));
  await step("mark applied", () => markApplied(applicant, applicantId, { programId: third }));
  await step("mark applied", () => markApplied(applicant, applicantId, { programId: second }));
  await step("reorder", () => reorderTargets(applicant, applicantId, { programIds: [third, first, second] }));
  await step("set priority", () => setTargetPriority(applicant, applicantId, { programId: second, priority: "FACULTY" }));
  await step("add a target to remove", () => addTarget(applicant, applicantId, { programId: fourth }));
  await step("remove a target", () => removeTarget(applicant, applicantId, { programId: fourth }));
  await step("checklist", () => updateChecklist(applicant, applicantId, { phoneLoud: false }));
  await step("checklist back", () => updateChecklist(applicant, applicantId, { phoneLoud: true }));
  const profile = await prisma.applicantProfile.findUniqueOrThrow({ where: { id: applicantId } });
  await step("profile", () =>
    updateProfile(applicant, applicantId, {
      aamcId: profile.aamcId,
      degreeType: profile.degreeType,
      step2Score: 244,
      specialty: profile.specialty,
      phone: profile.phone,
      redFlags: [{ kind: "LEAVE_OF_ABSENCE", context: "A semester away for a family illness, back on track since." }],
    }),
  );
  await step("narrative", () =>
    saveNarrative(applicant, applicantId, {
      strengths: ["Clinically strong on the wards", "Calm with the sickest patients"],
      weaknessContext: ["A semester away for a family illness"],
      reliability: "Never missed a shift",
    }),
  );

  // The program calls first (as SOAP asks), the applicant answers and writes.
  await step("inbound call", () =>
    logContact(applicant, applicantId, { programId: first, direction: "INBOUND", channel: "PHONE", outcome: "INTERVIEW_OFFERED", occurredAt: now() }),
  );
  await step("inbound call", () =>
    logContact(applicant, applicantId, { programId: second, direction: "INBOUND", channel: "VOICEMAIL", outcome: "LEFT_VOICEMAIL", occurredAt: now() }),
  );
  await step("email", () =>
    logContact(applicant, applicantId, {
      programId: first,
      direction: "OUTBOUND",
      channel: "EMAIL",
      outcome: "SENT",
      occurredAt: now(),
      summary: "Short introduction",
    }),
  );
  const open = await prisma.task.findFirst({ where: { applicantId, status: "OPEN" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (open) await step("complete a task", () => completeTask(applicant, applicantId, { taskId: open.id }));

  // The advocates.
  const connection = await step("connection", () =>
    addConnection(db, advocate.actor, { programId: first, kind: "TRAINED_WITH_PD", note: "Residency together" }),
  );
  await step("edit connection", () => editConnection(db, advocate.actor, { connectionId: connection.connection.id, kind: "ALUMNI", note: "" }));
  const spare = await step("spare connection", () => addConnection(db, advocate.actor, { programId: second, kind: "WORKED_THERE", note: "" }));
  await step("remove connection", () => removeConnection(db, advocate.actor, { connectionId: spare.connection.id }));
  await step("claim", () => claimProgram(advocate, { applicantId, programId: first }));
  await step("advocate call", () =>
    logContact(advocate, applicantId, { programId: first, direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE", occurredAt: now() }),
  );
  // A program the applicant has applied to and not written to yet, which has written first (the
  // season is program-initiated): the advocate asks the applicant to write back.
  await step("inbound email", () =>
    logContact(applicant, applicantId, { programId: third, direction: "INBOUND", channel: "EMAIL", outcome: "OTHER", occurredAt: now() }),
  );
  await step("connection to nudge about", () => addConnection(db, advocate.actor, { programId: third, kind: "WORKED_THERE", note: "" }));
  await step("claim to nudge about", () => claimProgram(advocate, { applicantId, programId: third }));
  await step("nudge", () => nudgeApplicant(advocate, { applicantId, programId: third }));
  await step("override", () =>
    createOverride(dean, {
      applicantId,
      programId: second,
      ruleCode: "NO_CONNECTION",
      reason: "Dr. Secondcall knows the program director from a shared committee.",
    }),
  );
  await step("claim with the override", () => claimProgram(rival, { applicantId, programId: second }));
  await step("release", () => releaseProgram(rival, { applicantId, programId: second }));
  await step("unassign", () => unassignAdvocate(dean, { applicantId, advocateId: rival.actor.advocateId }));
  await step("assign", () => assignAdvocate(dean, { applicantId, advocateId: rival.actor.advocateId }));

  // Interviews and offers: in the offer round open now (the live demo always has one), so offers have a deadline.
  await step("interview", () =>
    recordInterview(applicant, applicantId, { programId: first, startsAt: new Date(now().getTime() + 24 * 60 * MINUTE), durationMinutes: 30, format: "VIDEO" }),
  );
  const round = await prisma.$transaction((tx) => keepOpenRoundOpen(tx, school.id, now(), 120));
  for (const programId of [first, second, third]) {
    await step("offer", () => recordOffer(applicant, applicantId, { programId, round: round.number, offeredAt: now() }));
  }
  const offers = await prisma.offer.findMany({ where: { applicantId }, orderBy: { createdAt: "asc" }, select: { id: true, programId: true } });
  const offerFor = (programId: string) => offers.find((o) => o.programId === programId)!.id;
  await step("reject an offer", () => respondToOffer(applicant, applicantId, { offerId: offerFor(third), response: "REJECT" }));
  await step("accept an offer", () => respondToOffer(applicant, applicantId, { offerId: offerFor(first), response: "ACCEPT" }));
  await step("read notifications", () => markNotificationsRead(applicant, {}));
  await step("choose how one is told", () => saveChannelChoice(applicant, { kind: "NUDGE", email: false, push: false }));

  // The dean's office: invitations (one accepted from its link, one emailed and re-sent).
  const origin = "http://localhost";
  const shownLink = { mailer: null, origin };
  const emailed = { mailer: { send: async () => {}, reach: async () => {} }, origin };
  const person = (who: string) => ({ name: `${who} Invitee`, email: `${who.toLowerCase()}.invitee.${stamp}@northfield.example.edu` });
  const linked = await step("invite", () =>
    createInvitation(
      dean,
      { role: "ADVOCATE", ...person("Avery"), advocateKind: "CLERKSHIP_DIRECTOR", title: "Clerkship Director", specialty: "Surgery" },
      shownLink,
    ),
  );
  const token = linked.link?.split("/").pop();
  if (!token) throw new Error("invite: no link to accept");
  await step("accept", () => acceptInvitation(db, token, now()));
  const sent = await step("invite by email", () =>
    createInvitation(
      dean,
      { role: "APPLICANT", ...person("Blair"), aamcId: String(60_000_000 + (stamp % 9_999_999)), degreeType: "US_DO", specialty: "Pediatrics" },
      emailed,
    ),
  );
  await step("re-send", () => resendInvitation(dean, { invitationId: sent.invitationId }, emailed));

  // The school's settings and catalog: changed and put back, or written as they are.
  const settings = await getSchoolSettings(db, dean.actor);
  const {
    id: _policyId,
    schoolId: _school,
    createdAt: _created,
    updatedAt: _updated,
    ...policy
  } = settings.policy as typeof settings.policy & {
    id?: string;
    schoolId?: string;
    createdAt?: Date;
    updatedAt?: Date;
  };
  await step("policy", () => updatePolicy(dean, { ...policy, targetListMax: policy.targetListMax + 1 }));
  await step("policy back", () => updatePolicy(dean, policy));
  if (settings.season) {
    const s = settings.season;
    await step("season", () =>
      updateSeason(dean, {
        name: s.name,
        resultsAt: s.resultsAt,
        erasOpensAt: s.erasOpensAt,
        windowStartsAt: s.windowStartsAt,
        windowEndsAt: s.windowEndsAt,
        offerRounds: s.offerRounds.map((r) => ({ offersAt: r.offersAt, respondBy: r.respondBy })),
        communicationMode: s.communicationMode,
      }),
    );
  }
  const p = await prisma.program.findUniqueOrThrow({ where: { id: fourth } });
  const csv = programCsv([p]);
  await step("import", () => applyProgramImport(db, dean.actor, csv, now()));

  const made = await prisma.auditLog.findMany({
    where: { schoolId: school.id, ...(before ? { id: { gt: before.id } } : {}) },
    orderBy: { id: "asc" },
    select: { action: true },
  });
  return { actions: [...new Set(made.map((m) => m.action))] };
}
