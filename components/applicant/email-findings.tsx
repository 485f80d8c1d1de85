// The email checker's findings, each with its explanation: what passes and what to fix. The
// checker judges the wording only; while the rules refuse emailing the program (not applied yet,
// no call from the program yet, an accepted offer), the verdict never says "ready to send".
import { emailCheckVerdict } from "@/lib/domain/applicant/email-verdict";
import type { EmailFinding } from "@/lib/domain/messages/email-checker";

const TITLES: Record<EmailFinding["code"], string> = {
  SUBJECT_FORM: "Subject line",
  LENGTH: "Length",
  APPLICATION_SUBMITTED: "Says you applied",
  BACKGROUND_LINE: "One line of background",
  WHY_PROGRAM: "Why this program",
  AVAILABILITY: "Availability",
  NO_RED_FLAG_LEAD: "No red flag in the lead",
  NO_BEGGING: "Tone",
  NO_PLACEHOLDERS: "Blanks filled",
};

export function EmailFindings({ findings, hasRedFlag, refusedFor }: { findings: EmailFinding[]; hasRedFlag: boolean; refusedFor: string | null }) {
  const problems = findings.filter((f) => !f.ok).length;
  return (
    <section aria-labelledby="checker-heading" className="rounded-lg border border-slate-200 p-3">
      <h3 id="checker-heading" className="font-semibold">
        Email check: {emailCheckVerdict(problems, refusedFor !== null)}
      </h3>
      {refusedFor !== null && <p className="mt-1 text-sm text-rose-900">You cannot email {refusedFor} yet: the reason and your next step are above.</p>}
      {hasRedFlag && <p className="mt-1 text-sm text-slate-700">Do not lead with your red flag in writing: your advocate gives the context.</p>}
      <ul className="mt-2 space-y-1.5 text-sm">
        {findings.map((f) => (
          <li key={f.code} className="flex gap-2">
            <span
              aria-hidden="true"
              className={`mt-0.5 inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${f.ok ? "bg-emerald-100 text-emerald-900" : "bg-amber-200 text-amber-950"}`}
            >
              {f.ok ? "✓" : "!"}
            </span>
            <span>
              <span className="font-medium">
                {TITLES[f.code]}
                <span className="sr-only">{f.ok ? " (passes)" : " (to fix)"}</span>:{" "}
              </span>
              {f.message}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
