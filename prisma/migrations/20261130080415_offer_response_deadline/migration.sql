-- AlterTable
ALTER TABLE "offers" ADD COLUMN     "respond_by" TIMESTAMP(3);
