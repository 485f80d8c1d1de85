// The demo seeded at several instants (a December weekday, late on a Saturday night, a Sunday in
// the small hours, and Match Week itself), first by the seed and then by the reset button's
// resetDemo: each time the demo school opens in the middle of SOAP, program-initiated, with round
// 2 open now, the pending offer answering by that round's deadline, and no applicant's season text
// saying "SOAP has ended". Against real PostgreSQL, through the server reads the pages use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seasonStatus } from "@/lib/domain/applicant/season-status";
import { modeAt } from "@/lib/domain/rules/communication-mode";
import type { Actor } from "@/lib/server/core/actor";
import { getSeasonView } from "@/lib/server/applicant/season-view";
import { getOffersView } from "@/lib/server/offers-and-interviews/offers-view";
import { getApplicantWorkspace } from "@/lib/server/applicant/workspace-view";
import { DEMO_SCHOOL } from "@/prisma/seed-data/demo-school";
import { seedDemo } from "@/prisma/seed";
import { resetDemo } from "@/prisma/reset-demo";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
const quiet = () => {};

beforeAll(async () => {
  t = await createTestDatabase("demo_season");
});
afterAll(async () => t?.drop());

const INSTANTS = [
  ["a December weekday morning", "2026-12-07T14:05:00Z"],
  ["late on a Saturday night", "2026-12-13T04:59:00Z"],
  ["a Sunday at 2:30 in the morning", "2027-01-03T07:30:00Z"],
  ["Thursday of Match Week 2026", "2026-03-19T18:30:00Z"],
] as const;

const day = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: DEMO_SCHOOL.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);

async function applicantActors(schoolId: string): Promise<Actor[]> {
  const profiles = await t.db.applicantProfile.findMany({ where: { schoolId }, include: { user: true } });
  return profiles.map((p) => ({ userId: p.userId, schoolId, role: "APPLICANT", name: p.user.name, applicantId: p.id, advocateId: null }));
}

describe("the demo season, placed around the moment it is seeded", () => {
  it.each(INSTANTS)("seeded on %s: program-initiated, round 2 open now, no 'SOAP has ended'", async (_, iso) => {
    const now = new Date(iso);
    const exists = await t.db.school.count({ where: { slug: DEMO_SCHOOL.slug } });
    if (exists === 0) await seedDemo(t.db, { now, log: quiet });
    else expect(await resetDemo(t.db, { now, demoMode: true, log: quiet })).toMatchObject({ reset: true });

    const school = await t.db.school.findUniqueOrThrow({ where: { slug: DEMO_SCHOOL.slug } });
    const season = await t.db.season.findFirstOrThrow({
      where: { schoolId: school.id, active: true },
      include: { offerRounds: { orderBy: { number: "asc" } } },
    });
    expect(season.communicationMode).toBe("PROGRAM_INITIATED");
    expect(modeAt(season, now)).toBe("PROGRAM_INITIATED");
    const rounds = season.offerRounds;
    expect(rounds.filter((r) => r.respondBy < now).map((r) => r.number)).toEqual([1]);
    expect(rounds.filter((r) => r.offersAt <= now && now <= r.respondBy).map((r) => r.number)).toEqual([2]);
    expect(rounds.filter((r) => r.offersAt > now).map((r) => r.number)).toEqual([3, 4]);

    // Every applicant's banner: inside SOAP, programs first, round 2's deadline; never "SOAP has ended".
    const actors = await applicantActors(school.id);
    expect(actors.length).toBeGreaterThanOrEqual(12);
    for (const actor of actors) {
      const view = await getSeasonView(t.db, actor);
      const status = seasonStatus(view.season, now, view.timeZone);
      expect(status).toMatchObject({ phase: "inside", mode: "PROGRAM_INITIATED", pill: "SOAP · Programs contact first" });
      // The time alone when the deadline is today; with its day when it falls after midnight.
      expect(status.next).toMatch(/^Round 2: answer by (\w{3}, \w{3} \d{1,2}, )?\d{1,2} (AM|PM) E[SD]T$/);
      expect(JSON.stringify(status)).not.toContain("SOAP has ended");
    }

    // Olivia's pending offer answers by round 2's deadline, with an open task counting down to it;
    // her interviews include one today and one tomorrow, on the school's calendar.
    const olivia = actors.find((a) => a.name === "Olivia Brennan")!;
    const offers = await getOffersView(t.db, olivia, now);
    const pending = offers.offers.filter((o) => o.status === "PENDING");
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ round: 2, expired: false });
    expect(pending[0]!.respondBy?.toISOString()).toBe(rounds[1]!.respondBy.toISOString());
    const days = offers.interviews.map((i) => day(i.startsAt));
    const tomorrow = new Date(Date.parse(`${day(now)}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(days).toContain(day(now));
    expect(days).toContain(tomorrow);
    const workspace = await getApplicantWorkspace(t.db, olivia, now);
    const offerTask = workspace.tasks.find((task) => task.title.endsWith("'s offer before it expires"));
    expect(offerTask).toMatchObject({ status: "OPEN", kind: "URGENT_RESPONSE" });
    expect(offerTask?.dueAt.toISOString()).toBe(rounds[1]!.respondBy.toISOString());
  });
});
