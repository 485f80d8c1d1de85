"use client";
import { useApplicantActions } from "./applicant-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { buttonVariants } from "@/components/ui/button-variants";

export function AddToListButton({ programId, name }: { programId: string; name: string }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.addTarget);
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        onClick={() => run({ programId })}
        className={buttonVariants({ variant: "secondary", size: "sm" })}
        aria-label={`Add to list: ${name}`}
      >
        Add to list
      </button>
      <ActionFeedback result={result} success={`${name} added to your list.`} />
    </div>
  );
}
