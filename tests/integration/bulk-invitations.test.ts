// Bulk invitations from a CSV against real PostgreSQL and a real SMTP server: a good file invites
// everyone and emails each a working link; a file with any bad row changes nothing and lists every
// bad row; a mail server that refuses leaves the invitations saved and says which were not sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createPrismaClient } from "@/lib/server/core/db";
import { createSmtpMailer } from "@/lib/server/mail/mailer";
import { BulkInvitationsRejected, previewBulkInvitations, sendBulkInvitations } from "@/lib/server/invitations/bulk-invitations";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import type { InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";
import { runInScope } from "@/lib/server/entry/scope";
import { listPeople } from "@/lib/server/invitations/people";
import { assignAdvocate } from "@/tests/support/commands";
import type { Actor } from "@/lib/server/core/actor";
import { previewBulkInvitationsAction, sendBulkInvitationsAction } from "@/app/dean/people/actions";
import { failure } from "./support/failure";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { contextFor } from "./support/flows";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";

let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let delivery: InvitationDelivery;
const clock = new ManualClock(new Date("2026-03-09T15:00:00Z"));
const ORIGIN = "http://soap-desk.test:3000";
const HEADER = "Name,Email,AAMC ID,Specialty";
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase("bulk_invitations");
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

/** A fresh applicant row: a unique address and AAMC ID. */
function person(overrides: { name?: string; email?: string; aamcId?: string; specialty?: string } = {}) {
  counter += 1;
  return {
    name: overrides.name ?? `Bulk Applicant ${counter}`,
    email: overrides.email ?? `bulk-${counter}@school.test`,
    aamcId: overrides.aamcId ?? String(50_000_000 + counter),
    specialty: overrides.specialty ?? "Internal Medicine",
  };
}

const line = (p: ReturnType<typeof person>) => `${p.name},${p.email},${p.aamcId},${p.specialty}`;
const file = (...lines: string[]) => [HEADER, ...lines].join("\r\n") + "\r\n";

async function counts() {
  const [invitations, users, audits] = await Promise.all([t.db.invitation.count(), t.db.user.count(), t.db.auditLog.count()]);
  return { invitations, users, audits };
}

describe("a good file", () => {
  it("previews every row, then invites everyone and emails each a working link", async () => {
    const ctx = contextFor(t.db, clock)(school.dean);
    const people = [person(), person({ name: "José Núñez" }), person({ specialty: "Family Medicine" })];
    const csv = file(...people.map(line));

    const preview = await previewBulkInvitations(t.db, school.dean, csv, clock.now());
    expect(preview.errors).toEqual([]);
    expect(preview.degreeAssumed).toBe(true);
    expect(preview.rows.map((r) => [r.row, r.email])).toEqual(people.map((p, i) => [i + 2, p.email]));

    const before = await counts();
    const result = await sendBulkInvitations(ctx, csv, delivery);
    expect(result).toEqual({ invited: 3, sent: people.map((p) => p.email), notSent: [] });

    const stored = await t.db.invitation.findMany({ where: { email: { in: people.map((p) => p.email) } }, orderBy: { aamcId: "asc" } });
    expect(
      stored.map((i) => ({ name: i.name, aamcId: i.aamcId, degreeType: i.degreeType, specialty: i.specialty, schoolId: i.schoolId, role: i.role })),
    ).toEqual(
      people.map((p) => ({ name: p.name, aamcId: p.aamcId, degreeType: "US_MD", specialty: p.specialty, schoolId: school.schoolId, role: "APPLICANT" })),
    );
    expect(stored.every((i) => i.lastSentAt?.getTime() === clock.now().getTime() && i.invitedById === school.dean.userId)).toBe(true);
    // One "invitation.create" and one "invitation.email_sent" audit row per invitation.
    const audits = await t.db.auditLog.findMany({ where: { entityId: { in: stored.map((i) => i.id) } } });
    expect(audits.filter((a) => a.action === "invitation.create")).toHaveLength(3);
    expect(audits.filter((a) => a.action === "invitation.email_sent")).toHaveLength(3);
    expect(await counts()).toEqual({ ...before, invitations: before.invitations + 3, audits: before.audits + 6 });

    for (const p of people) {
      const [mail] = smtp.to(p.email);
      expect(mail?.subject).toMatch(/invited you to SOAP Desk/);
      const link = mail?.links.find((href) => href.startsWith(`${ORIGIN}/invite/`));
      expect(link).toBeDefined();
      if (p === people[1]) {
        // The link works: accepting creates the applicant with what the file said.
        const { actor } = await acceptInvitation(t.db, link!.slice(`${ORIGIN}/invite/`.length), clock.now());
        expect(actor).toMatchObject({ role: "APPLICANT", name: "José Núñez", schoolId: school.schoolId });
        expect(await t.db.applicantProfile.findUniqueOrThrow({ where: { id: actor.applicantId! } })).toMatchObject({ aamcId: p.aamcId, degreeType: "US_MD" });
      }
    }
  });

  it("takes the degree from a Degree column", async () => {
    const [a, b] = [person(), person()];
    const csv = ["Name,Email,AAMC ID,Specialty,Degree", `${line(a)},IMG`, `${line(b)},US DO`].join("\n");
    const preview = await previewBulkInvitations(t.db, school.dean, csv, clock.now());
    expect(preview.degreeAssumed).toBe(false);
    await sendBulkInvitations(contextFor(t.db, clock)(school.dean), csv, { mailer: null, origin: ORIGIN });
    const stored = await t.db.invitation.findMany({ where: { email: { in: [a.email, b.email] } }, orderBy: { aamcId: "asc" } });
    expect(stored.map((i) => i.degreeType)).toEqual(["IMG", "US_DO"]);
  });
});

describe("a file with bad rows", () => {
  it("changes nothing and lists every bad row with its row number", async () => {
    const ctx = contextFor(t.db, clock)(school.dean);
    const existing = await school.addApplicant();
    const existingProfile = await t.db.applicantProfile.findUniqueOrThrow({ where: { id: existing.applicantId }, include: { user: true } });
    const good = person();
    const twin = person();
    const csv = file(
      line(good), // row 2
      line(person({ email: "not-an-email" })), // row 3
      line(person({ aamcId: "1234567" })), // row 4
      line(twin), // row 5
      line(person({ email: twin.email.toUpperCase() })), // row 6: the same address as row 5
      line(person({ aamcId: existingProfile.aamcId })), // row 7: an AAMC ID already in the school
      line(person({ email: existingProfile.user.email })), // row 8: an address that already has an account
    );

    const before = await counts();
    const mailsBefore = smtp.messages.length;
    const error = await failure(sendBulkInvitations(ctx, csv, delivery));
    expect(error).toBeInstanceOf(BulkInvitationsRejected);
    expect(error.code).toBe("INVALID_INPUT");
    const everyBadRow = [
      [3, "Email"],
      [4, "AAMC ID"],
      [6, "Email"],
      [7, "AAMC ID"],
      [8, "Email"],
    ];
    expect((error as BulkInvitationsRejected).errors.map((e) => [e.row, e.column])).toEqual(everyBadRow);
    expect(error.fieldErrors?.csv?.[2]).toBe(`Row 6 (Email): ${twin.email} is also on row 5: each applicant may appear only once.`);
    expect(error.message).toBe("Nobody was invited: 5 rows have problems. Fix them in the file and check it again.");
    expect(await counts()).toEqual(before);
    expect(smtp.messages.length).toBe(mailsBefore);

    // The preview lists the same bad rows, without writing either.
    const preview = await previewBulkInvitations(t.db, school.dean, csv, clock.now());
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual(everyBadRow);
    expect(preview.errors.map((e) => e.message)).toEqual((error as BulkInvitationsRejected).errors.map((e) => e.message));
    expect(preview.errors[1]?.message).toMatch(/^AAMC ID must be exactly 8 digits\. Found "1234567" \(7 digits\)/);
    expect(preview.errors[3]?.message).toBe(`AAMC ID ${existingProfile.aamcId} already belongs to ${existingProfile.user.name} in your school.`);
    expect(preview.errors[4]?.message).toBe(`${existingProfile.user.email} already has a SOAP Desk account: they can sign in with it.`);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 5]);

    // Without the file's own mistakes, the school's clashes still stop the whole file.
    const clashes = file(line(good), line(person({ aamcId: existingProfile.aamcId })), line(person({ email: existingProfile.user.email })));
    const refused = await failure(sendBulkInvitations(ctx, clashes, delivery));
    expect((refused as BulkInvitationsRejected).errors.map((e) => [e.row, e.column])).toEqual([
      [3, "AAMC ID"],
      [4, "Email"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("refuses addresses and AAMC IDs on pending invitations, and says only 'in use' for another school's address", async () => {
    const ctx = contextFor(t.db, clock);
    const other = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    const pending = person();
    await createInvitation(ctx(school.dean), { role: "APPLICANT", degreeType: "US_MD", ...pending }, { mailer: null, origin: ORIGIN });
    const elsewhere = person();
    await createInvitation(ctx(other.dean), { role: "APPLICANT", degreeType: "US_MD", ...elsewhere }, { mailer: null, origin: ORIGIN });

    const csv = file(line(person({ email: pending.email })), line(person({ aamcId: pending.aamcId })), line(person({ email: elsewhere.email })));
    const preview = await previewBulkInvitations(t.db, school.dean, csv, clock.now());
    expect(preview.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^${pending.email} was already invited \\(.+\\) and the invitation is still pending: re-send it from the Invitations page`),
      ),
      `AAMC ID ${pending.aamcId} is already on a pending invitation to ${pending.name}.`,
      `${elsewhere.email} cannot be invited: the address is already in use on SOAP Desk. Ask the applicant for another address.`,
    ]);
    expect(preview.rows).toEqual([]);
  });

  it("refuses an empty file as invalid input", async () => {
    for (const csv of ["", "  \n"]) {
      expect((await failure(previewBulkInvitations(t.db, school.dean, csv, clock.now()))).code).toBe("INVALID_INPUT");
      expect((await failure(sendBulkInvitations(contextFor(t.db, clock)(school.dean), csv, delivery))).message).toMatch(/^The file is empty/);
    }
  });
});

describe("across schools and roles", () => {
  it("is not blocked by another school's applicant with the same AAMC ID", async () => {
    const other = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    const theirs = await other.addApplicant();
    // A number no applicant of this school has: the other school's applicant holds it.
    const aamcId = String(60_000_000 + counter++);
    await t.db.applicantProfile.update({ where: { id: theirs.applicantId }, data: { aamcId } });
    expect(await t.db.applicantProfile.count({ where: { schoolId: school.schoolId, aamcId } })).toBe(0);
    const ours = person({ aamcId });
    const csv = file(line(ours));
    expect((await previewBulkInvitations(t.db, school.dean, csv, clock.now())).errors).toEqual([]);
    const result = await sendBulkInvitations(contextFor(t.db, clock)(school.dean), csv, delivery);
    expect(result).toMatchObject({ invited: 1, sent: [ours.email] });
  });

  it("refuses an applicant or an advocate, and writes nothing", async () => {
    const ctx = contextFor(t.db, clock);
    const csv = file(line(person()));
    const before = await counts();
    for (const actor of [await school.addApplicant(), await school.addAdvocate()]) {
      const after = await counts();
      expect((await failure(previewBulkInvitations(t.db, actor, csv, clock.now()))).code).toBe("FORBIDDEN");
      expect((await failure(sendBulkInvitations(ctx(actor), csv, delivery))).code).toBe("FORBIDDEN");
      expect(await counts()).toEqual(after);
    }
    expect((await counts()).invitations).toBe(before.invitations);
  });

  it("answers through the actions: a dean's empty file is invalid input, anyone else is refused at the door", async () => {
    const csv = file(line(person()));
    const scope = (actor: Actor | null) => ({
      db: t.db,
      clock,
      actor: async () => actor,
      revalidate: () => {},
      outbox: () => delivery,
    });
    const asDean = <T>(work: () => Promise<T>) => runInScope(scope(school.dean), work);
    expect(await asDean(() => previewBulkInvitationsAction({ csv: "" }))).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await asDean(() => sendBulkInvitationsAction({ csv: "" }))).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const checked = await asDean(() => previewBulkInvitationsAction({ csv }));
    expect(checked).toMatchObject({ ok: true, data: { errors: [], degreeAssumed: true } });
    const sent = await asDean(() => sendBulkInvitationsAction({ csv }));
    expect(sent).toMatchObject({ ok: true, message: "Invited 1 applicant; 1 email sent.", data: { invited: 1 } });
    const again = await asDean(() => sendBulkInvitationsAction({ csv }));
    expect(again).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        csv: [
          expect.stringMatching(/^Row 2 \(Email\): .* was already invited/),
          expect.stringMatching(/^Row 2 \(AAMC ID\): .* is already on a pending invitation/),
        ],
      },
    });
    const advocate = await school.addAdvocate();
    expect(await runInScope(scope(advocate), () => sendBulkInvitationsAction({ csv }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await runInScope(scope(null), () => previewBulkInvitationsAction({ csv }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("all-or-nothing under load", () => {
  it("looks up all rows in one query, however long the file", async () => {
    const queries: string[] = [];
    const counted = createPrismaClient(t.url, { onQuery: (sql) => queries.push(sql) });
    try {
      const queriesFor = async (rows: number) => {
        queries.length = 0;
        const csv = file(...Array.from({ length: rows }, () => line(person())));
        expect((await previewBulkInvitations(counted, school.dean, csv, clock.now())).rows).toHaveLength(rows);
        return queries.length;
      };
      const few = await queriesFor(2);
      expect(few).toBe(1);
      expect(await queriesFor(200)).toBe(few);
    } finally {
      await counted.$disconnect();
    }
  });

  it("lets exactly one of two simultaneous files with the same AAMC ID through", async () => {
    const ctx = contextFor(t.db, clock)(school.dean);
    const shared = person();
    const a = file(line(person()), line(shared));
    const b = file(line(person({ aamcId: shared.aamcId })), line(person()));
    const before = await counts();
    const results = await Promise.allSettled([
      sendBulkInvitations(ctx, a, { mailer: null, origin: ORIGIN }),
      sendBulkInvitations(ctx, b, { mailer: null, origin: ORIGIN }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected?.reason as BulkInvitationsRejected).code).toBe("INVALID_INPUT");
    expect(await t.db.invitation.count({ where: { schoolId: school.schoolId, aamcId: shared.aamcId } })).toBe(1);
    expect((await counts()).invitations).toBe(before.invitations + 2);
  });
});

describe("when the mail server refuses", () => {
  it("keeps every invitation and says which emails could not be sent", async () => {
    const ctx = contextFor(t.db, clock)(school.dean);
    const people = Array.from({ length: 6 }, () => person());
    smtp.refuse(true);
    let result;
    try {
      result = await sendBulkInvitations(ctx, file(...people.map(line)), delivery);
    } finally {
      smtp.refuse(false);
    }
    expect(result.invited).toBe(6);
    expect(result.sent).toEqual([]);
    expect(result.notSent.map((n) => n.email)).toEqual(people.map((p) => p.email));
    for (const n of result.notSent)
      expect(n.problem).toMatch(new RegExp(`^The email to ${n.email} (could not be sent|was not tried): .*re-send it once email works\\.$`));
    const stored = await t.db.invitation.findMany({ where: { email: { in: people.map((p) => p.email) } } });
    expect(stored).toHaveLength(6);
    expect(stored.every((i) => i.lastSentAt === null && i.acceptedAt === null)).toBe(true);
    expect(await t.db.auditLog.count({ where: { entityId: { in: stored.map((i) => i.id) }, action: "invitation.create" } })).toBe(6);
  });

  it("says so when email is not set up at all", async () => {
    const people = [person(), person()];
    const result = await sendBulkInvitations(contextFor(t.db, clock)(school.dean), file(...people.map(line)), { mailer: null, origin: ORIGIN });
    expect(result.notSent.map((n) => n.problem)).toEqual([expect.stringMatching(/^Email is not set up/), expect.stringMatching(/^Email is not set up/)]);
    expect(await t.db.invitation.count({ where: { email: { in: people.map((p) => p.email) } } })).toBe(2);
  });
});

describe("the People page's read model", () => {
  it("lists the school's applicants with their advocates, and its advocates with their level and load", async () => {
    const home = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    const away = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    const ctx = contextFor(t.db, clock);
    const applicant = await home.addApplicant({ name: "Avery Applicant" });
    await home.addApplicant({ name: "Blake Applicant" });
    const pd = await home.addAdvocate({ name: "Dr. Strong", kind: "PROGRAM_DIRECTOR" });
    const resident = await home.addAdvocate({ name: "Dr. Weak", kind: "RESIDENT" });
    await home.addAdvocate({ name: "Dr. Idle", kind: "DEAN" });
    await away.addApplicant({ name: "Elsewhere Applicant" });
    await assignAdvocate(ctx(home.dean), { applicantId: applicant.applicantId, advocateId: pd.advocateId });
    await assignAdvocate(ctx(home.dean), { applicantId: applicant.applicantId, advocateId: resident.advocateId });
    await sendBulkInvitations(ctx(home.dean), file(line(person()), line(person())), { mailer: null, origin: ORIGIN });

    const view = await listPeople(t.db, home.dean, clock.now());
    expect(view.applicants.map((a) => [a.name, a.advocates])).toEqual([
      ["Avery Applicant", ["Dr. Strong", "Dr. Weak"]],
      ["Blake Applicant", []],
    ]);
    expect(view.advocates.map((a) => [a.name, a.kind, a.level, a.assigned])).toEqual([
      ["Dr. Idle", "dean who knows the applicant's story", "good", 0],
      ["Dr. Strong", "program director", "strong", 1],
      ["Dr. Weak", "resident", "weak", 1],
    ]);
    expect(view).toMatchObject({ pendingInvitations: 2, expiredInvitations: 0, maxActiveAdvocates: 2 });
    const later = new Date(clock.now().getTime() + 8 * 24 * 3_600_000);
    expect(await listPeople(t.db, home.dean, later)).toMatchObject({ pendingInvitations: 0, expiredInvitations: 2 });
    expect((await failure(listPeople(t.db, applicant, clock.now()))).code).toBe("FORBIDDEN");
  });
});
