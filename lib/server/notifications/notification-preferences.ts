import "server-only";
// "How you're told": a person's own choice of email and push for each kind of notification their
// role can get (the app always shows every one). Saving checks the kind is one of theirs and that
// an urgent kind keeps email or push (lib/domain/notification-channels.ts); a refusal writes
// nothing. A change is audited with the choice before and after.
import {
  checkChannelChoice,
  choicesFor,
  isKindForRole,
  isUrgentKind,
  kindNotForRole,
  channelsFor,
  type ChannelChoice,
  type ChannelChoiceInput,
  type KindChoice,
  type NotificationKind,
} from "@/lib/domain/notification-channels";
import type { NotificationKind as SchemaNotificationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";
import { AppError } from "../core/errors";
import { audit } from "../core/audit";
import { loadPolicy } from "../use-case/load-applicant-snapshot";
import type { UseCaseContext } from "../use-case/run-command";

// The domain's list of kinds is the schema's enum, both ways: a kind added to one only fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatchSchema: Same<NotificationKind, SchemaNotificationKind> = true;
void kindsMatchSchema;

export interface ChannelChoices {
  choices: KindChoice[];
  /** Devices the person turned push on for: push needs at least one. */
  pushDevices: number;
}

export async function listChannelChoices(db: Db, actor: Actor): Promise<ChannelChoices> {
  const [saved, pushDevices, policy] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: actor.userId, schoolId: actor.schoolId }, select: { kind: true, email: true, push: true } }),
    db.pushSubscription.count({ where: { userId: actor.userId, schoolId: actor.schoolId } }),
    loadPolicy(db, actor.schoolId),
  ]);
  const byKind = new Map<NotificationKind, ChannelChoice>(saved.map((s) => [s.kind, { email: s.email, push: s.push }]));
  return { choices: choicesFor(actor.role, byKind, { responseMinutes: policy.urgentResponseMinutes }), pushDevices };
}

const NO_DEVICE =
  "Saved. You have no device set up for push yet, so until you turn push on for a phone or computer, these urgent messages reach you only in the app.";

export interface SavedChoice {
  choice: ChannelChoice;
  changed: boolean;
  /** Said beside the success when the choice leaves an urgent kind on a channel with no device. */
  notice?: string;
}

export async function saveChannelChoice(ctx: UseCaseContext, input: ChannelChoiceInput): Promise<SavedChoice> {
  const { actor, db } = ctx;
  const { kind } = input;
  const choice: ChannelChoice = { email: input.email, push: input.push };
  if (!isKindForRole(actor.role, kind)) {
    const message = kindNotForRole(actor.role, kind);
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { kind: [message] } });
  }
  const verdict = checkChannelChoice(kind, choice);
  if (!verdict.ok) throw new AppError("INVALID_INPUT", verdict.message, { fieldErrors: { email: [verdict.message], push: [verdict.message] } });

  return db.$transaction(async (tx) => {
    const where = { userId_kind: { userId: actor.userId, kind } };
    const existing = await tx.notificationPreference.findUnique({ where, select: { email: true, push: true } });
    const before = channelsFor(kind, existing);
    const pushOnly = isUrgentKind(kind) && !choice.email;
    const notice = pushOnly && (await tx.pushSubscription.count({ where: { userId: actor.userId, schoolId: actor.schoolId } })) === 0 ? NO_DEVICE : undefined;
    if (existing && existing.email === choice.email && existing.push === choice.push) return { choice, changed: false, notice };
    const saved = await tx.notificationPreference.upsert({
      where,
      create: { schoolId: actor.schoolId, userId: actor.userId, kind, ...choice },
      update: choice,
      select: { id: true },
    });
    await audit(tx, actor, {
      action: "notification.channels",
      entityType: "NotificationPreference",
      entityId: saved.id,
      before: { kind, ...before },
      after: { kind, ...choice },
    });
    return { choice, changed: true, notice };
  });
}
