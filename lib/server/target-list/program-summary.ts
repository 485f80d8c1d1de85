import "server-only";
// The program columns a list or a message picker shows: one select shape, so every view of a
// program on the applicant's list reads the same fields.
export const PROGRAM_SUMMARY = {
  id: true,
  name: true,
  nrmpCode: true,
  specialty: true,
  city: true,
  state: true,
  positionType: true,
  setting: true,
  tier: true,
  prefersEmail: true,
} as const;
