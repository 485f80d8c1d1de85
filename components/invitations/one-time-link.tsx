"use client";
// An invitation link handed to the dean's office because email is not set up on this server. Only
// the link's hash is stored, so this is the one time it can be shown. Copy puts it on the
// clipboard; where the browser offers none (plain http on another machine) the link is selected
// for the keyboard's copy instead.
import { useId, useRef, useState } from "react";

export function OneTimeLink({ link, name }: { link: string; name?: string }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("copied");
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopied("selected");
    }
  }

  return (
    <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-left">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {name ? `Invitation link for ${name}` : "Invitation link"}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          ref={field}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={`${id}-note`}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <button type="button" onClick={copy} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Copy link
        </button>
      </div>
      <p id={`${id}-note`} className="mt-2 text-sm text-amber-950">
        This link is shown once: SOAP Desk keeps only a fingerprint of it and cannot show it again. It signs the person in, so send it to them alone. It works
        once, for seven days; if it is lost, make a new link from the list of invitations (the old one then stops working).
      </p>
      {/* Announced, but not a second role="status" beside the form's own. */}
      <p aria-live="polite" className="mt-1 text-sm text-slate-800">
        {copied === "copied" ? "Copied." : copied === "selected" ? "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it." : ""}
      </p>
    </div>
  );
}
