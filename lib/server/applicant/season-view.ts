// What the Match Week banner reads: the active season of the applicant's own school, its offer
// rounds, and the school's zone to show them in.
import type { SnapshotSeason } from "@/lib/domain/snapshot";
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";
import { ownApplicantScope } from "./own-applicant-scope";

export interface SeasonView {
  timeZone: string;
  season: (SnapshotSeason & { name: string; offerRounds: NonNullable<SnapshotSeason["offerRounds"]> }) | null;
}

export async function getSeasonView(db: Db, actor: Actor): Promise<SeasonView> {
  const { schoolId } = ownApplicantScope(actor, "workspace.view");
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
    // The same season the rules use (load-applicant-snapshot): the school's latest active one.
    const season = await tx.season.findFirst({
      where: { schoolId, active: true },
      orderBy: { windowStartsAt: "desc" },
      select: {
        name: true,
        windowStartsAt: true,
        windowEndsAt: true,
        communicationMode: true,
        offerRounds: { where: { schoolId }, select: { number: true, offersAt: true, respondBy: true }, orderBy: { number: "asc" } },
      },
    });
    return { timeZone: school.timeZone, season };
  });
}
