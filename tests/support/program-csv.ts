// The List of Unfilled Programs as a CSV a dean's office would import, built from program records:
// shared by the import's integration test and the end-to-end starting states.
import type { ProgramRecord } from "@/lib/domain/program-diff";

export const PROGRAM_CSV_HEADER =
  "Program Code,Program Name,Specialty,Position Type,City,State,Setting,Tier,Open Positions,Program Director,Director Email,Coordinator,Coordinator Email,Phone,Prefers Email,Application Service";

const SERVICE_CELL: Record<ProgramRecord["applicationService"], string> = { ERAS: "ERAS", RESIDENCY_CAS: "ResidencyCAS", OTHER: "Other" };

export function programCsvLine(p: ProgramRecord): string {
  const cells = [
    p.nrmpCode,
    p.name,
    p.specialty,
    p.positionType,
    p.city,
    p.state,
    p.setting,
    p.tier,
    String(p.openPositions),
    p.directorName,
    p.directorEmail,
    p.coordinatorName,
    p.coordinatorEmail,
    p.phone,
    p.prefersEmail ? "Yes" : "No",
    SERVICE_CELL[p.applicationService],
  ];
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

export function programCsv(programs: ProgramRecord[]): string {
  return [PROGRAM_CSV_HEADER, ...programs.map(programCsvLine)].join("\n") + "\n";
}
