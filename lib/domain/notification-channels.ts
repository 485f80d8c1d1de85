// Which channels carry each kind of notification. Every notification is in the app; email and
// push are the person's choice per kind, within two rules: a kind starts with its defaults until
// the person chooses, and an urgent kind (someone must act within minutes) always keeps at least
// one channel beside the app, so nobody can miss a program's call by a setting made in calm days.
// Each role gets only some kinds, and only those are theirs to choose for; each kind has the
// words people read for it (on "How you're told", and on the dean's office's delivery page).
import { z } from "zod";

/** The kinds of notification (the schema's NotificationKind, checked equal to it in lib/server). */
export const NOTIFICATION_KINDS = [
  "NUDGE",
  "FOLLOW_UP_TASK",
  "URGENT_TASK",
  "CALL_UNANSWERED",
  "OFFER_REMINDER",
  "OFFER_EXPIRED",
  "FOLLOW_UP_OVERDUE",
  "MORNING_SUMMARY",
  "DATA_RETENTION",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type PersonRole = "APPLICANT" | "ADVOCATE" | "DEAN";

export interface ChannelChoice {
  email: boolean;
  push: boolean;
}

export interface KindRule {
  /** Someone must act within minutes: push by default, never without email or push. */
  urgent: boolean;
  defaults: ChannelChoice;
}

export const NOTIFICATION_KIND_RULES: Record<NotificationKind, KindRule> = {
  NUDGE: { urgent: false, defaults: { email: true, push: false } },
  FOLLOW_UP_TASK: { urgent: false, defaults: { email: true, push: false } },
  URGENT_TASK: { urgent: true, defaults: { email: true, push: true } },
  CALL_UNANSWERED: { urgent: true, defaults: { email: true, push: true } },
  OFFER_REMINDER: { urgent: true, defaults: { email: true, push: true } },
  OFFER_EXPIRED: { urgent: true, defaults: { email: true, push: true } },
  FOLLOW_UP_OVERDUE: { urgent: false, defaults: { email: true, push: false } },
  MORNING_SUMMARY: { urgent: false, defaults: { email: true, push: false } },
  DATA_RETENTION: { urgent: false, defaults: { email: true, push: false } },
};

export function isUrgentKind(kind: NotificationKind): boolean {
  return NOTIFICATION_KIND_RULES[kind].urgent;
}

/** The urgent kinds, for queries that pick them out. */
export const URGENT_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter(isUrgentKind);

export const URGENT_NEEDS_A_CHANNEL =
  "Urgent notifications (an unanswered program call, an offer about to expire) need email or push: keep at least one of them on.";

/** A choice the person may save, or the reason it is refused. */
export function checkChannelChoice(kind: NotificationKind, choice: ChannelChoice): { ok: true } | { ok: false; message: string } {
  if (isUrgentKind(kind) && !choice.email && !choice.push) return { ok: false, message: URGENT_NEEDS_A_CHANNEL };
  return { ok: true };
}

/** The channels one notification goes out on, from the person's saved choice (null: none saved). */
export function channelsFor(kind: NotificationKind, saved: ChannelChoice | null): ChannelChoice {
  const rule = NOTIFICATION_KIND_RULES[kind];
  if (!saved) return rule.defaults;
  // A choice stored before a kind became urgent (or written around the form) still keeps email.
  if (rule.urgent && !saved.email && !saved.push) return { email: true, push: false };
  return { email: saved.email, push: saved.push };
}

/**
 * The kinds that can reach each role, most pressing first: an applicant is asked to act on their
 * own search; an advocate hears of their applicants' unanswered calls and offers, and gets the
 * morning's to-do; the dean's office hears when a call went unanswered or an offer ran out, and
 * a week before and after a season's applicants' personal data is removed.
 */
export const KINDS_BY_ROLE: Record<PersonRole, readonly NotificationKind[]> = {
  APPLICANT: ["URGENT_TASK", "OFFER_REMINDER", "NUDGE", "FOLLOW_UP_TASK", "FOLLOW_UP_OVERDUE"],
  ADVOCATE: ["CALL_UNANSWERED", "OFFER_REMINDER", "MORNING_SUMMARY"],
  DEAN: ["CALL_UNANSWERED", "OFFER_EXPIRED", "DATA_RETENTION"],
};

export function kindsFor(role: PersonRole): readonly NotificationKind[] {
  return KINDS_BY_ROLE[role];
}

export function isKindForRole(role: PersonRole, kind: NotificationKind): boolean {
  return KINDS_BY_ROLE[role].includes(kind);
}

/** What a kind depends on that the school sets: how long an applicant has to answer a program. */
export interface KindWordsContext {
  responseMinutes: number;
}

/**
 * Each kind in plain words: a short name, and one line on when it is sent, written to the people
 * who get it (an applicant's kinds say "you").
 */
export const NOTIFICATION_KIND_WORDS: Record<NotificationKind, { label: string; description: (c: KindWordsContext) => string }> = {
  URGENT_TASK: {
    label: "A program reached out",
    description: ({ responseMinutes }) => `A program called or wrote to you: answer it within ${responseMinutes} minutes.`,
  },
  CALL_UNANSWERED: {
    label: "Program call not answered",
    description: ({ responseMinutes }) => `A program called and nobody answered in ${responseMinutes} minutes.`,
  },
  OFFER_REMINDER: {
    label: "Offer deadline close",
    description: () => "An offer still has no answer and its deadline is close.",
  },
  OFFER_EXPIRED: {
    label: "Offer expired unanswered",
    description: () => "An offer reached its deadline without an answer, so it is gone.",
  },
  NUDGE: {
    label: "Nudge from an advocate",
    description: () => "An advocate asks you to email a program first, so they can call it.",
  },
  FOLLOW_UP_TASK: {
    label: "Follow-up after a faculty call",
    description: () => "An advocate called a program for you: email it within hours, naming the connection.",
  },
  FOLLOW_UP_OVERDUE: {
    label: "Follow-up overdue",
    description: () => "A follow-up email you were asked to send is past its due time.",
  },
  MORNING_SUMMARY: {
    label: "Morning to-do",
    description: () => "Each SOAP morning: the calls you can make today for your applicants.",
  },
  DATA_RETENTION: {
    label: "Applicants' data removal",
    description: () => "A week before a season's applicants' personal data is removed, and once it is: what goes and what is kept.",
  },
};

export function kindLabel(kind: NotificationKind): string {
  return NOTIFICATION_KIND_WORDS[kind].label;
}

const WHO_GETS: Record<PersonRole, string> = { APPLICANT: "Applicants do", ADVOCATE: "Advocates do", DEAN: "The dean's office does" };

/** The refusal of a choice for a kind the person's role never receives. */
export function kindNotForRole(role: PersonRole, kind: NotificationKind): string {
  return `${WHO_GETS[role]} not get "${kindLabel(kind)}" messages, so there is nothing to choose for it. Choose among the kinds listed on this page.`;
}

/** A person's choice for each of their kinds, as "How you're told" shows it. */
export interface KindChoice extends ChannelChoice {
  kind: NotificationKind;
  label: string;
  description: string;
  urgent: boolean;
  /** False while the kind still has its defaults (nothing saved). */
  chosen: boolean;
}

/** Every kind of the role with the person's saved choice, or the kind's defaults. */
export function choicesFor(role: PersonRole, saved: ReadonlyMap<NotificationKind, ChannelChoice>, context: KindWordsContext): KindChoice[] {
  return kindsFor(role).map((kind) => {
    const choice = saved.get(kind);
    const words = NOTIFICATION_KIND_WORDS[kind];
    return {
      kind,
      label: words.label,
      description: words.description(context),
      urgent: isUrgentKind(kind),
      ...channelsFor(kind, choice ?? null),
      chosen: choice !== undefined,
    };
  });
}

/** One kind's channels as "How you're told" saves them. */
export const channelChoiceInput = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  email: z.boolean(),
  push: z.boolean(),
});
export type ChannelChoiceInput = z.output<typeof channelChoiceInput>;
