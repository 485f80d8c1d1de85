// The ids a benchmark needs from a generated dataset, found with the same facts the rules read:
// a program an applicant may log their own email to is on their list, applied to, has contacted
// them first (the season is program-initiated), has not declined them or had its offer rejected,
// and the applicant has not accepted an offer anywhere.
import type pg from "pg";

export interface SchoolIds {
  schoolId: string;
  deanUserId: string;
  applicants: number;
}

export interface ApplicantIds {
  schoolId: string;
  userId: string;
  applicantId: string;
}

export interface WriterIds extends ApplicantIds {
  /** A program the applicant may log an outbound email to without a rule refusal. */
  programId: string;
}

export interface BenchmarkIds {
  /** School 1: exactly 300 applicants. */
  bigSchool: SchoolIds;
  /** School 2: exactly 30 applicants (absent when only one school was written). */
  smallSchool: SchoolIds | null;
  /** An applicant of school 1 with exactly 20 targets and about 100 contacts. */
  overviewApplicant: ApplicantIds & { targets: number; contacts: number };
  /** Up to 50 applicants, spread over as many schools as there are, each with a program to log an email to. */
  writers: WriterIds[];
  /** One applicant of school 1 for many writers at once, with every program it may log an email to. */
  hotApplicant: ApplicantIds & { programIds: string[] };
}

const ELIGIBLE = `t.applied_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM contacts c WHERE c.applicant_id = t.applicant_id AND c.program_id = t.program_id AND c.direction = 'INBOUND')
  AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.applicant_id = t.applicant_id AND c.program_id = t.program_id AND c.outcome = 'DECLINED')
  AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.applicant_id = t.applicant_id AND (o.status = 'ACCEPTED' OR (o.program_id = t.program_id AND o.status = 'REJECTED')))`;

const schoolId = (k: number) => `sch_${String(k).padStart(3, "0")}`;

async function schoolIds(client: pg.Client, k: number): Promise<SchoolIds | null> {
  const { rows } = await client.query<{ id: string; dean: string; applicants: number }>(
    `SELECT s.id, u.id AS dean, (SELECT count(*)::int FROM applicant_profiles a WHERE a.school_id = s.id) AS applicants
     FROM schools s JOIN users u ON u.school_id = s.id AND u.role = 'DEAN' WHERE s.id = $1`,
    [schoolId(k)],
  );
  const row = rows[0];
  return row ? { schoolId: row.id, deanUserId: row.dean, applicants: row.applicants } : null;
}

export async function pickBenchmarkIds(client: pg.Client, plans: { k: number }[]): Promise<BenchmarkIds> {
  const big = await schoolIds(client, 1);
  if (!big) throw new Error("School 1 was not written; the benchmark ids need it.");
  const small = await schoolIds(client, 2);

  const overview = await client.query<{ school_id: string; user_id: string; id: string; targets: number; contacts: number }>(
    `SELECT a.school_id, a.user_id, a.id, x.targets, y.contacts
     FROM applicant_profiles a
     CROSS JOIN LATERAL (SELECT count(*)::int AS targets FROM targets t WHERE t.applicant_id = a.id) x
     CROSS JOIN LATERAL (SELECT count(*)::int AS contacts FROM contacts c WHERE c.applicant_id = a.id) y
     WHERE a.school_id = $1
     ORDER BY x.targets = 20 DESC, abs(y.contacts - 100), a.id LIMIT 1`,
    [big.schoolId],
  );
  const o = overview.rows[0];
  if (!o) throw new Error("School 1 has no applicants.");

  const hot = await client.query<{ school_id: string; user_id: string; applicant_id: string; programs: string[] }>(
    `SELECT a.school_id, a.user_id, t.applicant_id, array_agg(t.program_id ORDER BY t.rank) AS programs
     FROM targets t JOIN applicant_profiles a ON a.id = t.applicant_id
     WHERE t.school_id = $1 AND t.applicant_id <> $2 AND ${ELIGIBLE}
     GROUP BY a.school_id, a.user_id, t.applicant_id
     ORDER BY count(*) DESC, t.applicant_id LIMIT 1`,
    [big.schoolId, o.id],
  );
  const h = hot.rows[0];
  if (!h) throw new Error("School 1 has no applicant with a program to write to.");

  // Round-robin over the schools: the first eligible applicants of each school, then the next ones.
  const perSchool = Math.ceil(50 / plans.length) + 1;
  const writers = await client.query<{ school_id: string; user_id: string; applicant_id: string; program_id: string }>(
    `SELECT w.school_id, w.user_id, w.applicant_id, w.program_id
     FROM unnest($1::text[]) WITH ORDINALITY AS s(id, n)
     CROSS JOIN LATERAL (
       SELECT e.*, row_number() OVER (ORDER BY e.applicant_id) AS nth FROM (
         SELECT DISTINCT ON (t.applicant_id) a.school_id, a.user_id, t.applicant_id, t.program_id
         FROM targets t JOIN applicant_profiles a ON a.id = t.applicant_id
         WHERE t.school_id = s.id AND t.applicant_id <> ALL($2::text[]) AND ${ELIGIBLE}
           AND t.applicant_id IN (SELECT id FROM applicant_profiles WHERE school_id = s.id ORDER BY id LIMIT $3 * 3)
         ORDER BY t.applicant_id, t.rank
       ) e ORDER BY e.applicant_id LIMIT $3
     ) w
     ORDER BY w.nth, s.n LIMIT 50`,
    [plans.map((p) => schoolId(p.k)), [o.id, h.applicant_id], perSchool],
  );

  return {
    bigSchool: big,
    smallSchool: small,
    overviewApplicant: { schoolId: o.school_id, userId: o.user_id, applicantId: o.id, targets: o.targets, contacts: o.contacts },
    writers: writers.rows.map((w) => ({ schoolId: w.school_id, userId: w.user_id, applicantId: w.applicant_id, programId: w.program_id })),
    hotApplicant: { schoolId: h.school_id, userId: h.user_id, applicantId: h.applicant_id, programIds: h.programs },
  };
}
