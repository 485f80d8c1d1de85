"use client";
// "How you're told": for each kind of message the person's role can get, an Email and a Push
// switch that save as soon as they are flipped; the app always shows every message, and says so.
// A refused choice (an urgent kind left with neither) flips back and says why, in its own row.
import { useId, useState } from "react";
import type * as Actions from "@/app/notifications/settings/actions";
import type { ChannelChoice, KindChoice } from "@/lib/domain/notification-channels";
import { Badge } from "@/components/ui/badge";
import { Switch } from "@/components/ui/switch";
import { useServerAction } from "@/components/ui/use-server-action";

type Save = typeof Actions.saveChannelChoiceAction;

export function ChannelChoices({ choices, save }: { choices: KindChoice[]; save: Save }) {
  return (
    <ul className="max-w-3xl space-y-3" aria-label="Kinds of message">
      {choices.map((choice) => (
        <li key={choice.kind}>
          <KindRow choice={choice} save={save} />
        </li>
      ))}
    </ul>
  );
}

const CHANNELS = [
  { key: "email", label: "Email" },
  { key: "push", label: "Push" },
] as const;

function KindRow({ choice, save }: { choice: KindChoice; save: Save }) {
  const id = useId();
  const [values, setValues] = useState<ChannelChoice>({ email: choice.email, push: choice.push });
  const { run, pending, result } = useServerAction(save);
  const flip = (channel: keyof ChannelChoice, on: boolean) => {
    if (pending) return;
    const previous = values;
    const next = { ...values, [channel]: on };
    setValues(next);
    run({ kind: choice.kind, ...next }, (answer) => {
      if (!answer.ok) setValues(previous);
    });
  };
  const refused = result !== null && !result.ok;
  return (
    <fieldset aria-busy={pending} aria-describedby={`${id}-about`} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <legend className="float-left flex w-full flex-wrap items-center gap-2 font-semibold text-ink">
        {choice.label}
        {choice.urgent && <Badge tone="bad">Urgent</Badge>}
      </legend>
      <p id={`${id}-about`} className="clear-left pt-1 text-sm text-ink-muted">
        {choice.description}
        {choice.urgent && " Keep email or push on: it cannot wait until you open the app."}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-1">
        {CHANNELS.map(({ key, label }) => (
          <div key={key} className="flex min-h-11 items-center gap-3">
            <Switch
              id={`${id}-${key}`}
              checked={values[key]}
              onCheckedChange={(on) => flip(key, on)}
              aria-disabled={pending || undefined}
              aria-describedby={`${id}-answer`}
            />
            <label htmlFor={`${id}-${key}`} className="cursor-pointer text-sm font-medium">
              {label}
            </label>
          </div>
        ))}
        <p className="w-full text-sm text-ink-muted sm:flex sm:min-h-11 sm:w-auto sm:items-center">In the app: always on</p>
      </div>
      <div id={`${id}-answer`} aria-live="polite" className="empty:hidden">
        {refused && (
          <p role="alert" className="mt-2 rounded-lg border border-danger/30 bg-danger-soft p-2 text-sm text-ink">
            <span className="font-semibold text-danger">Not saved. </span>
            {result.message}
          </p>
        )}
        {result?.ok && (
          <p
            className={`mt-2 rounded-lg border p-2 text-sm ${result.notice ? "border-warning/30 bg-warning-soft text-warning" : "border-success/30 bg-success-soft text-success"}`}
          >
            {result.notice ?? result.message}
          </p>
        )}
      </div>
    </fieldset>
  );
}
