import "server-only";
// Decide-and-write happens inside one transaction that first locks the applicant's row, so all
// writes for one applicant are serialized: two advocates racing for the last faculty slot or for
// the same program cannot both win. The lock query is scoped by school: another school's
// applicant is simply not found. The same statement returns the advocates actively assigned to
// the applicant, which is all a command's access check needs (run-command.ts).
import { sqlRows, type Db, type TxClient } from "../core/db";
import { notFound } from "../core/errors";
import { noteTransactionId } from "../core/commit-outcome";

export interface Locked {
  tx: TxClient;
  /** The advocates actively assigned to the applicant, read under the lock. */
  activeAdvocateIds: string[];
}

/**
 * $1 applicant, $2 school: the applicant's row locked, with the transaction's id and the advocates
 * assigned. For the rest of the transaction, PostgreSQL runs named statements on their generic
 * plans: the command's snapshot (load-applicant-snapshot.ts) took longer to plan afresh than to
 * run, and its parameters do not change the best plan. (In its own choice PostgreSQL planned it
 * afresh: a fresh plan drops the parts the command does not want, so it looks cheaper.)
 */
const LOCK_SQL = `
  SELECT p.id, pg_current_xact_id()::text AS xid, set_config('plan_cache_mode', 'force_generic_plan', true) AS plan_cache_mode, ARRAY(
    SELECT a.advocate_id FROM advocate_assignments a
    WHERE a.applicant_id = p.id AND a.school_id = p.school_id AND a.active
  ) AS advocate_ids
  FROM applicant_profiles p WHERE p.id = $1 AND p.school_id = $2 FOR UPDATE`;

export async function withApplicantLock<T>(db: Db, schoolId: string, applicantId: string, work: (locked: Locked) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const rows = await sqlRows<{ id: string; advocate_ids: string[]; xid: string }>(tx, {
        name: "soap_desk_lock_applicant",
        text: LOCK_SQL,
        values: [applicantId, schoolId],
      });
      const row = rows[0];
      if (!row) throw notFound("That applicant");
      noteTransactionId(tx, row.xid);
      return work({ tx, activeAdvocateIds: row.advocate_ids });
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
