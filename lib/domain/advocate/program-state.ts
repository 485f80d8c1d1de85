// Where one program stands for an advocate, and whether it is theirs to work: on their own, so
// the advocate's program page takes them into the browser without the rules that decide them.

export type AdvocateProgramState =
  | "accepted"
  | "matched"
  | "closed"
  | "claimed-by-other"
  | "unclaimed"
  | "waiting-for-application"
  | "waiting-for-program"
  | "waiting-for-applicant-email"
  | "ready"
  | "blocked"
  | "done";

/** The statuses in which the program is this advocate's to work (they hold its claim). */
export function holdsProgram(status: AdvocateProgramState): boolean {
  return !["unclaimed", "claimed-by-other", "accepted", "matched", "closed"].includes(status);
}
