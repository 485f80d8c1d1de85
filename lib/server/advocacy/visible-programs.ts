import "server-only";
// The List of Unfilled Programs is confidential to SOAP participants, and faculty advocates are not
// participants: an advocate sees only the programs on the lists of the applicants they are
// actively assigned to, and their own connections (docs/architecture.md, "Who sees what"). Every
// advocate query of programs starts from this filter.
import type { Prisma } from "@/lib/generated/prisma/client";

export function advocateVisiblePrograms(schoolId: string, advocateId: string): Prisma.ProgramWhereInput {
  return {
    schoolId,
    OR: [{ targets: { some: { schoolId, applicant: { assignments: { some: { advocateId, active: true } } } } } }, { connections: { some: { advocateId } } }],
  };
}
