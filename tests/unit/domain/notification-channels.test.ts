// The channel rules of every kind of notification: its defaults, which role gets it, its words,
// and the one refusal (an urgent kind left with neither email nor push).
import { describe, expect, it } from "vitest";
import {
  channelChoiceInput,
  channelsFor,
  checkChannelChoice,
  choicesFor,
  isKindForRole,
  isUrgentKind,
  kindNotForRole,
  KINDS_BY_ROLE,
  NOTIFICATION_KIND_RULES,
  NOTIFICATION_KIND_WORDS,
  NOTIFICATION_KINDS,
  URGENT_KINDS,
  URGENT_NEEDS_A_CHANNEL,
  type NotificationKind,
  type PersonRole,
} from "@/lib/domain/notification-channels";

const URGENT: NotificationKind[] = ["URGENT_TASK", "CALL_UNANSWERED", "OFFER_REMINDER", "OFFER_EXPIRED"];
const CALM: NotificationKind[] = ["NUDGE", "FOLLOW_UP_TASK", "FOLLOW_UP_OVERDUE", "MORNING_SUMMARY", "DATA_RETENTION"];
const EVERY_CHOICE = [
  { email: true, push: true },
  { email: true, push: false },
  { email: false, push: true },
  { email: false, push: false },
];
const ROLES: PersonRole[] = ["APPLICANT", "ADVOCATE", "DEAN"];

describe("the kinds", () => {
  it("are the nine kinds, each urgent or not as the escalations need", () => {
    expect([...NOTIFICATION_KINDS].sort()).toEqual([...URGENT, ...CALM].sort());
    expect([...URGENT_KINDS].sort()).toEqual([...URGENT].sort());
    for (const kind of URGENT) expect(isUrgentKind(kind), kind).toBe(true);
    for (const kind of CALM) expect(isUrgentKind(kind), kind).toBe(false);
  });

  it.each(NOTIFICATION_KINDS.map((kind) => [kind]))("%s: email by default; push by default only when urgent", (kind) => {
    expect(NOTIFICATION_KIND_RULES[kind].defaults).toEqual({ email: true, push: isUrgentKind(kind) });
    expect(channelsFor(kind, null)).toEqual(NOTIFICATION_KIND_RULES[kind].defaults);
  });

  it.each(NOTIFICATION_KINDS.map((kind) => [kind]))("%s has a plain-words label and a one-line description", (kind) => {
    const words = NOTIFICATION_KIND_WORDS[kind];
    expect(words.label).toMatch(/^[A-Z][a-z ]/);
    expect(words.label).not.toMatch(/_/);
    const line = words.description({ responseMinutes: 30 });
    expect(line).toMatch(/^[A-Z].*\.$/);
    expect(line).not.toContain("\n");
    expect(line).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
  });

  it("says a program's unanswered call in the school's own minutes", () => {
    expect(NOTIFICATION_KIND_WORDS.CALL_UNANSWERED.description({ responseMinutes: 30 })).toBe("A program called and nobody answered in 30 minutes.");
    expect(NOTIFICATION_KIND_WORDS.URGENT_TASK.description({ responseMinutes: 45 })).toContain("within 45 minutes");
  });
});

describe("which kinds reach which role", () => {
  it.each([
    ["APPLICANT", ["NUDGE", "FOLLOW_UP_TASK", "URGENT_TASK", "OFFER_REMINDER", "FOLLOW_UP_OVERDUE"]],
    ["ADVOCATE", ["CALL_UNANSWERED", "OFFER_REMINDER", "MORNING_SUMMARY"]],
    ["DEAN", ["CALL_UNANSWERED", "OFFER_EXPIRED", "DATA_RETENTION"]],
  ] as [PersonRole, NotificationKind[]][])("%s gets %j", (role, kinds) => {
    expect([...KINDS_BY_ROLE[role]].sort()).toEqual([...kinds].sort());
    for (const kind of NOTIFICATION_KINDS) expect(isKindForRole(role, kind), `${role} ${kind}`).toBe(kinds.includes(kind));
  });

  it("lists each role's urgent kinds first", () => {
    for (const role of ROLES) {
      const urgency = KINDS_BY_ROLE[role].map(isUrgentKind);
      expect(urgency, role).toEqual([...urgency].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it("every kind reaches some role", () => {
    expect(NOTIFICATION_KINDS.filter((kind) => !ROLES.some((role) => isKindForRole(role, kind)))).toEqual([]);
  });

  it.each(ROLES.map((role) => [role]))("refuses %s a kind it never gets, naming the kind in words", (role) => {
    const other = NOTIFICATION_KINDS.find((kind) => !isKindForRole(role, kind))!;
    const message = kindNotForRole(role, other);
    expect(message).toContain(NOTIFICATION_KIND_WORDS[other].label);
    expect(message).not.toContain(other);
  });
});

describe("a choice", () => {
  it.each(URGENT.flatMap((kind) => EVERY_CHOICE.map((choice) => [kind, choice] as const)))("urgent %s with %j", (kind, choice) => {
    const verdict = checkChannelChoice(kind, choice);
    if (!choice.email && !choice.push) expect(verdict).toEqual({ ok: false, message: URGENT_NEEDS_A_CHANNEL });
    else expect(verdict).toEqual({ ok: true });
  });

  it.each(CALM.flatMap((kind) => EVERY_CHOICE.map((choice) => [kind, choice] as const)))("%s may have %j, the app alone included", (kind, choice) => {
    expect(checkChannelChoice(kind, choice)).toEqual({ ok: true });
    expect(channelsFor(kind, choice)).toEqual(choice);
  });

  it("an urgent kind stored with neither channel still goes by email", () => {
    for (const kind of URGENT) expect(channelsFor(kind, { email: false, push: false })).toEqual({ email: true, push: false });
    expect(channelsFor("OFFER_REMINDER", { email: false, push: true })).toEqual({ email: false, push: true });
  });

  it("is read from the input as a kind and two booleans, nothing else", () => {
    expect(channelChoiceInput.parse({ kind: "NUDGE", email: false, push: true })).toEqual({ kind: "NUDGE", email: false, push: true });
    expect(channelChoiceInput.safeParse({ kind: "SOMETHING", email: false, push: true }).success).toBe(false);
    expect(channelChoiceInput.safeParse({ kind: "NUDGE", email: "false", push: true }).success).toBe(false);
    expect(channelChoiceInput.safeParse({ kind: "NUDGE", email: true }).success).toBe(false);
  });
});

describe("a person's choices", () => {
  it("lists the role's kinds with the saved choice, or the defaults while nothing is saved", () => {
    const saved = new Map<NotificationKind, { email: boolean; push: boolean }>([["CALL_UNANSWERED", { email: false, push: true }]]);
    expect(choicesFor("DEAN", saved, { responseMinutes: 30 })).toEqual([
      {
        kind: "CALL_UNANSWERED",
        label: "Program call not answered",
        description: "A program called and nobody answered in 30 minutes.",
        urgent: true,
        email: false,
        push: true,
        chosen: true,
      },
      {
        kind: "OFFER_EXPIRED",
        label: "Offer expired unanswered",
        description: NOTIFICATION_KIND_WORDS.OFFER_EXPIRED.description({ responseMinutes: 30 }),
        urgent: true,
        email: true,
        push: true,
        chosen: false,
      },
      {
        kind: "DATA_RETENTION",
        label: "Applicants' data removal",
        description: NOTIFICATION_KIND_WORDS.DATA_RETENTION.description({ responseMinutes: 30 }),
        urgent: false,
        email: true,
        push: false,
        chosen: false,
      },
    ]);
  });
});
