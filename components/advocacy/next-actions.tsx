// "Your next actions" at the top of the advocate's home: what the rules let this advocate do now,
// the most consequential first, each with the program, the applicant, why the playbook allows it
// and a link to the program's page. One line when there is nothing to do now.
import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { NOTHING_TO_DO, type NextAction, type NextActionKind } from "@/lib/domain/advocate/next-actions";
import { formatInZone } from "@/lib/domain/format-time";
import { cn } from "@/components/ui/cn";

const KIND_LABELS: Record<NextActionKind, string> = {
  answer: "Program waiting",
  "follow-up": "Follow-up",
  contact: "Contact now",
  nudge: "Nudge",
  claim: "Claim",
};

function Due({ action, zone }: { action: NextAction; zone: string }) {
  if (!action.dueAt) return null;
  const at = formatInZone(action.dueAt, zone);
  return (
    <span className={cn("text-xs font-medium", action.overdue ? "text-danger" : "text-ink-muted")}>{action.overdue ? `Overdue since ${at}` : `Due ${at}`}</span>
  );
}

export function NextActions({ actions, zone }: { actions: NextAction[]; zone: string }) {
  return (
    <section aria-labelledby="next-actions-heading" className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id="next-actions-heading" className="text-lg font-semibold text-ink">
        Your next actions
      </h2>
      {actions.length === 0 ? (
        <p className="mt-1 text-sm text-ink-muted">{NOTHING_TO_DO}</p>
      ) : (
        <ol className="mt-2 divide-y divide-border">
          {actions.map((a) => (
            <li
              key={`${a.kind}-${a.applicantId}-${a.programId ?? "list"}`}
              className="relative flex min-h-11 flex-col gap-0.5 py-2.5 hover:bg-muted/60 sm:flex-row sm:items-start sm:gap-3"
            >
              <span
                className={cn(
                  "shrink-0 text-xs font-semibold uppercase tracking-wide sm:mt-0.5 sm:w-28",
                  a.kind === "answer" || a.overdue ? "text-danger" : a.kind === "contact" ? "text-primary" : "text-ink-muted",
                )}
              >
                {KIND_LABELS[a.kind]}
              </span>
              <span className="min-w-0 flex-1">
                {/* The whole row opens the program; the link's name is what to do. */}
                <Link href={a.href} className="block font-medium text-primary after:absolute after:inset-0 hover:underline">
                  {a.title}
                </Link>
                <span className="block text-sm text-ink-muted">
                  For {a.applicantName} · {a.why}
                </span>
                <Due action={a} zone={zone} />
              </span>
              <ChevronRight aria-hidden="true" className="mt-1 hidden size-4 shrink-0 text-ink-muted sm:block" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
