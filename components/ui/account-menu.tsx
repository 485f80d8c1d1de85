"use client";
// Who is signed in, in a menu under their initials: name, role and school, and Sign out (through
// Auth.js, which deletes the session row and clears the cookie). Keeps the header one line on a phone.
// The menu (Radix's, with its positioning) is on every signed-in page but opened only on a press,
// so it arrives after the page; until then the same button stands in and remembers a press or focus.
import { useActionState, useRef, useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { FormStatus } from "./form-status";
import { useAfterLoad } from "./use-after-load";

function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return ((words[0]?.[0] ?? "") + (words.length > 1 ? (words.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

export function AccountMenu({
  name,
  roleLabel,
  schoolName,
  signOut,
  triggerClassName,
}: {
  name: string;
  roleLabel: string;
  schoolName: string;
  signOut: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** The button's classes, merged where the header renders (keeps the class merger off the page). */
  triggerClassName: string;
}) {
  // The menu asks the form below to submit: the same server action and redirect as a plain form post.
  const [state, formAction, pending] = useActionState(signOut, null);
  const form = useRef<HTMLFormElement>(null);
  const menu = useAfterLoad(() => import("./account-menu-list"));
  const [pressed, setPressed] = useState(false);
  const [focused, setFocused] = useState(false);
  const trigger = (
    <>
      <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-primary-soft text-xs font-bold text-primary">
        {initials(name)}
      </span>
      <span className="sr-only">Account: </span>
      <span className="sr-only max-w-40 truncate text-sm font-medium lg:not-sr-only">{name}</span>
    </>
  );
  return (
    <div className="relative">
      {menu ? (
        <menu.AccountMenuList
          name={name}
          roleLabel={roleLabel}
          schoolName={schoolName}
          trigger={trigger}
          triggerClassName={triggerClassName}
          pending={pending}
          onSignOut={() => form.current?.requestSubmit()}
          openAtOnce={pressed}
          focusAtOnce={focused}
        />
      ) : (
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={false}
          data-state="closed"
          className={triggerClassName}
          onClick={() => setPressed(true)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") setPressed(true);
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        >
          {trigger}
        </button>
      )}
      <form ref={form} action={formAction} className="absolute right-0 top-full z-30 w-72">
        <FormStatus result={state} />
      </form>
    </div>
  );
}
