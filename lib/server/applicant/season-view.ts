import "server-only";
// What the Match Week banner reads: the active season of the applicant's own school, its offer
// rounds, and the school's zone to show them in.
import type { SnapshotSeason } from "@/lib/domain/snapshot";
import type { Actor } from "../core/actor";
import { sqlRows, type Db } from "../core/db";
import { notFound } from "../core/errors";
import { ownApplicantScope } from "./own-applicant-scope";
import { activeSeasonJson, seasonOf, type SeasonJson } from "../use-case/load-applicant-snapshot";

export interface SeasonView {
  schoolName: string;
  timeZone: string;
  season: (SnapshotSeason & { name: string; offerRounds: NonNullable<SnapshotSeason["offerRounds"]> }) | null;
}

const SEASON_VIEW_SQL = `SELECT s.name, s.time_zone, ${activeSeasonJson("s.id")} AS season FROM schools s WHERE s.id = $1`;

export async function getSeasonView(db: Db, actor: Actor): Promise<SeasonView> {
  const { schoolId } = ownApplicantScope(actor, "workspace.view");
  // One statement on the pool: the school's name and zone with its season (the header shows the
  // name too), the same season the rules use.
  const [school] = await sqlRows<{ name: string; time_zone: string; season: SeasonJson | null }>(db, {
    name: "soap_desk_season_view",
    text: SEASON_VIEW_SQL,
    values: [schoolId],
  });
  if (!school) throw notFound("That school");
  return { schoolName: school.name, timeZone: school.time_zone, season: school.season ? seasonOf(school.season) : null };
}
