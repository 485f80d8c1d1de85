import "server-only";
// The part of creating a school that the command (`npm run school:create`) and the first-run page
// share: one at a time, refuse a name, slug or dean's address already taken, then write the
// school with its default policy and season, its first morning summary and retention jobs and the
// audit row.
// The first school ends the first run: every setup code stops working.
import type { TxClient } from "@/lib/server/core/db";
import { AppError } from "@/lib/server/core/errors";
import { audit } from "@/lib/server/core/audit";
import { writeSchoolDefaults } from "./school-defaults";
import { scheduleMorningSummary } from "@/lib/server/notifications/morning-summary";
import { ensureRetentionNotice } from "@/lib/server/privacy/retention-schedule";

export interface NewSchool {
  name: string;
  slug: string;
  timeZone: string;
}

const refused = (message: string) => new AppError("CONFLICT", message);

/** The message for a unique violation between the checks and the insert (another creation won). */
export function takenMeanwhile(slug: string, deanEmail: string): AppError {
  return refused(`The slug "${slug}" or ${deanEmail} was taken a moment ago: nothing was created. Try again.`);
}

/**
 * Inside the caller's transaction. `words` says how to name another slug or address to whoever
 * asked (a command's flag, a form's field).
 */
export async function insertSchool(
  tx: TxClient,
  school: NewSchool,
  dean: { name: string; email: string },
  words: { otherSlug: string; otherDean: string; reason: string },
  now: Date,
): Promise<{ schoolId: string; seasonName: string }> {
  // One creation at a time: two with the same name cannot both find it free.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('soap-desk:school-create', 0))`;
  const sameName = await tx.school.findFirst({ where: { name: { equals: school.name, mode: "insensitive" } }, select: { name: true, slug: true } });
  if (sameName) throw refused(`A school named "${sameName.name}" already exists (slug "${sameName.slug}"): nothing was created.`);
  if (await tx.school.findUnique({ where: { slug: school.slug }, select: { id: true } }))
    throw refused(`A school with the slug "${school.slug}" already exists: ${words.otherSlug}.`);
  const email = { equals: dean.email, mode: "insensitive" } as const;
  const inUse = (await tx.user.count({ where: { email } })) + (await tx.invitation.count({ where: { email, acceptedAt: null } }));
  if (inUse > 0) throw refused(`${dean.email} is already in use on SOAP Desk: ${words.otherDean}.`);

  const created = await tx.school.create({ data: { name: school.name, slug: school.slug, timeZone: school.timeZone }, select: { id: true } });
  const season = await writeSchoolDefaults(tx, created.id);
  // Its advocates' first morning summary, on the default season's first SOAP day.
  await scheduleMorningSummary(tx, created.id, now);
  // And the default season's retention job: its applicants' data goes on the default day.
  await ensureRetentionNotice(tx, created.id, now);
  await tx.setupCode.deleteMany();
  await audit(
    tx,
    { schoolId: created.id, userId: null },
    {
      action: "school.create",
      entityType: "School",
      entityId: created.id,
      after: { name: school.name, slug: school.slug, timeZone: school.timeZone, season: season.name, firstDean: dean.email },
      reason: words.reason,
    },
  );
  return { schoolId: created.id, seasonName: season.name };
}
