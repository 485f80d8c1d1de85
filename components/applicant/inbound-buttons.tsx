"use client";
// The last tap of "a program reached out": a call, an email, or an interview offered by phone or
// by email. The rules turn it into an urgent task (respond within 30 minutes by default) in the
// same transaction. Each button's accessible name starts with its visible words, then names the
// program ("Called: Riverside IM"), so voice control and screen readers agree with the screen.
import type { ActionOk } from "@/lib/domain/action-result";
import type { InboundChannel, InboundOutcome } from "@/lib/domain/applicant/program-reached-out";
import { useApplicantActions } from "./applicant-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";

export type InboundLogged = ActionOk<{ taskTitle: string; dueAt: string }>;

const KINDS: { label: string; channel: InboundChannel; outcome: InboundOutcome; tone: string }[] = [
  { label: "Called", channel: "PHONE", outcome: "SPOKE", tone: "bg-primary text-primary-foreground hover:bg-primary-hover" },
  { label: "Emailed", channel: "EMAIL", outcome: "SPOKE", tone: "bg-primary text-primary-foreground hover:bg-primary-hover" },
  {
    label: "Interview offered by phone",
    channel: "PHONE",
    outcome: "INTERVIEW_OFFERED",
    tone: "border border-border-strong bg-surface text-ink hover:bg-muted",
  },
  {
    label: "Interview offered by email",
    channel: "EMAIL",
    outcome: "INTERVIEW_OFFERED",
    tone: "border border-border-strong bg-surface text-ink hover:bg-muted",
  },
];

export function InboundButtons({ programId, programName, onLogged }: { programId: string; programName: string; onLogged?: (result: InboundLogged) => void }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.logProgramCalled);
  return (
    <div className="space-y-2">
      <div className="grid grid-cols-1 gap-2 min-[24rem]:grid-cols-2">
        {KINDS.map((k) => (
          <button
            key={k.label}
            type="button"
            disabled={pending}
            onClick={() =>
              run({ programId, channel: k.channel, outcome: k.outcome }, (r) => {
                if (r.ok) onLogged?.(r);
              })
            }
            aria-label={`${k.label}: ${programName}`}
            className={`min-h-11 rounded-md px-3 py-2 text-sm font-semibold disabled:opacity-60 ${k.tone}`}
          >
            {k.label}
          </button>
        ))}
      </div>
      <ActionFeedback result={result} success={result?.ok ? "Logged. Your urgent task is on the overview: respond now." : undefined} />
    </div>
  );
}
