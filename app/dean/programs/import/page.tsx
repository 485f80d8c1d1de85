import type { Metadata } from "next";
import { requireActor } from "@/lib/server/auth/current-actor";
import { Card } from "@/components/ui/card";
import { ProgramImport } from "@/components/dean/program-import";
import { DeanMain } from "@/components/dean/dean-main";
import { applyProgramImportAction, previewProgramImportAction } from "./actions";

export const metadata: Metadata = { title: "Import the List of Unfilled Programs" };
export const dynamic = "force-dynamic";

const TEMPLATE = "/templates/unfilled-programs-template.csv";

// What each column of the file holds; the header may spell the names a little differently.
const COLUMNS: { name: string; required: boolean; accepts: string }[] = [
  {
    name: "Program Code",
    required: true,
    accepts: "The NRMP program code: 4-digit institution code, 3-digit specialty code, position letter and 1–3 track digits, e.g. 1000140C0.",
  },
  { name: "Program Name", required: true, accepts: "As applicants should see it." },
  { name: "Specialty", required: true, accepts: "e.g. Internal Medicine, Transitional Year." },
  {
    name: "Position Type",
    required: true,
    accepts: "C (categorical), M (primary care), P (preliminary), A (advanced) or R (physician); it must match the letter in the code.",
  },
  { name: "City", required: true, accepts: "The program's city." },
  { name: "State", required: true, accepts: "Two-letter code: OH, TX, PR, DC…" },
  { name: "Setting", required: true, accepts: "University, Community-based academic or Community." },
  { name: "Tier", required: true, accepts: "Top, Mid or Community, as your school judges it." },
  { name: "Open Positions", required: true, accepts: "A whole number, at least 1." },
  { name: "Program Director, Director Email", required: false, accepts: "Name and a valid email address." },
  { name: "Coordinator, Coordinator Email", required: false, accepts: "Name and a valid email address." },
  { name: "Phone", required: false, accepts: "As you would dial it." },
  { name: "Prefers Email", required: false, accepts: "Yes or No (blank is No). Yes means the program gets no calls." },
  {
    name: "Application Service",
    required: false,
    accepts:
      "ERAS, ResidencyCAS or Other (the program's own process); a blank cell means ERAS. Applicants see “Apply via …”. Without this column, programs keep the service already recorded and new ones get ERAS.",
  },
];

export default async function ProgramImportPage() {
  await requireActor("DEAN");
  return (
    <DeanMain>
      <h1 className="text-2xl font-bold">Import the List of Unfilled Programs</h1>
      <div className="max-w-3xl space-y-2 text-sm text-slate-700">
        <p>
          Upload the list as a CSV file with one row per program. SOAP Desk checks every row first and shows what the import would change; nothing is saved
          until you press Import.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its line.</li>
          <li>Programs are matched by Program Code: those already in your catalog are updated, the others are added.</li>
          <li>Programs of your catalog that are not in the file are kept as they are: applicants&apos; lists and contacts still point at them.</li>
        </ul>
        <p>
          <a href={TEMPLATE} download className="font-medium text-brand-700 underline">
            Download the template (CSV)
          </a>{" "}
          with the header row and two example programs.
        </p>
      </div>

      <Card title="Upload and check" id="upload">
        <ProgramImport preview={previewProgramImportAction} apply={applyProgramImportAction} />
      </Card>

      <Card title="Columns" id="columns">
        <p className="mb-3 text-sm text-slate-700">
          The first row names the columns, in any order; other columns are ignored. Files up to 5 MB and 20,000 programs.
        </p>
        <dl className="divide-y divide-slate-100 text-sm">
          {COLUMNS.map((column) => (
            <div key={column.name} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr] sm:gap-4">
              <dt className="font-medium text-slate-900">
                {column.name} <span className="font-normal text-slate-600">({column.required ? "required" : "optional"})</span>
              </dt>
              <dd className="text-slate-700">{column.accepts}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </DeanMain>
  );
}
