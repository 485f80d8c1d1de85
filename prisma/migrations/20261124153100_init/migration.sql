-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('APPLICANT', 'ADVOCATE', 'DEAN');

-- CreateEnum
CREATE TYPE "DegreeType" AS ENUM ('US_MD', 'US_DO', 'IMG');

-- CreateEnum
CREATE TYPE "RedFlagKind" AS ENUM ('STEP_FAILURE', 'LEAVE_OF_ABSENCE', 'PROFESSIONALISM_RESOLVED');

-- CreateEnum
CREATE TYPE "AdvocateKind" AS ENUM ('PROGRAM_DIRECTOR', 'ASSOCIATE_PROGRAM_DIRECTOR', 'CLERKSHIP_DIRECTOR', 'CHAIR', 'SENIOR_FACULTY_CLINICAL', 'DEAN', 'ATTENDING_LIMITED_CONTACT', 'RESIDENT', 'FAMILY', 'FAMILY_FRIEND', 'OUTSIDE_FIELD', 'CLASSMATE', 'NO_AUTHORITY');

-- CreateEnum
CREATE TYPE "ConnectionKind" AS ENUM ('TRAINED_WITH_PD', 'FORMER_RESIDENTS_THERE', 'SCHOOL_PIPELINE', 'WORKED_THERE', 'ALUMNI');

-- CreateEnum
CREATE TYPE "PositionType" AS ENUM ('C', 'M', 'P', 'A', 'R');

-- CreateEnum
CREATE TYPE "ProgramSetting" AS ENUM ('UNIVERSITY', 'COMMUNITY_ACADEMIC', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "ProgramTier" AS ENUM ('TOP', 'MID', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "TargetPriority" AS ENUM ('FACULTY', 'SELF');

-- CreateEnum
CREATE TYPE "ActorRole" AS ENUM ('APPLICANT', 'ADVOCATE');

-- CreateEnum
CREATE TYPE "ContactDirection" AS ENUM ('OUTBOUND', 'INBOUND');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('EMAIL', 'PHONE', 'VOICEMAIL', 'VIDEO');

-- CreateEnum
CREATE TYPE "ContactOutcome" AS ENUM ('SENT', 'NO_ANSWER', 'LEFT_VOICEMAIL', 'SPOKE', 'INTERVIEW_OFFERED', 'DECLINED', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('FOLLOW_UP', 'URGENT_RESPONSE');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InterviewFormat" AS ENUM ('PHONE', 'VIDEO', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CommunicationMode" AS ENUM ('PROGRAM_INITIATED', 'OPEN');

-- CreateTable
CREATE TABLE "schools" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'America/New_York',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "schools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" TIMESTAMP(3),
    "image" TEXT,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "applicant_profiles" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "aamc_id" CHAR(8) NOT NULL,
    "degree_type" "DegreeType" NOT NULL,
    "step2_score" INTEGER,
    "specialty" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "phone_loud" BOOLEAN NOT NULL DEFAULT false,
    "voicemail_ready" BOOLEAN NOT NULL DEFAULT false,
    "eras_updated" BOOLEAN NOT NULL DEFAULT false,
    "contact_current" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "applicant_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "red_flags" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "kind" "RedFlagKind" NOT NULL,
    "context" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "red_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advocate_profiles" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "AdvocateKind" NOT NULL,
    "title" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "advocate_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advocate_assignments" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "advocate_id" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "assigned_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "advocate_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "connections" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "advocate_id" TEXT NOT NULL,
    "program_id" TEXT NOT NULL,
    "kind" "ConnectionKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programs" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "nrmp_code" VARCHAR(11) NOT NULL,
    "name" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "position_type" "PositionType" NOT NULL,
    "city" TEXT NOT NULL,
    "state" VARCHAR(2) NOT NULL,
    "setting" "ProgramSetting" NOT NULL,
    "tier" "ProgramTier" NOT NULL,
    "open_positions" INTEGER NOT NULL,
    "director_name" TEXT NOT NULL DEFAULT '',
    "director_email" TEXT NOT NULL DEFAULT '',
    "coordinator_name" TEXT NOT NULL DEFAULT '',
    "coordinator_email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "prefers_email" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "targets" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "program_id" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "priority" "TargetPriority" NOT NULL DEFAULT 'SELF',
    "applied_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "program_id" TEXT NOT NULL,
    "advocate_id" TEXT NOT NULL,
    "override_id" TEXT,
    "claimed_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "program_id" TEXT NOT NULL,
    "actor_user_id" TEXT NOT NULL,
    "actor_role" "ActorRole" NOT NULL,
    "advocate_kind" "AdvocateKind",
    "direction" "ContactDirection" NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "outcome" "ContactOutcome" NOT NULL,
    "narrative_version_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "program_id" TEXT,
    "source_contact_id" TEXT,
    "kind" "TaskKind" NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "title" TEXT NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "completed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "narratives" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "strengths" TEXT[],
    "weakness_context" TEXT[],
    "reliability" TEXT NOT NULL,
    "author_user_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "narratives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interviews" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "program_id" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "duration_minutes" INTEGER NOT NULL DEFAULT 30,
    "format" "InterviewFormat" NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "interviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offers" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "program_id" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'PENDING',
    "offered_at" TIMESTAMP(3) NOT NULL,
    "responded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seasons" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "results_at" TIMESTAMP(3) NOT NULL,
    "eras_opens_at" TIMESTAMP(3) NOT NULL,
    "window_starts_at" TIMESTAMP(3) NOT NULL,
    "window_ends_at" TIMESTAMP(3) NOT NULL,
    "offer_rounds" TIMESTAMP(3)[],
    "communication_mode" "CommunicationMode" NOT NULL DEFAULT 'PROGRAM_INITIATED',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "seasons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school_policies" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "faculty_contact_cap" INTEGER NOT NULL DEFAULT 8,
    "faculty_contact_minimum" INTEGER NOT NULL DEFAULT 3,
    "max_active_advocates" INTEGER NOT NULL DEFAULT 2,
    "max_applications" INTEGER NOT NULL DEFAULT 45,
    "target_list_min" INTEGER NOT NULL DEFAULT 15,
    "target_list_max" INTEGER NOT NULL DEFAULT 20,
    "calls_per_program_per_day" INTEGER NOT NULL DEFAULT 1,
    "max_resident_contacts" INTEGER NOT NULL DEFAULT 2,
    "cohort_load_warn_above" INTEGER NOT NULL DEFAULT 3,
    "follow_up_due_minutes" INTEGER NOT NULL DEFAULT 240,
    "urgent_response_minutes" INTEGER NOT NULL DEFAULT 30,
    "strong_step2_min" INTEGER NOT NULL DEFAULT 240,
    "average_step2_min" INTEGER NOT NULL DEFAULT 220,
    "email_word_limit" INTEGER NOT NULL DEFAULT 150,
    "allow_faculty_email_without_tie" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "school_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "overrides" (
    "id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "applicant_id" TEXT NOT NULL,
    "program_id" TEXT,
    "rule_code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "overrides_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "school_id" TEXT NOT NULL,
    "actor_user_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "applicant_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "schools_slug_key" ON "schools"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_school_id_idx" ON "users"("school_id");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "applicant_profiles_user_id_key" ON "applicant_profiles"("user_id");

-- CreateIndex
CREATE INDEX "applicant_profiles_school_id_idx" ON "applicant_profiles"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "applicant_profiles_school_id_aamc_id_key" ON "applicant_profiles"("school_id", "aamc_id");

-- CreateIndex
CREATE INDEX "red_flags_school_id_idx" ON "red_flags"("school_id");

-- CreateIndex
CREATE INDEX "red_flags_applicant_id_idx" ON "red_flags"("applicant_id");

-- CreateIndex
CREATE UNIQUE INDEX "advocate_profiles_user_id_key" ON "advocate_profiles"("user_id");

-- CreateIndex
CREATE INDEX "advocate_profiles_school_id_idx" ON "advocate_profiles"("school_id");

-- CreateIndex
CREATE INDEX "advocate_assignments_school_id_idx" ON "advocate_assignments"("school_id");

-- CreateIndex
CREATE INDEX "advocate_assignments_advocate_id_idx" ON "advocate_assignments"("advocate_id");

-- CreateIndex
CREATE UNIQUE INDEX "advocate_assignments_applicant_id_advocate_id_key" ON "advocate_assignments"("applicant_id", "advocate_id");

-- CreateIndex
CREATE INDEX "connections_school_id_idx" ON "connections"("school_id");

-- CreateIndex
CREATE INDEX "connections_program_id_idx" ON "connections"("program_id");

-- CreateIndex
CREATE UNIQUE INDEX "connections_advocate_id_program_id_kind_key" ON "connections"("advocate_id", "program_id", "kind");

-- CreateIndex
CREATE INDEX "programs_school_id_specialty_idx" ON "programs"("school_id", "specialty");

-- CreateIndex
CREATE UNIQUE INDEX "programs_school_id_nrmp_code_key" ON "programs"("school_id", "nrmp_code");

-- CreateIndex
CREATE INDEX "targets_school_id_idx" ON "targets"("school_id");

-- CreateIndex
CREATE INDEX "targets_program_id_idx" ON "targets"("program_id");

-- CreateIndex
CREATE UNIQUE INDEX "targets_applicant_id_program_id_key" ON "targets"("applicant_id", "program_id");

-- CreateIndex
CREATE INDEX "claims_school_id_idx" ON "claims"("school_id");

-- CreateIndex
CREATE INDEX "claims_program_id_idx" ON "claims"("program_id");

-- CreateIndex
CREATE INDEX "claims_advocate_id_idx" ON "claims"("advocate_id");

-- CreateIndex
CREATE INDEX "claims_override_id_idx" ON "claims"("override_id");

-- CreateIndex
CREATE UNIQUE INDEX "claims_applicant_id_program_id_key" ON "claims"("applicant_id", "program_id");

-- CreateIndex
CREATE INDEX "contacts_school_id_idx" ON "contacts"("school_id");

-- CreateIndex
CREATE INDEX "contacts_applicant_id_program_id_idx" ON "contacts"("applicant_id", "program_id");

-- CreateIndex
CREATE INDEX "contacts_program_id_idx" ON "contacts"("program_id");

-- CreateIndex
CREATE INDEX "contacts_actor_user_id_idx" ON "contacts"("actor_user_id");

-- CreateIndex
CREATE INDEX "contacts_narrative_version_id_idx" ON "contacts"("narrative_version_id");

-- CreateIndex
CREATE INDEX "tasks_school_id_status_due_at_idx" ON "tasks"("school_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "tasks_applicant_id_idx" ON "tasks"("applicant_id");

-- CreateIndex
CREATE INDEX "tasks_program_id_idx" ON "tasks"("program_id");

-- CreateIndex
CREATE INDEX "tasks_source_contact_id_idx" ON "tasks"("source_contact_id");

-- CreateIndex
CREATE INDEX "narratives_school_id_idx" ON "narratives"("school_id");

-- CreateIndex
CREATE INDEX "narratives_author_user_id_idx" ON "narratives"("author_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "narratives_applicant_id_version_key" ON "narratives"("applicant_id", "version");

-- CreateIndex
CREATE INDEX "interviews_school_id_idx" ON "interviews"("school_id");

-- CreateIndex
CREATE INDEX "interviews_applicant_id_idx" ON "interviews"("applicant_id");

-- CreateIndex
CREATE INDEX "interviews_program_id_idx" ON "interviews"("program_id");

-- CreateIndex
CREATE INDEX "offers_school_id_idx" ON "offers"("school_id");

-- CreateIndex
CREATE INDEX "offers_applicant_id_idx" ON "offers"("applicant_id");

-- CreateIndex
CREATE INDEX "offers_program_id_idx" ON "offers"("program_id");

-- CreateIndex
CREATE INDEX "seasons_school_id_idx" ON "seasons"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "school_policies_school_id_key" ON "school_policies"("school_id");

-- CreateIndex
CREATE INDEX "overrides_school_id_idx" ON "overrides"("school_id");

-- CreateIndex
CREATE INDEX "overrides_applicant_id_rule_code_idx" ON "overrides"("applicant_id", "rule_code");

-- CreateIndex
CREATE INDEX "overrides_program_id_idx" ON "overrides"("program_id");

-- CreateIndex
CREATE INDEX "overrides_created_by_id_idx" ON "overrides"("created_by_id");

-- CreateIndex
CREATE INDEX "audit_logs_school_id_created_at_idx" ON "audit_logs"("school_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_logs_actor_user_id_idx" ON "audit_logs"("actor_user_id");

-- CreateIndex
CREATE INDEX "audit_logs_applicant_id_idx" ON "audit_logs"("applicant_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applicant_profiles" ADD CONSTRAINT "applicant_profiles_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applicant_profiles" ADD CONSTRAINT "applicant_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "red_flags" ADD CONSTRAINT "red_flags_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "red_flags" ADD CONSTRAINT "red_flags_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_profiles" ADD CONSTRAINT "advocate_profiles_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_profiles" ADD CONSTRAINT "advocate_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_assignments" ADD CONSTRAINT "advocate_assignments_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_assignments" ADD CONSTRAINT "advocate_assignments_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advocate_assignments" ADD CONSTRAINT "advocate_assignments_advocate_id_fkey" FOREIGN KEY ("advocate_id") REFERENCES "advocate_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "connections" ADD CONSTRAINT "connections_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "connections" ADD CONSTRAINT "connections_advocate_id_fkey" FOREIGN KEY ("advocate_id") REFERENCES "advocate_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "connections" ADD CONSTRAINT "connections_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programs" ADD CONSTRAINT "programs_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_advocate_id_fkey" FOREIGN KEY ("advocate_id") REFERENCES "advocate_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_override_id_fkey" FOREIGN KEY ("override_id") REFERENCES "overrides"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_narrative_version_id_fkey" FOREIGN KEY ("narrative_version_id") REFERENCES "narratives"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_source_contact_id_fkey" FOREIGN KEY ("source_contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "narratives" ADD CONSTRAINT "narratives_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "narratives" ADD CONSTRAINT "narratives_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "narratives" ADD CONSTRAINT "narratives_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seasons" ADD CONSTRAINT "seasons_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_policies" ADD CONSTRAINT "school_policies_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overrides" ADD CONSTRAINT "overrides_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overrides" ADD CONSTRAINT "overrides_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicant_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overrides" ADD CONSTRAINT "overrides_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overrides" ADD CONSTRAINT "overrides_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Added by hand (Prisma's schema cannot express triggers, and its diff never sees them):
-- audit_logs is append-only. Every change writes its audit row in the same transaction, so the
-- log is the record of who did what; refusing UPDATE, DELETE and TRUNCATE at the database keeps
-- any code path (or a stray SQL session) from rewriting that history. Statement-level, so even
-- an UPDATE or DELETE that would match no row is refused.
CREATE FUNCTION "audit_logs_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_logs is append-only'
        USING ERRCODE = 'raise_exception',
              DETAIL = format('%s on audit_logs is not allowed.', TG_OP),
              HINT = 'Record a correction as a new audit row instead.';
END;
$$;

CREATE TRIGGER "audit_logs_append_only"
    BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_logs"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_logs_append_only"();
