-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DATA_RETENTION';

-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "retention_days" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "season_archives" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "season_name" TEXT NOT NULL,
    "window_starts_at" TIMESTAMP(3) NOT NULL,
    "window_ends_at" TIMESTAMP(3) NOT NULL,
    "removed_at" TIMESTAMP(3) NOT NULL,
    "applicants" INTEGER NOT NULL,
    "placed" INTEGER NOT NULL,
    "advocates" INTEGER NOT NULL,
    "programs_targeted" INTEGER NOT NULL,
    "applications" INTEGER NOT NULL,
    "contacts" INTEGER NOT NULL,
    "faculty_contacts" INTEGER NOT NULL,
    "interviews" INTEGER NOT NULL,
    "offers" INTEGER NOT NULL,
    "offers_accepted" INTEGER NOT NULL,
    "offers_declined" INTEGER NOT NULL,
    "offers_expired" INTEGER NOT NULL,
    "breakdown" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "season_archives_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "season_archives_school_id_window_ends_at_key" ON "season_archives"("school_id", "window_ends_at");

-- AddForeignKey
ALTER TABLE "season_archives" ADD CONSTRAINT "season_archives_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Added by hand (Prisma's schema cannot express triggers, and its diff never sees them):
-- The retention job removes a season's applicants' personal data, and the audit log holds some of
-- it in its before/after values and reasons (a narrative saved, a red flag's context, an
-- override's reason). Who did what, to which record and when stays; the content goes. So the log
-- stays append-only except for one narrow redaction: inside a transaction that has set
-- soap_desk.audit_redaction to 'on' (set_config(..., true), which ends with the transaction), an
-- UPDATE may empty "before" and "reason" and reduce "after" to nothing or to its programId. Every
-- other column, and any other change, is still refused. DELETE and TRUNCATE are refused as before.
CREATE OR REPLACE FUNCTION "audit_logs_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('soap_desk.audit_redaction', true) = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit_logs is append-only'
        USING ERRCODE = 'raise_exception',
              DETAIL = format('%s on audit_logs is not allowed.', TG_OP),
              HINT = 'Record a correction as a new audit row instead.';
END;
$$;

CREATE FUNCTION "audit_logs_redaction_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id
       OR NEW.school_id IS DISTINCT FROM OLD.school_id
       OR NEW.actor_user_id IS DISTINCT FROM OLD.actor_user_id
       OR NEW.action IS DISTINCT FROM OLD.action
       OR NEW.entity_type IS DISTINCT FROM OLD.entity_type
       OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
       OR NEW.applicant_id IS DISTINCT FROM OLD.applicant_id
       OR NEW.created_at IS DISTINCT FROM OLD.created_at
       OR NEW."before" IS NOT NULL
       OR NEW.reason IS NOT NULL
       OR (NEW."after" IS NOT NULL AND NEW."after" IS DISTINCT FROM jsonb_build_object('programId', OLD."after" -> 'programId'))
    THEN
        RAISE EXCEPTION 'audit_logs is append-only'
            USING ERRCODE = 'raise_exception',
                  DETAIL = 'A redaction may only empty before and reason and reduce after to its programId.';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "audit_logs_redaction_only"
    BEFORE UPDATE ON "audit_logs"
    FOR EACH ROW EXECUTE FUNCTION "audit_logs_redaction_only"();

-- A view of an applicant's red flags or confidential narrative is audited on every page that shows
-- them; it changes nothing a live dashboard shows, so it sends no change notice.
DROP TRIGGER audit_logs_notify_change ON "audit_logs";
CREATE TRIGGER audit_logs_notify_change
  AFTER INSERT ON "audit_logs"
  FOR EACH ROW WHEN (NEW.action <> 'confidential.view')
  EXECUTE FUNCTION soap_desk_notify_change();
