"use client";
// The second tap of "a program called": log it as a call or an interview offer. The rules turn
// it into an urgent task (respond within 30 minutes by default) in the same transaction.
import { useApplicantActions } from "./applicant-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";

export function InboundButtons({ programId, programName, onLogged }: { programId: string; programName: string; onLogged?: () => void }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.logProgramCalled);
  const log = (outcome: "SPOKE" | "INTERVIEW_OFFERED") =>
    run({ programId, outcome }, (r) => {
      if (r.ok) onLogged?.();
    });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => log("SPOKE")}
          aria-label={`${programName} called`}
          className="min-h-11 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          Called
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => log("INTERVIEW_OFFERED")}
          aria-label={`${programName} offered an interview`}
          className="min-h-11 rounded-md bg-emerald-700 px-3 py-2 text-sm font-semibold text-white hover:bg-emerald-900 disabled:opacity-60"
        >
          Interview offered
        </button>
      </div>
      <ActionFeedback result={result} success={result?.ok ? "Logged. Your urgent task is on the overview: respond now." : undefined} />
    </div>
  );
}
