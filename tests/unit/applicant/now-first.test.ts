// The applicant's overview opens on what costs most if missed: offers by deadline, then overdue
// and urgent tasks, then today's and tomorrow's interviews (school days, Eastern), else one calm
// line with the next step.
import { describe, expect, it } from "vitest";
import { nextStep, nowFirst, type NowInterview, type NowOffer, type NowTask } from "@/lib/domain/applicant/now-first";

// Tuesday 17 March 2026, 23:30 in New York (03:30 UTC on Wednesday; 12:30 Wednesday in Tokyo).
const NOW = new Date("2026-03-18T03:30:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const offer = (id: string, respondBy: Date | null, status: NowOffer["status"] = "PENDING"): NowOffer => ({ id, programName: id, round: 1, status, respondBy });
const task = (id: string, kind: NowTask["kind"], dueAt: Date): NowTask => ({ id, kind, dueAt });
const interview = (id: string, startsAt: Date): NowInterview => ({ id, programName: id, startsAt });

const facts = (over: Partial<Parameters<typeof nowFirst>[0]> = {}) => ({
  offers: [],
  tasks: [],
  interviews: [],
  now: NOW,
  timeZone: "America/New_York",
  checklistMissing: [],
  listSize: 18,
  listMin: 15,
  notApplied: 0,
  accepted: false,
  ...over,
});

describe("nowFirst", () => {
  it("puts pending offers first, nearest deadline first, and leaves out answered or expired ones", () => {
    const first = nowFirst(
      facts({
        offers: [offer("later", at(120)), offer("soon", at(30)), offer("gone", at(-1)), offer("done", at(10), "REJECTED"), offer("none", null)],
      }),
    );
    expect(first.offers.map((o) => o.id)).toEqual(["none", "soon", "later"]);
    expect(first.calm).toBeNull();
  });

  it("orders overdue tasks before urgent ones, and keeps follow-ups for later", () => {
    const first = nowFirst(
      facts({
        tasks: [
          task("follow", "FOLLOW_UP", at(60)),
          task("urgent", "URGENT_RESPONSE", at(20)),
          task("late", "FOLLOW_UP", at(-5)),
          task("later-urgent", "URGENT_RESPONSE", at(25)),
        ],
      }),
    );
    expect(first.pressing.map((t) => t.id)).toEqual(["late", "urgent", "later-urgent"]);
    expect(first.later.map((t) => t.id)).toEqual(["follow"]);
  });

  it("names interviews of today and tomorrow by the school's calendar, not the server's", () => {
    const first = nowFirst(
      facts({
        interviews: [
          interview("tonight", at(20)), // 23:50 Tuesday in New York
          interview("tomorrow", new Date("2026-03-18T14:00:00Z")), // 10:00 Wednesday
          interview("thursday", new Date("2026-03-19T14:00:00Z")),
          interview("yesterday", at(-24 * 60)),
        ],
      }),
    );
    expect(first.interviews.map((i) => [i.id, i.day])).toEqual([
      ["tonight", "Today"],
      ["tomorrow", "Tomorrow"],
    ]);
  });

  it("with nothing pressing, says so once with the next step", () => {
    const first = nowFirst(facts({ tasks: [task("follow", "FOLLOW_UP", at(600))], notApplied: 3 }));
    expect(first.pressing).toEqual([]);
    expect(first.calm).toEqual({
      text: "Next: apply in ERAS to the 3 programs on your list not applied to yet.",
      href: "/applicant/list",
      label: "Open your list",
    });
  });

  it("after an accepted offer nothing is pressing", () => {
    const first = nowFirst(
      facts({
        accepted: true,
        offers: [offer("other", at(30))],
        tasks: [task("late", "URGENT_RESPONSE", at(-5))],
        interviews: [interview("tomorrow", at(600))],
      }),
    );
    expect(first.offers).toEqual([]);
    expect(first.pressing).toEqual([]);
    expect(first.interviews).toEqual([]);
  });
});

describe("nextStep", () => {
  const base = { checklistMissing: [] as string[], listSize: 18, listMin: 15, notApplied: 0, accepted: false };
  it.each([
    [{ checklistMissing: ["phone on loud"] }, "/applicant/profile#checklist"],
    [{ listSize: 4 }, "/applicant/list#catalog"],
    [{ notApplied: 1 }, "/applicant/list"],
    [{}, "/applicant/messages"],
    [{ accepted: true, listSize: 0 }, "/applicant/offers"],
  ])("%o leads to %s", (over, href) => {
    expect(nextStep({ ...base, ...over }).href).toBe(href);
  });
});
