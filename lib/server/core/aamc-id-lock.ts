import "server-only";
// One AAMC ID belongs to one applicant of a school. Inviting someone with an ID and changing a
// profile to that ID both take this transaction-scoped lock before they look for a clash, so the
// two can never both succeed.
import type { TxClient } from "./db";

export async function lockAamcId(tx: TxClient, schoolId: string, aamcId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invitation:aamc:${schoolId}:${aamcId}`}, 0))`;
}
