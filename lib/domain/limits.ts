// Limits and bounds the forms show and the schemas enforce, kept apart from the schemas (zod) so
// that client components can read them without bringing the validation library into the browser.

/** The date bounds (2020 to 2100) for the `min`/`max` attributes of `datetime-local` inputs. */
export const DATETIME_LOCAL_MIN = "2020-01-01T00:00";
export const DATETIME_LOCAL_MAX = "2100-12-31T23:59";
export const DATE_RANGE_MESSAGE = "Enter a date between 2020 and 2100.";
/** Far above any policy's target list maximum; only stops an absurd payload. */
export const REORDER_MAX = 200;
export const PROFILE_FIELD_MAX = 100;
/** The phone pattern's own bound (an optional "+" and 7–20 digits or separators), for the input. */
export const PHONE_MAX = 21;
export const NARRATIVE_LINE_MAX = 300;
export const RED_FLAG_CONTEXT_MAX = 1000;
export const SEASON_NAME_MAX = 100;
export const INTERVIEW_LOCATION_MAX = 300;
export const INTERVIEW_NOTES_MAX = 1000;
/** Upload limit of the List of Unfilled Programs (characters). */
export const MAX_IMPORT_CHARACTERS = 5_000_000;
/** At most 1 MB (in characters); a 1,000-row file is about 100 KB. */
export const MAX_BULK_INVITATION_CHARACTERS = 1_000_000;
export const BULK_TOO_LARGE_MESSAGE =
  "The file is larger than 1 MB. Keep to the columns Name, Email, AAMC ID, Specialty (and Degree), or split it into smaller files.";
export const CONNECTION_NOTE_MAX = 300;
/** The largest whole number a PostgreSQL integer column (Prisma's Int) holds: every count stored is at most this. */
export const INT4_MAX = 2_147_483_647;
