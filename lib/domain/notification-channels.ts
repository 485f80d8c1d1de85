// Which channels carry each kind of notification. Every notification is in the app; email and
// push are the person's choice per kind, within two rules: a kind starts with its defaults until
// the person chooses, and an urgent kind (someone must act within minutes) always keeps at least
// one channel beside the app, so nobody can miss a program's call by a setting made in calm days.
export interface ChannelChoice {
  email: boolean;
  push: boolean;
}

export interface KindRule {
  /** Someone must act within minutes: push by default, never without email or push. */
  urgent: boolean;
  defaults: ChannelChoice;
}

export const NOTIFICATION_KIND_RULES = {
  NUDGE: { urgent: false, defaults: { email: true, push: false } },
  FOLLOW_UP_TASK: { urgent: false, defaults: { email: true, push: false } },
  URGENT_TASK: { urgent: true, defaults: { email: true, push: true } },
  CALL_UNANSWERED: { urgent: true, defaults: { email: true, push: true } },
  OFFER_REMINDER: { urgent: true, defaults: { email: true, push: true } },
  OFFER_EXPIRED: { urgent: true, defaults: { email: true, push: true } },
  FOLLOW_UP_OVERDUE: { urgent: false, defaults: { email: true, push: false } },
  MORNING_SUMMARY: { urgent: false, defaults: { email: true, push: false } },
} as const satisfies Record<string, KindRule>;

/** The kinds of notification (the database's NotificationKind enum holds the same names). */
export type NotificationKind = keyof typeof NOTIFICATION_KIND_RULES;

export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_KIND_RULES) as NotificationKind[];

export function isUrgentKind(kind: NotificationKind): boolean {
  return NOTIFICATION_KIND_RULES[kind].urgent;
}

export const URGENT_NEEDS_A_CHANNEL =
  "Urgent notifications (an unanswered program call, an offer about to expire) need email or push: keep at least one of them on.";

/** A choice the person may save, or the reason it is refused. */
export function checkChannelChoice(kind: NotificationKind, choice: ChannelChoice): { ok: true } | { ok: false; message: string } {
  if (isUrgentKind(kind) && !choice.email && !choice.push) return { ok: false, message: URGENT_NEEDS_A_CHANNEL };
  return { ok: true };
}

/** The channels one notification goes out on, from the person's saved choice (null: none saved). */
export function channelsFor(kind: NotificationKind, saved: ChannelChoice | null): ChannelChoice {
  const rule: KindRule = NOTIFICATION_KIND_RULES[kind];
  if (!saved) return rule.defaults;
  // A choice stored before a kind became urgent (or written around the form) still keeps email.
  if (rule.urgent && !saved.email && !saved.push) return { email: true, push: false };
  return { email: saved.email, push: saved.push };
}
