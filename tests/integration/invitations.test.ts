// Invitations end to end against real PostgreSQL and a real SMTP server: the dean's office
// invites, the email carries a working link, accepting creates the account and a session.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createSmtpMailer } from "@/lib/server/mail/mailer";
import { createInvitation, LINK_SHOWN } from "@/lib/server/invitations/create-invitation";
import { resendInvitation } from "@/lib/server/invitations/resend-invitation";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { listInvitations, listSchoolPeople } from "@/lib/server/invitations/list-invitations";
import { previewInvitation } from "@/lib/server/invitations/preview-invitation";
import { hashInvitationToken } from "@/lib/server/invitations/invitation-token";
import type { InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";
import { failure } from "./support/failure";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { contextFor } from "./support/flows";
import { updateProfile } from "@/tests/support/commands";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { runInScope } from "@/lib/server/entry/scope";
import { createInvitationAction, resendInvitationAction } from "@/app/dean/invitations/actions";

let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let delivery: InvitationDelivery;
const clock = new ManualClock(new Date("2026-03-09T15:00:00Z"));
const ORIGIN = "http://soap-desk.test:3000";
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase("invitations");
  school = await createSchool(t.db, { now: clock.now(), programs: 1 });
  smtp = await startSmtpCapture();
  delivery = {
    mailer: createSmtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, user: undefined, password: undefined, from: "SOAP Desk <soap@school.test>" }),
    origin: ORIGIN,
  };
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});

function applicantInput(overrides: Record<string, string> = {}) {
  counter += 1;
  return {
    role: "APPLICANT",
    email: `invitee-${counter}@school.test`,
    name: `Invited Applicant ${counter}`,
    aamcId: String(30_000_000 + counter),
    degreeType: "US_DO",
    specialty: "Family Medicine",
    ...overrides,
  };
}

function tokenFromMail(email: string): string {
  const mails = smtp.to(email);
  const link = mails.at(-1)?.links.find((href) => href.startsWith(`${ORIGIN}/invite/`));
  expect(link).toBeDefined();
  return link!.slice(`${ORIGIN}/invite/`.length);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("inviting an applicant", () => {
  it("emails a working link, and accepting creates the user, the profile and a session", async () => {
    const ctx = contextFor(t.db, clock);
    const input = applicantInput();
    const result = await createInvitation(ctx(school.dean), input, delivery);
    expect(result).toMatchObject({ sent: true, email: input.email });

    const [mail] = smtp.to(input.email);
    expect(mail?.subject).toMatch(/invited you to SOAP Desk/);
    expect(mail?.body).toContain("Dana Dean");
    // Written for an applicant: their own advocates and their own list.
    expect(mail?.body).toContain("as an applicant");
    expect(mail?.body).toContain("your faculty advocates");
    const token = tokenFromMail(input.email);

    // Only the hash is stored; the audit row records the invitation, not the token.
    const stored = await t.db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.lastSentAt).toEqual(clock.now());
    const audits = await t.db.auditLog.findMany({ where: { entityId: result.invitationId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["invitation.create", "invitation.email_sent"]);
    expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain(token);

    expect(await previewInvitation(t.db, token, clock.now())).toMatchObject({ status: "pending", invitedByName: "Dana Dean", role: "APPLICANT" });

    clock.advanceMinutes(30);
    const { actor, session } = await acceptInvitation(t.db, token, clock.now());
    expect(actor).toMatchObject({ role: "APPLICANT", schoolId: school.schoolId, name: input.name });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: input.email }, include: { applicant: true, sessions: true } });
    expect(user.emailVerified).toEqual(clock.now());
    expect(user.applicant).toMatchObject({
      id: actor.applicantId,
      aamcId: input.aamcId,
      degreeType: "US_DO",
      specialty: "Family Medicine",
      schoolId: school.schoolId,
    });
    expect(user.sessions.map((s) => s.sessionToken)).toEqual([session.sessionToken]);
    expect(session.expires.getTime()).toBeGreaterThan(clock.now().getTime());
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } })).acceptedAt).toEqual(clock.now());
    expect(await t.db.auditLog.count({ where: { entityId: result.invitationId, action: "invitation.accept", actorUserId: user.id } })).toBe(1);

    // The link works once.
    const reused = await failure(acceptInvitation(t.db, token, clock.now()));
    expect(reused.message).toBe("This invitation has already been accepted. Sign in with your email address instead.");
    expect(await t.db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("invites an advocate, whose acceptance creates an advocate profile", async () => {
    const ctx = contextFor(t.db, clock);
    const email = "dr.pat@school.test";
    await createInvitation(
      ctx(school.dean),
      { role: "ADVOCATE", email, name: "Dr. Pat Advocate", advocateKind: "CLERKSHIP_DIRECTOR", title: "Clerkship Director, Surgery", specialty: "Surgery" },
      delivery,
    );
    // Written for an advocate, not in the applicant's words.
    const [mail] = smtp.to(email);
    expect(mail?.body).toContain("as a faculty advocate");
    expect(mail?.body).toContain("the applicants you speak for");
    expect(mail?.body).not.toMatch(/your faculty advocates|your target list/);
    const { actor } = await acceptInvitation(t.db, tokenFromMail(email), clock.now());
    expect(actor.role).toBe("ADVOCATE");
    expect(await t.db.advocateProfile.findUniqueOrThrow({ where: { id: actor.advocateId! } })).toMatchObject({
      kind: "CLERKSHIP_DIRECTOR",
      title: "Clerkship Director, Surgery",
    });
  });
});

describe("refused links", () => {
  it("refuses an expired link, naming when it expired", async () => {
    const ctx = contextFor(t.db, clock);
    const input = applicantInput();
    await createInvitation(ctx(school.dean), input, delivery);
    const token = tokenFromMail(input.email);
    const later = new Date(clock.now().getTime() + 7 * 24 * 3_600_000 + 60_000);
    const error = await failure(acceptInvitation(t.db, token, later));
    expect(error.message).toMatch(/^This invitation expired on .+\. Ask your dean's office to re-send it\.$/);
    expect(await t.db.user.count({ where: { email: input.email } })).toBe(0);
    expect((await previewInvitation(t.db, token, later))?.status).toBe("expired");
  });

  it("refuses unknown and malformed links", async () => {
    const unknown = await failure(acceptInvitation(t.db, "A".repeat(43), clock.now()));
    expect(unknown.code).toBe("NOT_FOUND");
    expect(unknown.message).toMatch(/^This invitation link is not valid/);
    expect((await failure(acceptInvitation(t.db, "short", clock.now()))).code).toBe("NOT_FOUND");
    expect(await previewInvitation(t.db, "A".repeat(43), clock.now())).toBeNull();
  });
});

describe("who and what may be invited", () => {
  it("refuses an address that already has an account or a pending invitation, and a used AAMC ID", async () => {
    const ctx = contextFor(t.db, clock);
    const existing = await school.addApplicant();
    const existingUser = await t.db.user.findUniqueOrThrow({ where: { id: existing.userId }, include: { applicant: true } });

    const taken = await failure(createInvitation(ctx(school.dean), applicantInput({ email: existingUser.email.toUpperCase() }), delivery));
    expect(taken.code).toBe("CONFLICT");
    expect(taken.message).toMatch(/already has a SOAP Desk account/);
    expect(taken.fieldErrors?.email).toBeDefined();

    const first = applicantInput();
    await createInvitation(ctx(school.dean), first, delivery);
    const again = await failure(createInvitation(ctx(school.dean), applicantInput({ email: first.email }), delivery));
    expect(again.message).toMatch(/was already invited .* use Re-send in the list instead/);

    const aamc = await failure(createInvitation(ctx(school.dean), applicantInput({ aamcId: existingUser.applicant!.aamcId }), delivery));
    expect(aamc.fieldErrors?.aamcId?.[0]).toBe(`AAMC ID ${existingUser.applicant!.aamcId} already belongs to ${existingUser.name} in your school.`);
    const pendingAamc = await failure(createInvitation(ctx(school.dean), applicantInput({ aamcId: first.aamcId }), delivery));
    expect(pendingAamc.message).toMatch(/already on a pending invitation/);
  });

  it("lets only the dean's office invite, and writes nothing otherwise", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const advocate = await school.addAdvocate();
    const before = await t.db.invitation.count();
    for (const actor of [applicant, advocate]) {
      const error = await failure(createInvitation(ctx(actor), applicantInput(), delivery));
      expect(error.code).toBe("FORBIDDEN");
      expect((await failure(listInvitations(t.db, actor, clock.now()))).code).toBe("FORBIDDEN");
    }
    expect(await t.db.invitation.count()).toBe(before);
  });

  it("refuses bad input field by field", async () => {
    const error = await failure(createInvitation(contextFor(t.db, clock)(school.dean), applicantInput({ aamcId: "12-34", email: "nope" }), delivery));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors).toMatchObject({ aamcId: ["AAMC ID must be exactly 8 digits."], email: ["Enter a valid email address, like name@school.edu."] });
  });

  it("lets exactly one of two simultaneous invitations to one address through", async () => {
    const ctx = contextFor(t.db, clock);
    const input = applicantInput();
    const results = await Promise.allSettled([
      createInvitation(ctx(school.dean), input, delivery),
      createInvitation(ctx(school.dean), { ...input, aamcId: "39999999" }, delivery),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.invitation.count({ where: { email: input.email } })).toBe(1);
  });
});

describe("when the email cannot be sent", () => {
  it("keeps the invitation, says why, and a re-send issues a new link that replaces the old one", async () => {
    const ctx = contextFor(t.db, clock);
    const input = applicantInput();
    const broken = {
      mailer: createSmtpMailer({ host: "127.0.0.1", port: await closedPort(), secure: false, user: undefined, password: undefined, from: "soap@school.test" }),
      origin: ORIGIN,
    };
    const result = await createInvitation(ctx(school.dean), input, broken);
    expect(result.sent).toBe(false);
    expect(!result.sent && result.problem).toMatch(new RegExp(`^The email to ${input.email} could not be sent: .*re-send it once email works\\.$`));
    expect(await t.db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } })).toMatchObject({ lastSentAt: null, acceptedAt: null });

    const noMail = await resendInvitation(ctx(school.dean), { invitationId: result.invitationId }, { mailer: null, origin: ORIGIN });
    expect(!noMail.sent && noMail.problem).toMatch(/Email is not set up on this server/);

    await resendInvitation(ctx(school.dean), { invitationId: result.invitationId }, delivery);
    const first = tokenFromMail(input.email);
    clock.advanceMinutes(1);
    await resendInvitation(ctx(school.dean), { invitationId: result.invitationId }, delivery);
    const second = tokenFromMail(input.email);
    expect(second).not.toBe(first);
    expect((await failure(acceptInvitation(t.db, first, clock.now()))).code).toBe("NOT_FOUND");
    const { actor } = await acceptInvitation(t.db, second, clock.now());
    expect(actor.name).toBe(input.name);

    const done = await failure(resendInvitation(ctx(school.dean), { invitationId: result.invitationId }, delivery));
    expect(done.message).toMatch(/already accepted the invitation/);
  });

  it("answers another school's invitation as not found", async () => {
    const other = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    const ctx = contextFor(t.db, clock);
    const result = await createInvitation(ctx(school.dean), applicantInput(), delivery);
    expect((await failure(resendInvitation(ctx(other.dean), { invitationId: result.invitationId }, delivery))).code).toBe("NOT_FOUND");
    expect((await listInvitations(t.db, other.dean, clock.now())).rows).toEqual([]);
  });
});

describe("across schools and AAMC IDs", () => {
  it("tells another school's dean only that an address is in use", async () => {
    const ctx = contextFor(t.db, clock);
    const other = await createSchool(t.db, { now: clock.now(), programs: 1 });
    const existing = await school.addApplicant();
    const email = (await t.db.user.findUniqueOrThrow({ where: { id: existing.userId } })).email;
    const refused = await failure(createInvitation(ctx(other.dean), applicantInput({ email }), delivery));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/cannot be invited: the address is already in use on SOAP Desk/);
    expect(refused.message).not.toMatch(/account|pending|invited \(/);
  });

  it("keeps an AAMC ID on a pending invitation from being taken by a profile edit", async () => {
    const ctx = contextFor(t.db, clock);
    const invited = applicantInput();
    await createInvitation(ctx(school.dean), invited, delivery);
    const applicant = await school.addApplicant();
    const refused = await failure(
      updateProfile(ctx(applicant), applicant.applicantId, {
        aamcId: invited.aamcId,
        degreeType: "US_MD",
        step2Score: 230,
        specialty: "Internal Medicine",
        phone: "555-0100",
        redFlags: [],
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.fieldErrors?.aamcId).toBeDefined();
  });
});

describe("without an email server", () => {
  const noMail: InvitationDelivery = { mailer: null, origin: ORIGIN };
  const tokenOf = (link: string | null) => {
    expect(link).toMatch(new RegExp(`^${ORIGIN}/invite/[A-Za-z0-9_-]{43}$`));
    return link!.slice(`${ORIGIN}/invite/`.length);
  };

  it("answers the link once, on the configured public origin, and the link works once", async () => {
    const ctx = contextFor(t.db, clock);
    const input = applicantInput();
    const result = await createInvitation(ctx(school.dean), input, noMail);
    expect(result).toMatchObject({ sent: false, email: input.email });
    const token = tokenOf(result.link);

    // Nothing was emailed; only the hash is kept, and the audit row says the link was shown, not what it was.
    expect(smtp.to(input.email)).toHaveLength(0);
    const stored = await t.db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(stored).toMatchObject({ tokenHash: hashInvitationToken(token), lastSentAt: null });
    const audits = await t.db.auditLog.findMany({ where: { entityId: result.invitationId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, (a.after as { link?: string }).link])).toEqual([["invitation.create", LINK_SHOWN]]);
    expect(JSON.stringify(audits.map((a) => [a.before, a.after, a.reason]))).not.toContain(token);

    const { actor } = await acceptInvitation(t.db, token, clock.now());
    expect(actor).toMatchObject({ role: "APPLICANT", name: input.name, schoolId: school.schoolId });
    expect((await failure(acceptInvitation(t.db, token, clock.now()))).message).toBe(
      "This invitation has already been accepted. Sign in with your email address instead.",
    );
  });

  it("makes a new link on re-send, and the one shown before stops working", async () => {
    const ctx = contextFor(t.db, clock);
    const input = applicantInput();
    const first = tokenOf((await createInvitation(ctx(school.dean), input, noMail)).link);
    const again = await resendInvitation(
      ctx(school.dean),
      { invitationId: (await t.db.invitation.findFirstOrThrow({ where: { email: input.email } })).id },
      noMail,
    );
    const second = tokenOf(again.link);
    expect(second).not.toBe(first);
    expect((await failure(acceptInvitation(t.db, first, clock.now()))).code).toBe("NOT_FOUND");
    expect((await acceptInvitation(t.db, second, clock.now())).actor.name).toBe(input.name);
    expect(smtp.to(input.email)).toHaveLength(0);
  });

  it("never shows the link when email is set up, even when the email fails", async () => {
    const ctx = contextFor(t.db, clock);
    const sent = await createInvitation(ctx(school.dean), applicantInput(), delivery);
    expect(sent).toMatchObject({ sent: true, link: null });
    expect((await resendInvitation(ctx(school.dean), { invitationId: sent.invitationId }, delivery)).link).toBeNull();
    const broken = {
      mailer: createSmtpMailer({ host: "127.0.0.1", port: await closedPort(), secure: false, user: undefined, password: undefined, from: "soap@school.test" }),
      origin: ORIGIN,
    };
    expect(await createInvitation(ctx(school.dean), applicantInput(), broken)).toMatchObject({ sent: false, link: null });
  });

  it("the dean's invite and re-send actions answer the link with a clear message", async () => {
    const scope = { db: t.db, clock, actor: async () => school.dean, revalidate: () => {}, outbox: () => noMail };
    const input = applicantInput();
    const created = await runInScope(scope, () => createInvitationAction(input));
    expect(created).toMatchObject({
      ok: true,
      message: `Invitation saved for ${input.email}. Email is not set up on this server, so no email was sent: copy the link below and send it to them yourself.`,
    });
    const token = tokenOf(created.ok ? (created.data?.link ?? null) : null);
    const invitationId = (await t.db.invitation.findFirstOrThrow({ where: { email: input.email } })).id;
    const resent = await runInScope(scope, () => resendInvitationAction({ invitationId }));
    expect(resent).toMatchObject({ ok: true, message: expect.stringMatching(/^New link made for .+; the old one no longer works\. Email is not set up/) });
    expect(tokenOf(resent.ok ? (resent.data?.link ?? null) : null)).not.toBe(token);

    // With email set up, the answers carry no link.
    const mailScope = { ...scope, outbox: () => delivery };
    const emailed = await runInScope(mailScope, () => createInvitationAction(applicantInput()));
    expect(emailed).toMatchObject({ ok: true, message: expect.stringMatching(/^Invitation sent to /) });
    expect(emailed.ok && emailed.data).toBeFalsy();
  });
});

describe("people already in the school", () => {
  it("lists the school's applicants and advocates with their emails and when they joined, newest first", async () => {
    const ctx = contextFor(t.db, clock);
    const own = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    const elsewhere = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    await elsewhere.addApplicant({ name: "Elsewhere Applicant" });
    const applicant = await own.addApplicant({ name: "Ada Applicant" });
    const advocate = await own.addAdvocate({ name: "Dr. Ben Advocate" });
    const input = applicantInput({ name: "Cleo Invitee" });
    const { link } = await createInvitation(ctx(own.dean), input, { mailer: null, origin: ORIGIN });
    await acceptInvitation(t.db, link!.slice(`${ORIGIN}/invite/`.length), clock.now());

    const people = await listSchoolPeople(t.db, own.dean);
    const users = await t.db.user.findMany({ where: { schoolId: own.schoolId } });
    const joined = (name: string) => users.find((u) => u.name === name)!.createdAt;
    expect(people).toEqual([
      {
        userId: expect.any(String),
        name: "Cleo Invitee",
        email: input.email,
        role: "APPLICANT",
        detail: `Family Medicine · AAMC ${input.aamcId}`,
        joinedAt: joined("Cleo Invitee"),
      },
      {
        userId: advocate.userId,
        name: "Dr. Ben Advocate",
        email: expect.stringMatching(/^advocate-/),
        role: "ADVOCATE",
        detail: "Program Director, Internal Medicine",
        joinedAt: joined("Dr. Ben Advocate"),
      },
      {
        userId: applicant.userId,
        name: "Ada Applicant",
        email: expect.stringMatching(/^applicant-/),
        role: "APPLICANT",
        detail: expect.stringMatching(/^Internal Medicine · AAMC \d{8}$/),
        joinedAt: joined("Ada Applicant"),
      },
    ]);
    // The dean's office itself is not listed, nor anyone of another school; only the dean's office may see the list.
    expect((await failure(listSchoolPeople(t.db, applicant))).code).toBe("FORBIDDEN");
    expect((await listSchoolPeople(t.db, elsewhere.dean)).map((p) => p.name)).toEqual(["Elsewhere Applicant"]);
  });
});
