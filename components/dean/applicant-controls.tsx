"use client";
// What the dean's office does for one applicant: assign or unassign an advocate, release a claim,
// and override a refused rule once with a written reason. Each answers next to its own control:
// a refusal with the rule's reason and next step.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import type * as Actions from "@/app/dean/actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import type { AdvocateLevel } from "@/lib/domain/rules/eligibility";
import { ADVOCATE_LEVEL_LABELS } from "@/lib/domain/people-labels";

const BUTTON = "min-h-10 rounded-md border px-3 text-sm font-medium disabled:opacity-60";
const PRIMARY = `${BUTTON} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`;
const QUIET = `${BUTTON} border-slate-300 hover:bg-slate-100`;

type Pair = { applicantId: string; advocateId: string };

/** Under a refusal the dean's office may override: the way to the override form, with the rule chosen. */
function OverrideOffer({ result }: { result: ActionResult | null }) {
  const rule = result && !result.ok ? result.rule : undefined;
  if (!rule?.overridable) return null;
  return (
    <p className="text-sm">
      <Link href={`?override=${rule.ruleCode}#overrides`} scroll className="font-medium text-brand-700 underline">
        Override this rule once, with a written reason
      </Link>
    </p>
  );
}

export function AssignAdvocateForm({
  applicantId,
  choices,
  assign,
}: {
  applicantId: string;
  choices: { advocateId: string; name: string; title: string; kind: string; level: AdvocateLevel }[];
  assign: typeof Actions.assignAdvocateAction;
}) {
  const { run, pending, result } = useServerAction(assign);
  if (choices.length === 0) return <p className="text-sm text-slate-600">Every advocate of the school is already assigned. Invite more from Invitations.</p>;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        run({ applicantId, advocateId: String(new FormData(e.currentTarget).get("advocateId")) });
      }}
    >
      <div className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 basis-56 text-sm">
          <span className="mb-1 block font-medium">Assign an advocate</span>
          <select name="advocateId" className={INPUT_CLASS}>
            {choices.map((c) => (
              <option key={c.advocateId} value={c.advocateId}>
                {c.name} — {c.title || c.kind} ({ADVOCATE_LEVEL_LABELS[c.level].toLowerCase()})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className={PRIMARY}>
          {pending ? "Assigning…" : "Assign"}
        </button>
      </div>
      <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
      <OverrideOffer result={result} />
    </form>
  );
}

export function UnassignButton({ applicantId, advocateId, name, unassign }: Pair & { name: string; unassign: typeof Actions.unassignAdvocateAction }) {
  const { run, pending, result } = useServerAction(unassign);
  return (
    <div className="space-y-1">
      <button type="button" disabled={pending} onClick={() => run({ applicantId, advocateId })} className={QUIET}>
        Unassign<span className="sr-only"> {name}</span>
      </button>
      <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
    </div>
  );
}

export function ReleaseClaimButton({
  applicantId,
  programId,
  label,
  release,
}: {
  applicantId: string;
  programId: string;
  label: string;
  release: typeof Actions.releaseClaimByDeanAction;
}) {
  const { run, pending, result } = useServerAction(release);
  return (
    <div className="space-y-1">
      <button type="button" disabled={pending} onClick={() => run({ applicantId, programId })} className={QUIET}>
        Release<span className="sr-only"> {label}</span>
      </button>
      <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
    </div>
  );
}

export function OverrideForm({
  applicantId,
  rules,
  programs,
  override,
}: {
  applicantId: string;
  rules: { code: string; title: string }[];
  programs: { programId: string; name: string }[];
  override: typeof Actions.createOverrideAction;
}) {
  const { run, pending, result } = useServerAction(override);
  const [reason, setReason] = useState("");
  // Arriving from a refusal, the refused rule is already chosen.
  const asked = useSearchParams()?.get("override");
  const chosen = rules.some((r) => r.code === asked) ? (asked ?? undefined) : undefined;
  return (
    <form
      className="grid gap-2 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const programId = String(data.get("programId") ?? "");
        run({ applicantId, ruleCode: String(data.get("ruleCode")), programId: programId === "" ? null : programId, reason }, (r) => {
          if (r.ok) setReason("");
        });
      }}
    >
      <label className="text-sm">
        <span className="mb-1 block font-medium">Rule to let through once</span>
        <select key={chosen} name="ruleCode" defaultValue={chosen} className={INPUT_CLASS}>
          {rules.map((r) => (
            <option key={r.code} value={r.code}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">For which program</span>
        <select name="programId" className={INPUT_CLASS} defaultValue="">
          <option value="">Any program</option>
          {programs.map((p) => (
            <option key={p.programId} value={p.programId}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm sm:col-span-2">
        <span className="mb-1 block font-medium">Why (goes into the audit log)</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={1000} className={INPUT_CLASS} />
      </label>
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className={PRIMARY}>
          {pending ? "Saving…" : "Record the override"}
        </button>
      </div>
      <div className="sm:col-span-2">
        <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
      </div>
    </form>
  );
}
