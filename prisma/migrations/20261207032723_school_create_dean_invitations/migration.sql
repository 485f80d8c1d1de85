-- AlterEnum
ALTER TYPE "InvitationRole" ADD VALUE 'DEAN';

-- AlterTable
ALTER TABLE "invitations" ALTER COLUMN "specialty" DROP NOT NULL,
ALTER COLUMN "invited_by_id" DROP NOT NULL;
