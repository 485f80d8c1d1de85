// A calendar file (.ics) for one interview, built with the `ics` package. Times are written in
// UTC so every calendar app shows them in its own zone; the title and description say Eastern.
import { createEvent, type EventAttributes } from "ics";
import type { InterviewFormat } from "../types";

export interface IcsInterview {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  format: InterviewFormat;
  location: string;
  notes: string;
}

export interface IcsProgram {
  name: string;
  specialty: string;
  nrmpCode: string;
  directorName?: string;
  coordinatorEmail?: string;
}

const FORMAT_LABELS: Record<InterviewFormat, string> = { PHONE: "Phone", VIDEO: "Video", IN_PERSON: "In person" };

export type IcsResult = { ok: true; text: string; filename: string } | { ok: false; error: string };

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "interview"
  );
}

function interviewEvent(interview: IcsInterview, program: IcsProgram, applicantName: string): EventAttributes {
  const s = interview.startsAt;
  const lines = [
    `${FORMAT_LABELS[interview.format]} interview for ${applicantName} with ${program.name} (${program.specialty}, NRMP ${program.nrmpCode}).`,
    program.directorName ? `Program director: ${program.directorName}.` : "",
    program.coordinatorEmail ? `Coordinator: ${program.coordinatorEmail}.` : "",
    interview.notes,
    "Be reachable: phone on loud, and call back immediately if you miss them.",
  ].filter((l) => l !== "");
  return {
    uid: `interview-${interview.id}@soap-desk`,
    productId: "soap-desk/interviews",
    start: [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate(), s.getUTCHours(), s.getUTCMinutes()],
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: interview.durationMinutes },
    title: `SOAP interview: ${program.name}`,
    description: lines.join("\n"),
    location: interview.location || FORMAT_LABELS[interview.format],
    status: "CONFIRMED",
    busyStatus: "BUSY",
    alarms: [{ action: "display", description: `Interview with ${program.name} in 15 minutes`, trigger: { minutes: 15, before: true } }],
  };
}

export function buildInterviewIcs(interview: IcsInterview, program: IcsProgram, applicantName: string): IcsResult {
  const { error, value } = createEvent(interviewEvent(interview, program, applicantName));
  if (error || !value) return { ok: false, error: error?.message ?? "The calendar file could not be built." };
  const day = interview.startsAt.toISOString().slice(0, 10);
  return { ok: true, text: value, filename: `soap-interview-${slug(program.name)}-${day}.ics` };
}
