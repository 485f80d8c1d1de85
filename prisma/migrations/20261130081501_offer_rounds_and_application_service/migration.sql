-- CreateEnum
CREATE TYPE "ApplicationService" AS ENUM ('ERAS', 'RESIDENCY_CAS', 'OTHER');

-- AlterTable
ALTER TABLE "programs" ADD COLUMN     "application_service" "ApplicationService" NOT NULL DEFAULT 'ERAS';

-- CreateTable
CREATE TABLE "offer_rounds" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "season_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "offers_at" TIMESTAMP(3) NOT NULL,
    "respond_by" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "offer_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "offer_rounds_school_id_idx" ON "offer_rounds"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "offer_rounds_season_id_number_key" ON "offer_rounds"("season_id", "number");

-- AddForeignKey
ALTER TABLE "offer_rounds" ADD CONSTRAINT "offer_rounds_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_rounds" ADD CONSTRAINT "offer_rounds_season_id_fkey" FOREIGN KEY ("season_id") REFERENCES "seasons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each season's offer times become rounds, answered within two hours (NRMP's usual window).
INSERT INTO "offer_rounds" ("id", "school_id", "season_id", "number", "offers_at", "respond_by", "updated_at")
SELECT 'round_' || s."id" || '_' || r.n, s."school_id", s."id", r.n, r.at, r.at + interval '2 hours', CURRENT_TIMESTAMP
FROM "seasons" s, unnest(s."offer_rounds") WITH ORDINALITY AS r(at, n);

-- AlterTable
ALTER TABLE "seasons" DROP COLUMN "offer_rounds";
