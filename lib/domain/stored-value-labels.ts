// The words a person reads for each value SOAP Desk stores as a code (FOLLOW_UP,
// PROGRAM_INITIATED, a position type's letter), wherever a screen shows stored data as it is: the
// audit log's before and after, for a start. Where a screen already has its own words for a kind
// of value (a connection, a contact's outcome), those are the words used here too.
import { CONNECTION_LABELS } from "./advocate/connection-labels";
import { CHANNEL_LABELS, OUTCOME_LABELS } from "./applicant/timeline";
import { APPLICATION_SERVICE_LABELS } from "./types";
import { RULE_CATALOG } from "./rules/catalog";
import { kindLabel, NOTIFICATION_KINDS } from "./notification-channels";

/** A rule's code (an override's) reads as the rule's title. */
const RULE_TITLES: Record<string, string> = Object.fromEntries(Object.entries(RULE_CATALOG).map(([code, entry]) => [code, entry.title]));

/** A kind of notification (a choice of how one is told), as a stored value reads it. */
const NOTIFICATION_KIND_VALUES: Record<string, string> = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, kindLabel(kind).charAt(0).toLowerCase() + kindLabel(kind).slice(1)]),
);

/** Values whose meaning depends on the field they are in. */
const BY_FIELD: Record<string, Record<string, string>> = {
  positionType: { C: "categorical", M: "primary-care categorical", P: "preliminary", A: "advanced", R: "physician (prior training)" },
  channel: CHANNEL_LABELS,
  outcome: OUTCOME_LABELS,
  kind: { ...NOTIFICATION_KIND_VALUES, ...CONNECTION_LABELS, FOLLOW_UP: "follow-up", URGENT_RESPONSE: "urgent response", NUDGE: "nudge" },
  service: APPLICATION_SERVICE_LABELS,
  ruleCode: RULE_TITLES,
  applicationService: APPLICATION_SERVICE_LABELS,
  communicationMode: { PROGRAM_INITIATED: "programs contact the applicant first", OPEN: "open" },
  mode: { PROGRAM_INITIATED: "programs contact the applicant first", OPEN: "open" },
};

/** Every other stored code, in plain words. */
const BY_VALUE: Record<string, string> = {
  APPLICANT: "applicant",
  ADVOCATE: "advocate",
  DEAN: "dean's office",
  US_MD: "US MD",
  US_DO: "US DO",
  IMG: "international medical graduate",
  STEP_FAILURE: "a Step failure",
  LEAVE_OF_ABSENCE: "a leave of absence",
  PROFESSIONALISM_RESOLVED: "a resolved professionalism concern",
  PROGRAM_DIRECTOR: "program director",
  ASSOCIATE_PROGRAM_DIRECTOR: "associate program director",
  CLERKSHIP_DIRECTOR: "clerkship director",
  CHAIR: "chair",
  SENIOR_FACULTY_CLINICAL: "senior faculty who worked with the applicant clinically",
  ATTENDING_LIMITED_CONTACT: "an attending with little contact",
  RESIDENT: "resident",
  FAMILY: "family",
  FAMILY_FRIEND: "family friend",
  OUTSIDE_FIELD: "outside the field",
  CLASSMATE: "classmate",
  NO_AUTHORITY: "no authority",
  UNIVERSITY: "university",
  COMMUNITY_ACADEMIC: "community-based academic",
  COMMUNITY: "community",
  TOP: "top",
  MID: "mid",
  FACULTY: "a connected advocate also calls",
  SELF: "the applicant alone",
  OUTBOUND: "to the program",
  INBOUND: "from the program",
  FOLLOW_UP: "follow-up",
  URGENT_RESPONSE: "urgent response",
  NUDGE: "nudge",
  FOLLOW_UP_TASK: "follow-up task",
  URGENT_TASK: "urgent task",
  OPEN: "open",
  DONE: "done",
  CANCELLED: "cancelled",
  PENDING: "pending",
  SENT: "sent",
  FAILED: "failed",
  ACCEPTED: "accepted",
  REJECTED: "declined",
  IN_PERSON: "in person",
  PHONE: "phone",
  VIDEO: "video",
  EMAIL: "email",
  VOICEMAIL: "voicemail",
  PROGRAM_INITIATED: "programs contact the applicant first",
};

const SNAKE_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** What people type: shown as typed, even in capitals. */
const FREE_TEXT = /(name|summary|note|notes|reason|body|subject|text|title|message|strengths?|weakness\w*|reliability|context)$/i;

/** The plain words for a stored code in `field`, or null when `value` is not a code. */
export function storedValueLabel(field: string, value: string): string | null {
  const byField = BY_FIELD[field]?.[value];
  if (byField !== undefined) return byField;
  if (FREE_TEXT.test(field)) return null;
  const known = BY_VALUE[value];
  if (known !== undefined) return known;
  // A code nobody has words for yet still reads as words, never as SCREAMING_SNAKE.
  return SNAKE_CODE.test(value) ? value.toLowerCase().replaceAll("_", " ") : null;
}
