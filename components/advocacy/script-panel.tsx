"use client";
// The generated faculty script for one program, in the playbook's short shape, as a phone script
// or an email. Copy puts it on the clipboard; the email form also opens in the mail app, addressed
// to the program's director and coordinator.
import { useId, useState } from "react";
import { mailtoHref } from "@/lib/domain/applicant/mailto";

type Channel = "PHONE" | "EMAIL";
interface Draft {
  subject: string;
  body: string;
}

export function ScriptPanel({ scripts, to, initial }: { scripts: Record<Channel, Draft>; to: string[]; initial: Channel }) {
  const [channel, setChannel] = useState<Channel>(initial);
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
  const draft = scripts[channel];
  const text = channel === "EMAIL" ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(channel === "EMAIL" ? "The email is on your clipboard." : "The phone script is on your clipboard.");
    } catch {
      setCopied("Your browser did not allow copying: select the text and copy it yourself.");
    }
  };
  return (
    <div className="space-y-3">
      <div role="radiogroup" aria-label="Script form" className="inline-flex rounded-md border border-slate-300 p-0.5">
        {(["PHONE", "EMAIL"] as const).map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={channel === c}
            onClick={() => {
              setChannel(c);
              setCopied(null);
            }}
            className={`min-h-10 rounded px-3 text-sm font-medium ${channel === c ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100"}`}
          >
            {c === "PHONE" ? "Phone script" : "Email"}
          </button>
        ))}
      </div>
      {channel === "EMAIL" && (
        <p className="text-sm">
          <span className="font-medium">Subject: </span>
          {draft.subject}
        </p>
      )}
      <label htmlFor={id} className="sr-only">
        {channel === "EMAIL" ? "Email text" : "Phone script"}
      </label>
      <textarea
        id={id}
        readOnly
        value={draft.body}
        rows={12}
        className="w-full rounded-md border border-slate-300 bg-white p-3 font-sans text-sm leading-relaxed"
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={copy}
          className="min-h-11 rounded-md border border-brand-700 bg-brand-700 px-3 text-sm font-medium text-white hover:bg-brand-900"
        >
          Copy {channel === "EMAIL" ? "the email" : "the script"}
        </button>
        {channel === "EMAIL" && (
          <a
            href={mailtoHref(to, draft.subject, draft.body)}
            className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            Open in my mail app
          </a>
        )}
      </div>
      <p role="status" className="text-sm text-emerald-900 empty:hidden">
        {copied}
      </p>
    </div>
  );
}
