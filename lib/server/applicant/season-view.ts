import "server-only";
// What the Match Week banner reads: the active season of the applicant's own school, its offer
// rounds, and the school's zone to show them in.
import type { SnapshotSeason } from "@/lib/domain/snapshot";
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";
import { ownApplicantScope } from "./own-applicant-scope";
import { ACTIVE_SEASON } from "../use-case/load-applicant-snapshot";

export interface SeasonView {
  schoolName: string;
  timeZone: string;
  season: (SnapshotSeason & { name: string; offerRounds: NonNullable<SnapshotSeason["offerRounds"]> }) | null;
}

export async function getSeasonView(db: Db, actor: Actor): Promise<SeasonView> {
  const { schoolId } = ownApplicantScope(actor, "workspace.view");
  // One statement: the school's name and zone with its season (the header shows the name too).
  const school = await db.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: {
      name: true,
      timeZone: true,
      // The same season the rules use: the school's latest active one.
      seasons: {
        ...ACTIVE_SEASON,
        select: {
          name: true,
          windowStartsAt: true,
          windowEndsAt: true,
          communicationMode: true,
          offerRounds: { where: { schoolId }, select: { number: true, offersAt: true, respondBy: true }, orderBy: { number: "asc" } },
        },
      },
    },
  });
  return { schoolName: school.name, timeZone: school.timeZone, season: school.seasons[0] ?? null };
}
