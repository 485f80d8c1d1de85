-- Every rule-checked write reads how many other applicants of the school the faculty have already
-- contacted at each program on the applicant's list (loadCohortFacultyLoad in
-- lib/server/use-case/load-applicant-snapshot.ts): the school's contacts at about twenty
-- programs. At national scale the planner intersected the program index with the whole school's
-- (45,000 rows for the largest school) and fetched each match from the table: 35 ms inside the
-- applicant's lock. With the columns the rule reads carried in the index, program first, the read
-- is an index-only scan of just those programs' contacts (4 ms). Prisma's schema cannot declare
-- INCLUDE columns, so this index lives here only (schema.prisma's diffs neither create nor drop it).
CREATE INDEX "contacts_cohort_load_idx" ON "contacts" ("program_id", "school_id")
  INCLUDE ("applicant_id", "actor_role", "direction", "advocate_kind");
