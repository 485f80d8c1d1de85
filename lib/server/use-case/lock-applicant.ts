import "server-only";
// Decide-and-write happens inside one transaction that first locks the applicant's row, so all
// writes for one applicant are serialized: two advocates racing for the last faculty slot or for
// the same program cannot both win. The lock query is scoped by school: another school's
// applicant is simply not found.
import type { Db, TxClient } from "../core/db";
import { notFound } from "../core/errors";

export async function withApplicantLock<T>(db: Db, schoolId: string, applicantId: string, work: (tx: TxClient) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM applicant_profiles WHERE id = ${applicantId} AND school_id = ${schoolId} FOR UPDATE`;
      if (rows.length === 0) throw notFound("That applicant");
      return work(tx);
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
