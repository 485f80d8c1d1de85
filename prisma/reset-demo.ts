// Puts the demo school (slug "northfield") back to its starting point, with every time relative to
// `now`, so alerts, deadlines and countdowns look the same each time someone tries SOAP Desk.
// Used by `npm run demo:reset` (scripts/demo-reset.ts) and the home page's button in demo mode.
//
// One transaction: the demo school's rows are deleted child first, scoped by its id (another
// school's rows are never named, and a foreign key from one would roll the whole reset back), then
// seedDemo writes it again. A failure leaves the old demo school exactly as it was.
//
// audit_logs is append-only (a trigger refuses DELETE). The demo school's history is fiction, so
// the reset turns that trigger off for its own DELETE only: ALTER TABLE is transactional and takes
// an exclusive lock, so no other session writes an audit row while it is off, and the trigger is on
// again before the commit (or the rollback). The new school's first audit row says it was reset.
import type { Db, TxClient } from "../lib/server/core/db";
import { AppError } from "../lib/server/core/errors";
import { DEMO_SCHOOL } from "./seed-data/demo-school";
import { seedDemo, type SeedResult } from "./seed";

export const DEMO_MODE_OFF =
  "Demo mode is off for this database, so the demo school was not reset. SOAP Desk resets the demo only on its embedded database " +
  "(npm start without DATABASE_URL) or when SOAP_DESK_DEMO=1 is set: a school's own server keeps its data.";

/** The school-scoped tables, children before parents: each row of the demo school is deleted in this order. */
export const DEMO_RESET_ORDER = [
  "outboxEmail",
  "notification",
  "notificationPreference",
  "pushSubscription",
  "task",
  "claim",
  "override",
  "contact",
  "narrative",
  "interview",
  "offer",
  "target",
  "connection",
  "redFlag",
  "advocateAssignment",
  "applicantProfile",
  "advocateProfile",
  "program",
  "offerRound",
  "season",
  "schoolPolicy",
  "invitation",
  "seasonArchive",
] as const satisfies readonly (keyof TxClient)[];

type SchoolScoped = { deleteMany(args: { where: { schoolId: string } }): Promise<{ count: number }> };

export interface ResetOptions {
  now: Date;
  /** Whether demo mode is on for this database (scripts/start-settings.ts's rule, or SOAP_DESK_DEMO in the app). */
  demoMode: boolean;
  /** A reset this many seconds after the last one is skipped: two visitors clicking at once get one reset. */
  skipWithinSeconds?: number;
  /** Progress lines; defaults to the console. */
  log?: (line: string) => void;
}

export type ResetResult =
  | { reset: true; schoolId: string; removed: Record<string, number>; counts: Record<string, number> }
  | { reset: false; reason: "just-reset"; schoolId: string; resetAt: Date };

export class DemoResetRefused extends AppError {
  constructor() {
    super("FORBIDDEN", DEMO_MODE_OFF);
    this.name = "DemoResetRefused";
  }
}

const RESET_ACTION = "demo.reset";
/** The action of the audit row the seed writes for the school it creates (prisma/seed.ts). */
const SEED_ACTION = "seed.demo";

/**
 * Whether the school with this slug is the demo school: the seed (or a reset, which seeds again)
 * wrote it, and says so in its audit log. A school a dean's office created under the same slug
 * after the demo was removed is not the demo, whatever its name.
 */
export async function findDemoSchool(db: Db | TxClient, slug: string = DEMO_SCHOOL.slug): Promise<{ id: string; name: string } | null> {
  const school = await db.school.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!school) return null;
  const seeded = await db.auditLog.count({ where: { schoolId: school.id, action: SEED_ACTION, entityType: "School", entityId: school.id } });
  return seeded > 0 ? school : null;
}

export type RemoveResult =
  { removed: true; schoolId: string; name: string; counts: Record<string, number> } | { removed: false; refused: boolean; reason: string };

/**
 * Removes the demo school and every row of it, people and audit history included, in one
 * transaction; another school is never named. Refuses (nothing removed) when the school with the
 * slug is not the demo school, or there is none.
 */
export async function removeDemo(prisma: Db, { slug = DEMO_SCHOOL.slug }: { slug?: string } = {}): Promise<RemoveResult> {
  return prisma.$transaction(
    async (tx): Promise<RemoveResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('soap-desk:demo-reset', 0))`;
      const exists = await tx.school.findUnique({ where: { slug }, select: { name: true } });
      if (!exists) return { removed: false, refused: false, reason: `There is no school "${slug}" in this database, so nothing was removed.` };
      const demo = await findDemoSchool(tx, slug);
      if (!demo) {
        return {
          removed: false,
          refused: true,
          reason: `The school "${slug}" (${exists.name}) is not the demo school: SOAP Desk did not seed it, so it is a real school's and nothing was removed.`,
        };
      }
      const counts = await deleteSchool(tx, demo.id);
      return { removed: true, schoolId: demo.id, name: demo.name, counts };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export async function resetDemo(prisma: Db, { now, demoMode, skipWithinSeconds = 0, log = console.log }: ResetOptions): Promise<ResetResult> {
  if (!demoMode) throw new DemoResetRefused();
  const result = await prisma.$transaction(
    async (tx): Promise<ResetResult> => {
      // One reset at a time; a second one waits here and then sees the first one's school.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('soap-desk:demo-reset', 0))`;
      const existing = await tx.school.findUnique({ where: { slug: DEMO_SCHOOL.slug }, select: { id: true } });
      if (existing && skipWithinSeconds > 0) {
        const last = await tx.auditLog.findFirst({
          where: { schoolId: existing.id, action: RESET_ACTION },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true },
        });
        if (last && now.getTime() - last.createdAt.getTime() < skipWithinSeconds * 1000) {
          return { reset: false, reason: "just-reset", schoolId: existing.id, resetAt: last.createdAt };
        }
      }
      const removed = existing ? await deleteSchool(tx, existing.id) : {};
      const seeded = await seedDemo(withinTransaction(tx), { now, log });
      if (!seeded.seeded) throw new Error("The demo school was still there after the reset deleted it.");
      await tx.auditLog.create({
        data: {
          schoolId: seeded.schoolId,
          actorUserId: null,
          action: RESET_ACTION,
          entityType: "School",
          entityId: seeded.schoolId,
          before: { removed },
          after: { counts: seeded.counts },
          reason: "The demo school was reset to its starting point; its earlier (fictional) history was removed.",
          createdAt: now,
        },
      });
      return { reset: true, schoolId: seeded.schoolId, removed, counts: seeded.counts };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (result.reset) log(`Reset ${DEMO_SCHOOL.name}: removed ${describeCounts(result.removed)}.`);
  return result;
}

/** Deletes every row of one school, children first; returns how many rows each table lost. */
async function deleteSchool(tx: TxClient, schoolId: string): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const model of DEMO_RESET_ORDER) {
    const { count } = await (tx[model] as unknown as SchoolScoped).deleteMany({ where: { schoolId } });
    removed[model] = count;
  }
  // Audit rows name the school's people as actors, so they go before the people.
  await tx.$executeRawUnsafe(`ALTER TABLE "audit_logs" DISABLE TRIGGER "audit_logs_append_only"`);
  removed.auditLog = (await tx.auditLog.deleteMany({ where: { schoolId } })).count;
  await tx.$executeRawUnsafe(`ALTER TABLE "audit_logs" ENABLE TRIGGER "audit_logs_append_only"`);

  const people = await tx.user.findMany({ where: { schoolId }, select: { email: true } });
  await tx.session.deleteMany({ where: { user: { schoolId } } });
  await tx.account.deleteMany({ where: { user: { schoolId } } });
  // Unused sign-in links of those people (keyed by address, no foreign key).
  await tx.verificationToken.deleteMany({ where: { identifier: { in: people.map((p) => p.email) } } });
  removed.user = (await tx.user.deleteMany({ where: { schoolId } })).count;
  await tx.school.delete({ where: { id: schoolId } });
  return removed;
}

/**
 * seedDemo opens its own transaction; handed this, it runs inside the reset's instead, so the
 * delete and the new seed commit together.
 */
function withinTransaction(tx: TxClient): Db {
  return new Proxy(tx, {
    get(target, property) {
      if (property === "$transaction") return (work: (inner: TxClient) => Promise<SeedResult>) => work(tx);
      return Reflect.get(target, property);
    },
  }) as unknown as Db;
}

/** "12 program, 3 user" for a progress line. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([model, n]) => `${n} ${model}`);
  return parts.length > 0 ? parts.join(", ") : "nothing";
}
