// How each kind of connection reads on screen (kept apart from the schemas: client components use it).
import type { ConnectionKind } from "../types";

export const CONNECTION_LABELS: Record<ConnectionKind, string> = {
  TRAINED_WITH_PD: "Trained with the program director",
  FORMER_RESIDENTS_THERE: "Former residents of mine are there",
  SCHOOL_PIPELINE: "Our school's pipeline program",
  WORKED_THERE: "I worked there",
  ALUMNI: "Alumni connection",
};
