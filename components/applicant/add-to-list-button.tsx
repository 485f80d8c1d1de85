"use client";
import { useApplicantActions } from "./applicant-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";

export function AddToListButton({ programId, name }: { programId: string; name: string }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.addTarget);
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        onClick={() => run({ programId })}
        className="min-h-10 rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        aria-label={`Add to list: ${name}`}
      >
        Add to list
      </button>
      <ActionFeedback result={result} success={`${name} added to your list.`} />
    </div>
  );
}
