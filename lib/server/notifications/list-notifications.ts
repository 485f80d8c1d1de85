import "server-only";
// A person's own notifications, newest first, and how many are unread (the header's count).
// Scoped by user and school: nobody reads anyone else's.
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";

export async function countUnread(db: Db, actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.userId, schoolId: actor.schoolId, readAt: null } });
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
