import "server-only";
// A person's own notifications, newest first, and how many are unread (the header's count).
// Scoped by user and school: nobody reads anyone else's.
import type { Actor } from "../core/actor";
import { sqlRows, type Db } from "../core/db";

/** Every page's header shows it: one statement on the pool, not through Prisma's engine. */
export async function countUnread(db: Db, actor: Actor): Promise<number> {
  const [row] = await sqlRows<{ unread: number }>(db, {
    name: "soap_desk_unread",
    text: "SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND school_id = $2 AND read_at IS NULL",
    values: [actor.userId, actor.schoolId],
  });
  return row?.unread ?? 0;
}

export async function listNotifications(db: Db, actor: Actor, limit = 50) {
  const [items, unread, school] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.userId, schoolId: actor.schoolId },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, kind: true, title: true, body: true, linkPath: true, createdAt: true, readAt: true },
    }),
    countUnread(db, actor),
    db.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { name: true, timeZone: true } }),
  ]);
  return { items, unread, school };
}
