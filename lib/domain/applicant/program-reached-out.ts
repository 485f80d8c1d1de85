// "A program reached out": what the applicant logs when a program of the school's catalog calls,
// emails or offers an interview, on their list or not (the rules record it with a warning when
// not). Shared by the dialog (client) and its server actions.
import { z } from "zod";
import { idSchema } from "../schemas";

export const INBOUND_CHANNELS = ["PHONE", "EMAIL"] as const;
export const INBOUND_OUTCOMES = ["SPOKE", "INTERVIEW_OFFERED"] as const;
export type InboundChannel = (typeof INBOUND_CHANNELS)[number];
export type InboundOutcome = (typeof INBOUND_OUTCOMES)[number];

export const programReachedOutInput = z.object({
  programId: idSchema,
  channel: z.enum(INBOUND_CHANNELS, { error: "Say whether the program called or emailed." }).default("PHONE"),
  outcome: z.enum(INBOUND_OUTCOMES, { error: "Say whether they reached out or offered an interview." }),
  summary: z.string().trim().max(2000, { error: "Keep the summary under 2,000 characters." }).default(""),
});
export type ProgramReachedOutRequest = z.infer<typeof programReachedOutInput>;

/** The dialog's search of the catalog: a few words of a name, city, specialty, state or code. */
export const programSearchInput = z.object({
  q: z
    .string()
    .trim()
    .max(100, { error: "Keep the search under 100 characters." })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
