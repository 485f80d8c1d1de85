-- The rules' snapshot (lib/server/use-case/load-applicant-snapshot.ts) reads every contact of one
-- applicant: who logged it, when, and how it went. Those rows lie a page apart in the table, so a
-- command read a hundred pages for a hundred contacts, and on a database larger than its shared
-- buffers most of them came from the operating system's cache. The dashboard's index already
-- leads with the school and the applicant; with the two columns it lacked (the actor and the
-- instant) the snapshot's read is an index-only scan of a page or two. As before, Prisma's schema
-- cannot declare INCLUDE columns, so this index lives in migrations only.
DROP INDEX "contacts_dashboard_idx";
CREATE INDEX "contacts_dashboard_idx" ON "contacts" ("school_id", "applicant_id", "program_id")
  INCLUDE ("direction", "actor_role", "channel", "advocate_kind", "outcome", "actor_user_id", "occurred_at");
