// Retention through the real job queue, real PostgreSQL and a real SMTP server: a New York school
// keeps applicants' data 30 days after its season's window ends. The clock moves: a week before
// the removal the dean's office is told (in the app and by email) what will go and when; on the
// day the season's figures are archived, the applicants' personal data (profiles, red flags,
// narratives, contacts and their notes, invitations, sign-in records, notifications, the audit
// log's before/after values) is gone or anonymous, the removal is audited and the dean's office
// told what went. Next season's applicant and another school are untouched; a second run does
// nothing; the settings page shows the figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import type { Actor } from "@/lib/server/core/actor";
import { createSmtpMailer } from "@/lib/server/mail/mailer";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { getAdvocateApplicant } from "@/lib/server/advocacy/advocate-applicant";
import { ensureRetentionJobs } from "@/lib/server/privacy/retention-schedule";
import { removeSeasonData, sendRetentionNotice } from "@/lib/server/privacy/retention-jobs";
import { getRetentionView, updateRetention } from "@/lib/server/privacy/retention-settings";
import { retentionSchedule } from "@/lib/domain/privacy/retention";
import { formatInZone } from "@/lib/domain/format-time";
import { recordOffer, respondToOffer, saveNarrative } from "@/tests/support/commands";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram, programOffersInterview } from "./support/flows";
import { testJobs, type TestJobs } from "./support/jobs";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";

const NY = "America/New_York";
const HOUR = 3_600_000;
const SECRET_CONTEXT = "Failed Step 1 after a family illness; passed on the retake";
const SECRET_NOTE = "Mentioned her leave of absence on the call";

let t: TestDatabase;
let smtp: SmtpCapture;
let jobs: TestJobs;
let home: SchoolFixture;
let away: SchoolFixture;
// The app's clock starts at the machine's time, as the database's own timestamps do.
const clock = new ManualClock(new Date());
const ctx = () => contextFor(t.db, clock);
let seasonEndsAt: Date;
let maya: Actor & { applicantId: string };
let noah: Actor & { applicantId: string };
let nextYear: Actor & { applicantId: string };
let awayApplicant: Actor & { applicantId: string };
let invitationEmail: string;

async function travelTo(at: Date) {
  await jobs.travel((at.getTime() - clock.now().getTime()) / 60_000);
}

let deanEmail: string;
const deanMails = () => smtp.to(deanEmail).filter((m) => m.subject.startsWith("Applicants' data"));

/** The retention notices waiting for one school's seasons. */
async function noticesOf(schoolId: string) {
  return (await jobs.pending("retention-notice")).map((j) => j.payload as { schoolId: string; seasonEndsAt: string }).filter((p) => p.schoolId === schoolId);
}

beforeAll(async () => {
  t = await createTestDatabase("retention");
  smtp = await startSmtpCapture();
  const outbox = {
    mailer: createSmtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, user: undefined, password: undefined, from: "soap@school.test" }),
    origin: "https://soap-desk.school.test",
  };
  jobs = testJobs(t, clock, () => outbox);

  home = await createSchool(t.db, { now: clock.now(), programs: 3, season: "none" });
  away = await createSchool(t.db, { now: clock.now(), programs: 1 });
  deanEmail = (await t.db.user.findUniqueOrThrow({ where: { id: home.dean.userId } })).email;
  // The season is in its window now and ends tomorrow.
  seasonEndsAt = new Date(clock.now().getTime() + 24 * HOUR);
  await t.db.season.create({
    data: {
      schoolId: home.schoolId,
      name: "Match Week 2026",
      resultsAt: new Date(clock.now().getTime() - 72 * HOUR),
      erasOpensAt: new Date(clock.now().getTime() - 70 * HOUR),
      windowStartsAt: new Date(clock.now().getTime() - 70 * HOUR),
      windowEndsAt: seasonEndsAt,
      communicationMode: "OPEN",
    },
  });

  const [p1, p2] = home.programIds as [string, string];
  maya = await home.addApplicant({ name: "Maya Patel", redFlags: ["STEP_FAILURE"] });
  noah = await home.addApplicant({ name: "Noah Lindqvist" });
  const advocate = await home.addAdvocate({ name: "Dr. Eleanor Hargrove", connectedTo: [p1] });
  const c = ctx();
  await t.db.redFlag.updateMany({ where: { applicantId: maya.applicantId }, data: { context: SECRET_CONTEXT } });
  await saveNarrative(c(maya), maya.applicantId, {
    strengths: ["Clinically strong", "Reliable"],
    weaknessContext: [SECRET_CONTEXT],
    reliability: "Never late.",
  });
  await applyTo(c(maya), maya.applicantId, [p1, p2]);
  await assignAndClaim(c(home.dean), c(advocate), maya.applicantId, [p1]);
  await emailProgram(c(maya), maya.applicantId, p1);
  await advocateCall(c(advocate), maya.applicantId, p1);
  await t.db.contact.updateMany({ where: { applicantId: maya.applicantId, actorRole: "ADVOCATE" }, data: { summary: SECRET_NOTE } });
  await programOffersInterview(c(maya), maya.applicantId, p2);
  const { result: offer } = await recordOffer(c(maya), maya.applicantId, { programId: p2, round: 1, offeredAt: clock.now() });
  await respondToOffer(c(maya), maya.applicantId, { offerId: offer.id, response: "ACCEPT" });
  await applyTo(c(noah), noah.applicantId, [p2]);
  await emailProgram(c(noah), noah.applicantId, p2);
  // The advocate reads Maya's page: an access log row, which goes too.
  await getAdvocateApplicant(t.db, advocate, maya.applicantId, clock.now());

  // Maya's sign-in records: a session, a linked single sign-on account, an unused sign-in link.
  mayaEmail = (await t.db.user.findUniqueOrThrow({ where: { id: maya.userId } })).email;
  await t.db.session.create({ data: { sessionToken: "maya-session", userId: maya.userId, expires: new Date(clock.now().getTime() + 24 * HOUR) } });
  await t.db.account.create({ data: { userId: maya.userId, type: "oidc", provider: "school-sso", providerAccountId: "maya-sub" } });
  await t.db.verificationToken.create({ data: { identifier: mayaEmail, token: "maya-token-hash", expires: new Date(clock.now().getTime() + HOUR) } });
  // An applicant invited this season who never accepted.
  invitationEmail = "pending.applicant@example.edu";
  await createInvitation(
    c(home.dean),
    { role: "APPLICANT", name: "Pending Person", email: invitationEmail, aamcId: "41000001", degreeType: "US_DO", specialty: "Pediatrics" },
    { mailer: null, origin: "http://localhost" },
  );

  // Next season's applicant (made after this season's end) and another school's stay.
  nextYear = await home.addApplicant({ name: "Next Year Applicant" });
  await t.db.applicantProfile.update({ where: { id: nextYear.applicantId }, data: { createdAt: new Date(seasonEndsAt.getTime() + 30 * 24 * HOUR) } });
  awayApplicant = await away.addApplicant({ name: "Away Applicant", redFlags: ["LEAVE_OF_ABSENCE"] });
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});

let mayaEmail: string;
/** The notifications about Maya or to her, and the emails to her address. */
async function mayasNotifications() {
  return {
    notifications: await t.db.notification.count({ where: { OR: [{ applicantId: maya.applicantId }, { userId: maya.userId }] } }),
    emails: await t.db.outboxEmail.count({ where: { toAddress: mayaEmail } }),
  };
}

/** Every text column of the tables that hold applicants' words, and the audit log's values, as one string per row. */
async function textsMentioning(needle: string): Promise<string[]> {
  const rows = await t.db.$queryRaw<{ found: string }[]>`
    SELECT 'audit_logs' AS found FROM audit_logs WHERE school_id = ${home.schoolId} AND (coalesce("before"::text, '') || coalesce("after"::text, '') || coalesce(reason, '')) ILIKE ${"%" + needle + "%"}
    UNION ALL SELECT 'users' FROM users WHERE school_id = ${home.schoolId} AND (name || email) ILIKE ${"%" + needle + "%"}
    UNION ALL SELECT 'red_flags' FROM red_flags WHERE school_id = ${home.schoolId} AND context ILIKE ${"%" + needle + "%"}
    UNION ALL SELECT 'narratives' FROM narratives WHERE school_id = ${home.schoolId} AND array_to_string(weakness_context, ' ') ILIKE ${"%" + needle + "%"}
    UNION ALL SELECT 'contacts' FROM contacts WHERE school_id = ${home.schoolId} AND summary ILIKE ${"%" + needle + "%"}
    UNION ALL SELECT 'notifications' FROM notifications WHERE school_id = ${home.schoolId} AND (title || body) ILIKE ${"%" + needle + "%"}
    UNION ALL SELECT 'outbox_emails' FROM outbox_emails WHERE school_id = ${home.schoolId} AND (to_address || text) ILIKE ${"%" + needle + "%"}
    UNION ALL SELECT 'invitations' FROM invitations WHERE school_id = ${home.schoolId} AND (name || email) ILIKE ${"%" + needle + "%"}`;
  return rows.map((r) => r.found);
}

describe("retention of applicants' personal data", () => {
  let removeAt: Date;
  let noticeAt: Date;

  it("is scheduled from the school's setting once the workers start, and a change of the setting moves it", async () => {
    await ensureRetentionJobs(t.db, clock);
    // A second instance starting keeps the one job.
    await ensureRetentionJobs(t.db, clock);
    expect(await noticesOf(home.schoolId)).toEqual([{ schoolId: home.schoolId, seasonEndsAt: seasonEndsAt.toISOString() }]);
    // The other school's season ended before the school joined: it had nobody here, so no job.
    expect(await noticesOf(away.schoolId)).toEqual([]);

    await updateRetention(ctx()(home.dean), { retentionDays: 30 });
    const schedule = retentionSchedule(seasonEndsAt, 30, NY);
    ({ removeAt, noticeAt } = schedule);
    const view = await getRetentionView(t.db, home.dean, clock.now());
    expect(view.retentionDays).toBe(30);
    expect(view.planned).toEqual([{ seasonEndsAt, seasonName: "Match Week 2026", noticedAt: null, noticeAt, removeAt }]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { schoolId: home.schoolId, action: "settings.retention" } });
    expect(audit).toMatchObject({ actorUserId: home.dean.userId, before: { retentionDays: 90 }, after: { retentionDays: 30 } });
    // Still one job for the season.
    expect(await noticesOf(home.schoolId)).toHaveLength(1);
  });

  it("tells nobody before the notice's time", async () => {
    await travelTo(new Date(noticeAt.getTime() - 10 * 60_000));
    await jobs.runDue();
    expect(await t.db.notification.count({ where: { kind: "DATA_RETENTION" } })).toBe(0);
  });

  it("tells the dean's office a week ahead, in the app and by email, what will go and when", async () => {
    await travelTo(new Date(noticeAt.getTime() + 60_000));
    await jobs.runDue();
    const notice = await t.db.notification.findFirstOrThrow({ where: { userId: home.dean.userId, kind: "DATA_RETENTION" } });
    expect(notice.title).toBe(`Applicants' data of Match Week 2026 will be removed on ${formatInZone(removeAt, NY)}`);
    expect(notice.body).toContain("- 2 applicants: names, addresses");
    expect(notice.body).toContain("- 1 red flag with their context");
    expect(notice.body).toContain("- 1 invitation");
    expect(notice.linkPath).toBe("/dean/settings#retention-heading");
    const [mail, ...more] = deanMails();
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(notice.title);
    expect(mail?.links).toContain("https://soap-desk.school.test/dean/settings#retention-heading");
    expect(await t.db.auditLog.count({ where: { schoolId: home.schoolId, action: "retention.notice", actorUserId: null } })).toBe(1);
    // Nothing is removed yet; the removal waits for its day.
    expect(await t.db.redFlag.count({ where: { applicantId: maya.applicantId } })).toBe(1);
    expect((await mayasNotifications()).notifications).toBeGreaterThan(0);
    expect((await mayasNotifications()).emails).toBeGreaterThan(0);
    expect((await jobs.pending("retention-remove")).map((j) => j.payload)).toEqual([
      { schoolId: home.schoolId, seasonEndsAt: seasonEndsAt.toISOString(), noticedAt: clock.now().toISOString() },
    ]);
  });

  it("on the day, archives the season's figures and removes or anonymises the personal data, with an audit entry", async () => {
    await travelTo(new Date(removeAt.getTime() + 60_000));
    await jobs.runDue();

    const [archive, ...others] = await t.db.seasonArchive.findMany({ where: { schoolId: home.schoolId } });
    expect(others).toEqual([]);
    expect(archive).toMatchObject({
      seasonName: "Match Week 2026",
      windowEndsAt: seasonEndsAt,
      applicants: 2,
      placed: 1,
      advocates: 1,
      programsTargeted: 2,
      applications: 3,
      contacts: 4,
      facultyContacts: 1,
      offers: 1,
      offersAccepted: 1,
    });
    expect(archive?.breakdown).toEqual({
      contactsByChannel: {
        EMAIL: { outbound: 2, inbound: 0 },
        PHONE: { outbound: 1, inbound: 1 },
        VOICEMAIL: { outbound: 0, inbound: 0 },
        VIDEO: { outbound: 0, inbound: 0 },
      },
      specialties: [{ specialty: "Internal Medicine", applicants: 2, placed: 1 }],
    });

    // The season's applicants: no profile, red flag, narrative, contact, claim, offer or session left.
    const of = { applicantId: { in: [maya.applicantId, noah.applicantId] } };
    expect(await t.db.applicantProfile.count({ where: { id: { in: [maya.applicantId, noah.applicantId] } } })).toBe(0);
    for (const count of [
      t.db.redFlag.count({ where: of }),
      t.db.narrative.count({ where: of }),
      t.db.contact.count({ where: of }),
      t.db.target.count({ where: of }),
      t.db.claim.count({ where: of }),
      t.db.offer.count({ where: of }),
      t.db.task.count({ where: of }),
    ])
      expect(await count).toBe(0);
    expect(await t.db.session.count({ where: { userId: maya.userId } })).toBe(0);
    expect(await t.db.account.count({ where: { userId: maya.userId } })).toBe(0);
    expect(await t.db.verificationToken.count({ where: { token: "maya-token-hash" } })).toBe(0);
    expect(await t.db.invitation.count({ where: { email: invitationEmail } })).toBe(0);
    expect(await mayasNotifications()).toEqual({ notifications: 0, emails: 0 });
    // The user row stays only as an id the audit log names, with no name or address.
    expect(await t.db.user.findUniqueOrThrow({ where: { id: maya.userId } })).toMatchObject({
      name: "Removed applicant",
      email: `removed-${maya.userId}@removed.invalid`,
      emailVerified: null,
    });
    // No word of theirs anywhere: not in the audit log's values, nor in a notification or an email.
    for (const needle of [SECRET_CONTEXT, SECRET_NOTE, "Maya Patel", "Noah Lindqvist", "Pending Person", invitationEmail, "Never late"])
      expect(await textsMentioning(needle), needle).toEqual([]);
    // Who did what, and when, stays.
    expect(await t.db.auditLog.count({ where: { applicantId: maya.applicantId, action: "contact.log" } })).toBeGreaterThanOrEqual(2);
    expect(await t.db.auditLog.count({ where: { applicantId: maya.applicantId, action: "confidential.view" } })).toBe(1);

    const removal = await t.db.auditLog.findFirstOrThrow({ where: { schoolId: home.schoolId, action: "retention.remove" } });
    expect(removal).toMatchObject({
      actorUserId: null,
      entityType: "SeasonArchive",
      entityId: archive!.id,
      after: { season: "Match Week 2026", counts: { applicants: 2, redFlags: 1, narratives: 1, contacts: 4, invitations: 1, signInRecords: 3 } },
    });
  });

  it("tells the dean's office what went", async () => {
    const mails = deanMails();
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("will be removed"), "Applicants' data of Match Week 2026 was removed"]);
    expect(mails[1]?.body).toContain("- 2 applicants: names, addresses");
    expect(mails[1]?.body).toContain("2 applicants, 1 placed, 4 contacts, 1 offer.");
    // The notice it had is kept: it names nobody.
    expect(await t.db.notification.count({ where: { userId: home.dean.userId, kind: "DATA_RETENTION" } })).toBe(2);
  });

  it("leaves next season's applicant and another school alone", async () => {
    expect(await t.db.applicantProfile.count({ where: { id: nextYear.applicantId } })).toBe(1);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: nextYear.userId } })).name).toBe("Next Year Applicant");
    expect(await t.db.redFlag.count({ where: { applicantId: awayApplicant.applicantId } })).toBe(1);
    expect(await t.db.seasonArchive.count({ where: { schoolId: away.schoolId } })).toBe(0);
  });

  it("does nothing a second time, and the settings page shows the figures kept", async () => {
    const before = { archives: await t.db.seasonArchive.count(), audit: await t.db.auditLog.count(), notifications: await t.db.notification.count() };
    await sendRetentionNotice(t.db, clock, home.schoolId, seasonEndsAt.toISOString());
    await removeSeasonData(t.db, clock, home.schoolId, seasonEndsAt.toISOString(), clock.now().toISOString());
    await jobs.runDue();
    expect({ archives: await t.db.seasonArchive.count(), audit: await t.db.auditLog.count(), notifications: await t.db.notification.count() }).toEqual(before);
    expect((await jobs.pending()).filter((j) => j.name.startsWith("retention") && (j.payload as { schoolId: string }).schoolId === home.schoolId)).toEqual([]);

    const view = await getRetentionView(t.db, home.dean, clock.now());
    expect(view.planned).toEqual([]);
    expect(view.archives).toEqual([
      expect.objectContaining({
        seasonName: "Match Week 2026",
        applicants: 2,
        placed: 1,
        breakdown: expect.objectContaining({ specialties: expect.any(Array) }),
      }),
    ]);
  });

  it("leaves the audit log append-only but for that one redaction", async () => {
    const row = await t.db.auditLog.findFirstOrThrow({ where: { schoolId: home.schoolId, action: "settings.retention" } });
    await expect(t.db.auditLog.update({ where: { id: row.id }, data: { after: {} } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    // Even with the redaction on, only emptying is allowed: rewriting who, what or a value is refused.
    const redacting = (change: (tx: Parameters<Parameters<typeof t.db.$transaction>[0]>[0]) => Promise<unknown>) =>
      t.db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('soap_desk.audit_redaction', 'on', true)`;
        await change(tx);
      });
    await expect(redacting((tx) => tx.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } }))).rejects.toThrow(/append-only/);
    await expect(redacting((tx) => tx.auditLog.update({ where: { id: row.id }, data: { reason: "rewritten" } }))).rejects.toThrow(/append-only/);
    await expect(redacting((tx) => tx.auditLog.delete({ where: { id: row.id } }))).rejects.toThrow(/append-only/);
    expect(await t.db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses an out-of-range setting, saying why, and changes nothing", async () => {
    const error = await updateRetention(ctx()(home.dean), { retentionDays: 3 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { retentionDays: [expect.stringContaining("at least 14")] } });
    expect((await t.db.school.findUniqueOrThrow({ where: { id: home.schoolId } })).retentionDays).toBe(30);
  });
});
