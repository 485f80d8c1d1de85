import "server-only";
// What every new school starts with, whether the demo seed or `npm run school:create` makes it:
// the policy with every cap at its default (the schema's defaults) and the active season, Match
// Week 2026 with its four offer rounds. The dean's office changes both in Settings. The demo seed
// hands in its own season instead, placed around the moment it is seeded (lib/domain/demo-season.ts).
import type { TxClient } from "@/lib/server/core/db";
import type { CommunicationMode } from "@/lib/domain/types";
import { MATCH_WEEK_2026, MATCH_WEEK_2026_ROUNDS } from "@/lib/domain/match-week-2026";

export interface SeasonDefaults {
  season: { name: string; resultsAt: Date; erasOpensAt: Date; windowStartsAt: Date; windowEndsAt: Date; communicationMode: CommunicationMode };
  rounds: readonly { number: number; offersAt: Date; respondBy: Date }[];
}

const MATCH_WEEK: SeasonDefaults = { season: MATCH_WEEK_2026, rounds: MATCH_WEEK_2026_ROUNDS };

export async function writeSchoolDefaults(tx: TxClient, schoolId: string, { season, rounds }: SeasonDefaults = MATCH_WEEK) {
  await tx.schoolPolicy.create({ data: { schoolId } });
  return tx.season.create({
    data: { schoolId, ...season, active: true, offerRounds: { create: rounds.map((round) => ({ schoolId, ...round })) } },
  });
}
