// What every new school starts with, whether the demo seed or `npm run school:create` makes it:
// the policy with every cap at its default (the schema's defaults) and the active season, Match
// Week 2026 with its four offer rounds. The dean's office changes both in Settings.
import type { TxClient } from "@/lib/server/core/db";
import { MATCH_WEEK_2026, MATCH_WEEK_2026_ROUNDS } from "@/lib/domain/match-week-2026";

export async function writeSchoolDefaults(tx: TxClient, schoolId: string) {
  await tx.schoolPolicy.create({ data: { schoolId } });
  return tx.season.create({
    data: { schoolId, ...MATCH_WEEK_2026, active: true, offerRounds: { create: MATCH_WEEK_2026_ROUNDS.map((round) => ({ schoolId, ...round })) } },
  });
}
