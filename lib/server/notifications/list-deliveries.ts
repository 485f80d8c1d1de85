import "server-only";
// The dean's office's view of delivery: the school's recent notifications, newest first, each with
// whom it was for, the applicant it is about, and how it went by email, by push and in the app.
// Filtered to every message, those that did not get through (an email or push failed), or the
// urgent ones. Also the count the dashboard's alert needs: urgent messages not delivered.
import { DELIVERY_FILTERS, emailState, isUrgentUndelivered, pushState, readState, type Delivery, type DeliveryFilter } from "@/lib/domain/delivery";
import { isUrgentKind, kindLabel, URGENT_KINDS } from "@/lib/domain/notification-channels";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db, TxClient } from "../core/db";

/** How many of the newest messages the page lists. */
export const DELIVERY_PAGE_SIZE = 100;

export interface Deliveries {
  filter: DeliveryFilter;
  timeZone: string;
  rows: Delivery[];
  /** How many messages each filter finds (the page lists at most DELIVERY_PAGE_SIZE). */
  counts: Record<DeliveryFilter, number>;
}

const URGENT: Prisma.NotificationWhereInput = { OR: [{ urgent: true }, { kind: { in: [...URGENT_KINDS] } }] };
const FAILED: Prisma.NotificationWhereInput = { OR: [{ pushStatus: "FAILED" }, { emails: { some: { status: "FAILED" } } }] };
const WHERE: Record<DeliveryFilter, Prisma.NotificationWhereInput> = { all: {}, failed: FAILED, urgent: URGENT };

/** Messages about an applicant: naming them, or sent to them (a message to an applicant is about them). */
export function aboutApplicant(applicantId: string): Prisma.NotificationWhereInput {
  return { OR: [{ applicantId }, { applicantId: null, user: { applicant: { id: applicantId } } }] };
}

/** Urgent messages whose email or push failed and that nobody has read in the app (about one applicant, if named). */
export async function countUrgentUndelivered(db: Db | TxClient, actor: Actor, applicantId?: string): Promise<number> {
  authorize(actor, "dashboard.view");
  return db.notification.count({
    where: { schoolId: actor.schoolId, readAt: null, AND: [URGENT, FAILED, ...(applicantId ? [aboutApplicant(applicantId)] : [])] },
  });
}

/** `mailConfigured`: whether this server has a mail server set up (a pending email without one waits). */
export async function listDeliveries(
  db: Db,
  actor: Actor,
  filter: DeliveryFilter,
  { mailConfigured = true }: { mailConfigured?: boolean } = {},
): Promise<Deliveries> {
  authorize(actor, "dashboard.view");
  const { schoolId } = actor;
  const [school, counts, notifications] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } }),
    Promise.all(DELIVERY_FILTERS.map((f) => db.notification.count({ where: { schoolId, ...WHERE[f] } }))),
    db.notification.findMany({
      where: { schoolId, ...WHERE[filter] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: DELIVERY_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        kind: true,
        title: true,
        urgent: true,
        pushStatus: true,
        pushError: true,
        pushedAt: true,
        readAt: true,
        user: { select: { name: true, role: true, applicant: { select: { id: true } } } },
        applicant: { select: { id: true, user: { select: { name: true } } } },
        emails: {
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { status: true, attempts: true, lastError: true, sentAt: true },
        },
      },
    }),
  ]);
  const rows = notifications.map((n): Delivery => {
    const email = n.emails[0] ?? null;
    const urgent = n.urgent || isUrgentKind(n.kind);
    // A message to an applicant that names no applicant is about the applicant themself.
    const applicant = n.applicant
      ? { id: n.applicant.id, name: n.applicant.user.name }
      : n.user.applicant
        ? { id: n.user.applicant.id, name: n.user.name }
        : null;
    return {
      id: n.id,
      createdAt: n.createdAt,
      kind: n.kind,
      kindLabel: kindLabel(n.kind),
      title: n.title,
      urgent,
      person: { name: n.user.name, role: n.user.role },
      applicant,
      email: emailState(email, mailConfigured),
      push: pushState(n),
      read: readState(n.readAt),
      undelivered: isUrgentUndelivered({ urgent, readAt: n.readAt, pushStatus: n.pushStatus, emailStatus: email?.status ?? null }),
    };
  });
  const [all, failed, urgent] = counts as [number, number, number];
  return { filter, timeZone: school.timeZone, rows, counts: { all, failed, urgent } };
}
