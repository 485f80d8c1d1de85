import "server-only";
// Who is acting: resolved from the session before any query, so every filter has a school.
export type ActorRole = "APPLICANT" | "ADVOCATE" | "DEAN";

export interface Actor {
  userId: string;
  schoolId: string;
  role: ActorRole;
  name: string;
  /** The applicant profile of an applicant actor. */
  applicantId: string | null;
  /** The advocate profile of an advocate actor. */
  advocateId: string | null;
}
