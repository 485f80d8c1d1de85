-- AlterEnum
ALTER TYPE "TaskKind" ADD VALUE 'NUDGE';

-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "created_by_id" TEXT;

-- AlterTable
ALTER TABLE "school_policies" ADD COLUMN     "nudge_interval_hours" INTEGER NOT NULL DEFAULT 12;

-- CreateIndex
CREATE INDEX "tasks_created_by_id_idx" ON "tasks"("created_by_id");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
