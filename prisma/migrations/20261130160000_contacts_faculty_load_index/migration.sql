-- The faculty load a rule-checked write reads (loadCohortFacultyLoad in
-- lib/server/use-case/load-applicant-snapshot.ts) counts only the advocates' outbound contacts:
-- about one in twenty-five of the contacts at the applicant's programs. With the kind of contact
-- leading the index, the read visits those rows only (112 of 3,057 at national scale), and it
-- does so with the plan PostgreSQL keeps for the prepared statement (where the kind arrives as a
-- parameter) as well as with one planned afresh. It replaces the index that carried every
-- contact of those programs. Prisma's schema cannot declare INCLUDE columns, so this index lives
-- here only (schema.prisma's diffs neither create nor drop it).
DROP INDEX IF EXISTS "contacts_cohort_load_idx";
CREATE INDEX "contacts_faculty_load_idx" ON "contacts" ("school_id", "actor_role", "direction", "program_id")
  INCLUDE ("applicant_id", "advocate_kind");
