-- CreateEnum
CREATE TYPE "PushStatus" AS ENUM ('NONE', 'QUEUED', 'SENT', 'FAILED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'CALL_UNANSWERED';
ALTER TYPE "NotificationKind" ADD VALUE 'OFFER_REMINDER';
ALTER TYPE "NotificationKind" ADD VALUE 'OFFER_EXPIRED';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOW_UP_OVERDUE';
ALTER TYPE "NotificationKind" ADD VALUE 'MORNING_SUMMARY';

-- AlterTable
ALTER TABLE "school_policies" ADD COLUMN     "offer_reminder_first_minutes" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "offer_reminder_second_minutes" INTEGER NOT NULL DEFAULT 15;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "applicant_id" TEXT,
ADD COLUMN     "dedupe_key" TEXT,
ADD COLUMN     "push_error" TEXT,
ADD COLUMN     "push_status" "PushStatus" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "pushed_at" TIMESTAMP(3),
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "push_subscriptions" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "last_used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "push_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preferences" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "email" BOOLEAN NOT NULL,
    "push" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "push_subscriptions_endpoint_key" ON "push_subscriptions"("endpoint");

-- CreateIndex
CREATE INDEX "push_subscriptions_school_id_idx" ON "push_subscriptions"("school_id");

-- CreateIndex
CREATE INDEX "push_subscriptions_user_id_idx" ON "push_subscriptions"("user_id");

-- CreateIndex
CREATE INDEX "notification_preferences_school_id_idx" ON "notification_preferences"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_preferences_user_id_kind_key" ON "notification_preferences"("user_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_dedupe_key_key" ON "notifications"("dedupe_key");

-- CreateIndex
CREATE INDEX "notifications_applicant_id_idx" ON "notifications"("applicant_id");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
