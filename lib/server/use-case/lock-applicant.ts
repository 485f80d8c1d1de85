import "server-only";
// Decide-and-write happens inside one transaction that first locks the applicant's row, so all
// writes for one applicant are serialized: two advocates racing for the last faculty slot or for
// the same program cannot both win. The lock query is scoped by school: another school's
// applicant is simply not found. The same statement returns the advocates actively assigned to
// the applicant, which is all a command's access check needs (run-command.ts).
import type { Db, TxClient } from "../core/db";
import { notFound } from "../core/errors";
import { noteTransactionId } from "../core/commit-outcome";

export interface Locked {
  tx: TxClient;
  /** The advocates actively assigned to the applicant, read under the lock. */
  activeAdvocateIds: string[];
}

export async function withApplicantLock<T>(db: Db, schoolId: string, applicantId: string, work: (locked: Locked) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; advocate_ids: string[]; xid: string }[]>`
        SELECT p.id, pg_current_xact_id()::text AS xid, ARRAY(
          SELECT a.advocate_id FROM advocate_assignments a
          WHERE a.applicant_id = p.id AND a.school_id = p.school_id AND a.active
        ) AS advocate_ids
        FROM applicant_profiles p WHERE p.id = ${applicantId} AND p.school_id = ${schoolId} FOR UPDATE`;
      const row = rows[0];
      if (!row) throw notFound("That applicant");
      noteTransactionId(tx, row.xid);
      return work({ tx, activeAdvocateIds: row.advocate_ids });
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
