-- The dean's dashboard reads a school's contacts grouped by applicant and program (the "touch"
-- step of lib/server/dashboard/cohort-aggregates.ts). At national scale one school's contacts lie
-- among everyone else's, so reading them from the table touches a page per few rows; with the
-- columns the dashboard reads carried in the index, the read is an index-only scan, already in
-- group order. Prisma's schema cannot declare INCLUDE columns, so this index lives here only
-- (schema.prisma's diffs neither create nor drop it).
CREATE INDEX "contacts_dashboard_idx" ON "contacts" ("school_id", "applicant_id", "program_id")
  INCLUDE ("direction", "actor_role", "channel", "advocate_kind", "outcome");
