// The dean's office's view of delivery, from notifications written straight to the database in
// every state (the queue and the push sender that make them are tested on their own): queued,
// sent, failed with its reason, waiting for a mail server, push failed, read. And the alert an
// urgent message that did not get through raises on the dashboard, until someone reads it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL_NOT_SET_UP } from "@/lib/domain/delivery";
import { attentionCards } from "@/lib/domain/dashboard/attention";
import type { NotificationKind } from "@/lib/domain/notification-channels";
import type { Actor } from "@/lib/server/core/actor";
import { getDeanApplicant } from "@/lib/server/dashboard/dean-applicant";
import { getDeanDashboard } from "@/lib/server/dashboard/dean-dashboard";
import { countUrgentUndelivered, listDeliveries } from "@/lib/server/notifications/list-deliveries";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { failure } from "./support/failure";

const now = new Date("2026-03-19T16:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
let t: TestDatabase;
let school: SchoolFixture;
let away: SchoolFixture;
let applicant: Actor & { applicantId: string };
let advocate: Actor;
const ids: Record<string, string> = {};

interface Made {
  to: Actor;
  kind: NotificationKind;
  minutesAgo: number;
  urgent?: boolean;
  applicantId?: string | null;
  email?: { status: "PENDING" | "SENT" | "FAILED"; attempts?: number; lastError?: string | null; sentAt?: Date | null } | null;
  push?: { pushStatus: "NONE" | "QUEUED" | "SENT" | "FAILED"; pushError?: string | null; pushedAt?: Date | null };
  readAt?: Date | null;
}

async function made(name: string, m: Made) {
  const createdAt = minutesAgo(m.minutesAgo);
  const notification = await t.db.notification.create({
    data: {
      schoolId: m.to.schoolId,
      userId: m.to.userId,
      kind: m.kind,
      title: `${name} title`,
      body: "Body",
      linkPath: "/",
      urgent: m.urgent ?? false,
      applicantId: m.applicantId ?? null,
      ...(m.push ?? { pushStatus: "NONE" }),
      readAt: m.readAt ?? null,
      createdAt,
    },
  });
  if (m.email !== null) {
    const email = m.email ?? { status: "PENDING" };
    await t.db.outboxEmail.create({
      data: {
        schoolId: m.to.schoolId,
        notificationId: notification.id,
        toAddress: `${name}@example.edu`,
        subject: name,
        text: "Body",
        linkPath: "/",
        linkLabel: "Open",
        status: email.status,
        attempts: email.attempts ?? 0,
        lastError: email.lastError ?? null,
        sentAt: email.sentAt ?? null,
        nextAttemptAt: createdAt,
        createdAt,
      },
    });
  }
  ids[name] = notification.id;
}

beforeAll(async () => {
  t = await createTestDatabase("deliveries");
  school = await createSchool(t.db, { now, programs: 1 });
  away = await createSchool(t.db, { now, programs: 1 });
  applicant = await school.addApplicant({ name: "Avery Applicant" });
  advocate = await school.addAdvocate({ name: "Dr. Blake Advocate" });
  const about = applicant.applicantId;
  // Oldest first; the page lists them newest first.
  await made("read", {
    to: school.dean,
    kind: "OFFER_EXPIRED",
    minutesAgo: 60,
    urgent: true,
    applicantId: about,
    email: { status: "FAILED", attempts: 8, lastError: "550 no such mailbox" },
    readAt: minutesAgo(5),
  });
  await made("pushFailed", {
    to: applicant,
    kind: "OFFER_REMINDER",
    minutesAgo: 50,
    urgent: true,
    applicantId: about,
    email: { status: "SENT", attempts: 1, sentAt: minutesAgo(49) },
    push: { pushStatus: "FAILED", pushError: "410 Gone: the subscription has expired" },
  });
  await made("notSetUp", { to: applicant, kind: "FOLLOW_UP_TASK", minutesAgo: 40, email: { status: "PENDING", attempts: 1, lastError: EMAIL_NOT_SET_UP } });
  await made("emailFailed", {
    to: advocate,
    kind: "CALL_UNANSWERED",
    minutesAgo: 30,
    urgent: true,
    applicantId: about,
    email: { status: "FAILED", attempts: 8, lastError: "Connection refused by mail.example.edu" },
    push: { pushStatus: "SENT", pushedAt: minutesAgo(30) },
  });
  await made("sent", { to: applicant, kind: "NUDGE", minutesAgo: 20, email: { status: "SENT", attempts: 1, sentAt: minutesAgo(19) }, readAt: minutesAgo(10) });
  // An urgent task to the applicant that names no applicant: it is about them.
  await made("queued", { to: applicant, kind: "URGENT_TASK", minutesAgo: 10, email: { status: "PENDING" }, push: { pushStatus: "QUEUED" } });
  await made("pushOnly", { to: advocate, kind: "MORNING_SUMMARY", minutesAgo: 5, email: null });
  // Another school's failures are never seen.
  const stranger = await away.addApplicant();
  await made("away", { to: stranger, kind: "URGENT_TASK", minutesAgo: 1, urgent: true, email: { status: "FAILED", attempts: 8, lastError: "refused" } });
}, 120_000);
afterAll(async () => t?.drop());

const byTitle = async (filter: "all" | "failed" | "urgent", mailConfigured = true) => {
  const view = await listDeliveries(t.db, school.dean, filter, { mailConfigured });
  return { view, row: (name: string) => view.rows.find((r) => r.id === ids[name])! };
};

describe("the delivery view", () => {
  it("lists the school's messages newest first, with whom each was for and the applicant it is about", async () => {
    const { view, row } = await byTitle("all");
    expect(view.rows.map((r) => r.title)).toEqual(["pushOnly", "queued", "sent", "emailFailed", "notSetUp", "pushFailed", "read"].map((n) => `${n} title`));
    expect(view.counts).toEqual({ all: 7, failed: 3, urgent: 4 });
    expect(view.timeZone).toBe("America/New_York");
    expect(row("emailFailed")).toMatchObject({
      kind: "CALL_UNANSWERED",
      kindLabel: "Program call not answered",
      urgent: true,
      person: { name: "Dr. Blake Advocate", role: "ADVOCATE" },
      applicant: { id: applicant.applicantId, name: "Avery Applicant" },
    });
    expect(row("queued")).toMatchObject({ urgent: true, applicant: { id: applicant.applicantId, name: "Avery Applicant" } });
    expect(row("pushOnly").applicant).toBeNull();
  });

  it("says each state: queued, sent, failed with its reason, not set up, push failed, read", async () => {
    const { row } = await byTitle("all");
    expect(row("queued")).toMatchObject({ email: { label: "Queued" }, push: { label: "Queued" }, read: { label: "Not read" } });
    expect(row("sent")).toMatchObject({
      email: { label: "Sent", at: minutesAgo(19) },
      push: { label: "No push" },
      read: { label: "Read", at: minutesAgo(10) },
    });
    expect(row("emailFailed").email).toMatchObject({ label: "Failed after 8 attempts", tone: "bad", detail: "Connection refused by mail.example.edu" });
    expect(row("emailFailed").push).toMatchObject({ label: "Sent", at: minutesAgo(30) });
    expect(row("notSetUp").email).toMatchObject({ label: "Not set up on this server", tone: "warn" });
    expect(row("pushFailed").push).toMatchObject({ label: "Failed", tone: "bad", detail: "410 Gone: the subscription has expired" });
    expect(row("pushOnly").email).toMatchObject({ label: "No email" });
    expect(row("read")).toMatchObject({ read: { label: "Read", at: minutesAgo(5) }, undelivered: false });
    expect([row("emailFailed").undelivered, row("pushFailed").undelivered, row("queued").undelivered]).toEqual([true, true, false]);
  });

  it("says a pending email waits for a mail server when this server has none", async () => {
    const { row } = await byTitle("all", false);
    expect(row("queued").email.label).toBe("Not set up on this server");
    expect(row("sent").email.label).toBe("Sent");
  });

  it("filters to what did not get through, and to the urgent ones", async () => {
    const failed = await byTitle("failed");
    expect(failed.view.rows.map((r) => r.title)).toEqual(["emailFailed title", "pushFailed title", "read title"]);
    const urgent = await byTitle("urgent");
    expect(urgent.view.rows.map((r) => r.title)).toEqual(["queued title", "emailFailed title", "pushFailed title", "read title"]);
  });

  it("is the dean's office's alone", async () => {
    expect((await failure(listDeliveries(t.db, applicant, "all"))).code).toBe("FORBIDDEN");
    expect((await failure(listDeliveries(t.db, advocate, "failed"))).code).toBe("FORBIDDEN");
    expect((await listDeliveries(t.db, away.dean, "all")).rows.map((r) => r.title)).toEqual(["away title"]);
  });
});

describe("an urgent message not delivered, on the dashboard", () => {
  it("is a high alert on the applicant it is about, counted once per message, until it is read", async () => {
    expect(await countUrgentUndelivered(t.db, school.dean)).toBe(2);
    expect(await countUrgentUndelivered(t.db, school.dean, applicant.applicantId)).toBe(2);

    const dashboard = await getDeanDashboard(t.db, school.dean, now);
    const row = dashboard.rows.find((r) => r.applicantId === applicant.applicantId)!;
    const alert = row.alerts.find((a) => a.code === "URGENT_UNDELIVERED");
    expect(alert).toMatchObject({ severity: "high" });
    expect(alert?.message).toBe(
      "2 urgent messages about Avery Applicant did not get through (the email or push failed) and are still unread. Call whoever it was for.",
    );
    expect(attentionCards(dashboard.rows)).toContainEqual({
      code: "URGENT_UNDELIVERED",
      label: "Urgent message not delivered",
      severity: "high",
      applicants: 1,
    });
    const page = await getDeanApplicant(t.db, school.dean, applicant.applicantId, now);
    expect(page.alerts.map((a) => a.code)).toContain("URGENT_UNDELIVERED");

    await t.db.notification.update({ where: { id: ids.pushFailed }, data: { readAt: now } });
    const one = (await getDeanDashboard(t.db, school.dean, now)).rows.find((r) => r.applicantId === applicant.applicantId)!;
    expect(one.alerts.find((a) => a.code === "URGENT_UNDELIVERED")?.message).toMatch(/^1 urgent message about Avery Applicant .* is still unread/);

    await t.db.notification.update({ where: { id: ids.emailFailed }, data: { readAt: now } });
    const none = (await getDeanDashboard(t.db, school.dean, now)).rows.find((r) => r.applicantId === applicant.applicantId)!;
    expect(none.alerts.map((a) => a.code)).not.toContain("URGENT_UNDELIVERED");
    expect((await getDeanApplicant(t.db, school.dean, applicant.applicantId, now)).alerts.map((a) => a.code)).not.toContain("URGENT_UNDELIVERED");
    expect(await countUrgentUndelivered(t.db, school.dean)).toBe(0);
  });

  it("is not raised by a failed message that is not urgent, nor by another school's", async () => {
    const calm = await school.addApplicant({ name: "Casey Calm" });
    await made("calmFailed", { to: calm, kind: "NUDGE", minutesAgo: 3, email: { status: "FAILED", attempts: 8, lastError: "refused" } });
    const row = (await getDeanDashboard(t.db, school.dean, now)).rows.find((r) => r.applicantId === calm.applicantId)!;
    expect(row.alerts.map((a) => a.code)).toContain("EMAIL_UNDELIVERED");
    expect(row.alerts.map((a) => a.code)).not.toContain("URGENT_UNDELIVERED");
    expect(await countUrgentUndelivered(t.db, school.dean)).toBe(0);
    const awayRows = (await getDeanDashboard(t.db, away.dean, now)).rows;
    expect(awayRows.flatMap((r) => r.alerts.map((a) => a.code))).toContain("URGENT_UNDELIVERED");
  });
});
