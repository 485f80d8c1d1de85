// NRMP's Match Participation Agreement: inside the SOAP window nobody on the applicant's side may
// initiate contact until the program has. Outside it the playbook's own order applies.
import type { SnapshotSeason } from "../snapshot";
import type { CommunicationMode } from "../types";

function inWindow(season: SnapshotSeason | null, now: Date): boolean {
  if (!season) return false;
  const t = now.getTime();
  return t >= season.windowStartsAt.getTime() && t < season.windowEndsAt.getTime();
}

export function modeAt(season: SnapshotSeason | null, now: Date): CommunicationMode {
  return season && inWindow(season, now) ? season.communicationMode : "OPEN";
}

export function describeMode(mode: CommunicationMode): string {
  return mode === "PROGRAM_INITIATED"
    ? "Program-initiated: during SOAP, wait for the program to contact the applicant before anyone reaches out; then apply, email, and faculty follow in that order."
    : "Open: apply first, then the applicant emails, then faculty reach out.";
}
