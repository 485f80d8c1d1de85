-- Identifiers the whole product relies on are checked by the database too, not only at the
-- edges: an NRMP program code is a 4-digit institution code, a 3-digit specialty code, a
-- position-type letter and 1-3 track digits; an AAMC ID is exactly 8 digits.
ALTER TABLE "programs"
  ADD CONSTRAINT "programs_nrmp_code_format" CHECK ("nrmp_code" ~ '^[0-9]{7}[CMPAR][0-9]{1,3}$'),
  ADD CONSTRAINT "programs_position_type_matches_code" CHECK (substring("nrmp_code" from 8 for 1) = "position_type"::text),
  ADD CONSTRAINT "programs_open_positions_non_negative" CHECK ("open_positions" >= 0);

ALTER TABLE "applicant_profiles"
  ADD CONSTRAINT "applicant_profiles_aamc_id_format" CHECK ("aamc_id" ~ '^[0-9]{8}$');

ALTER TABLE "invitations"
  ADD CONSTRAINT "invitations_aamc_id_format" CHECK ("aamc_id" IS NULL OR "aamc_id" ~ '^[0-9]{8}$');
