// The one place an action's outcome is shown: a refusal with the rule's reason and next step (an
// alert, announced at once), other errors, or success with the rules' warnings (a polite status).
import type { ActionResult, RefusalBody } from "@/lib/domain/action-result";

export function RefusalAlert({ refusal, title = "Not allowed yet" }: { refusal: RefusalBody; title?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-danger/30 bg-danger-soft p-3 text-sm text-ink">
      <p className="font-semibold text-danger">{title}</p>
      <p className="mt-1">
        <span className="font-medium">Why: </span>
        {refusal.reason}
      </p>
      <p className="mt-1">
        <span className="font-medium">Next step: </span>
        {refusal.next}
      </p>
    </div>
  );
}

function WarningList({ warnings }: { warnings: { code: string; message: string }[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="space-y-1 rounded-lg border border-warning/30 bg-warning-soft p-3 text-sm text-ink">
      {warnings.map((w) => (
        <li key={w.code + w.message}>
          <span className="font-semibold text-warning">Heads-up: </span>
          {w.message}
        </li>
      ))}
    </ul>
  );
}

export function ActionFeedback<D>({ result, success }: { result: ActionResult<D> | null; success?: string }) {
  return (
    <div aria-live="polite" className="empty:hidden space-y-2">
      {result && !result.ok && result.rule && <RefusalAlert refusal={result.rule} />}
      {result && !result.ok && !result.rule && (
        <div role="alert" className="rounded-lg border border-danger/30 bg-danger-soft p-3 text-sm text-ink">
          <p className="font-semibold text-danger">{result.message}</p>
          {result.fieldErrors && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(result.fieldErrors).map(([key, messages]) => (
                <li key={key}>{messages.join(" ")}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result && result.ok && success && (
        <p role="status" className="rounded-lg border border-success/30 bg-success-soft p-2 text-sm text-success">
          {success}
        </p>
      )}
      {result && result.ok && <WarningList warnings={result.warnings} />}
    </div>
  );
}
