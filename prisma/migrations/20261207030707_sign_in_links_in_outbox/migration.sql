-- Sign-in links travel through the outbox: a request is written for every address asked for
-- (the same work whoever asks), and the link is made only when the email is sent.
-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('NOTIFICATION', 'SIGN_IN_LINK');

-- AlterTable
ALTER TABLE "outbox_emails" ADD COLUMN     "kind" "EmailKind" NOT NULL DEFAULT 'NOTIFICATION',
ADD COLUMN     "link_origin" TEXT,
ALTER COLUMN "school_id" DROP NOT NULL;

-- A sign-in link belongs to no school: it never tells a school's live pages anything.
DROP TRIGGER outbox_emails_notify_failure ON "outbox_emails";
CREATE TRIGGER outbox_emails_notify_failure
  AFTER UPDATE OF "status" ON "outbox_emails"
  FOR EACH ROW WHEN (NEW."status" = 'FAILED' AND OLD."status" IS DISTINCT FROM 'FAILED' AND NEW."school_id" IS NOT NULL)
  EXECUTE FUNCTION soap_desk_notify_change();
