"use client";
// Who is signed in, in a menu under their initials: name, role and school, and Sign out (through
// Auth.js, which deletes the session row and clears the cookie). Keeps the header one line on a phone.
import { useActionState, useRef } from "react";
import { LogOut } from "lucide-react";
import type { ActionResult } from "@/lib/domain/action-result";
import { buttonVariants } from "./button";
import { cn } from "./cn";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "./dropdown-menu";
import { FormStatus } from "./form-status";

function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return ((words[0]?.[0] ?? "") + (words.length > 1 ? (words.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

export function AccountMenu({
  name,
  roleLabel,
  schoolName,
  signOut,
}: {
  name: string;
  roleLabel: string;
  schoolName: string;
  signOut: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
}) {
  // The menu asks the form below to submit: the same server action and redirect as a plain form post.
  const [state, formAction, pending] = useActionState(signOut, null);
  const form = useRef<HTMLFormElement>(null);
  return (
    <div className="relative">
      <DropdownMenu>
        <DropdownMenuTrigger className={cn(buttonVariants({ variant: "ghost", size: "md" }), "gap-2 px-1.5 md:px-2")}>
          <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-primary-soft text-xs font-bold text-primary">
            {initials(name)}
          </span>
          <span className="sr-only">Account: </span>
          <span className="sr-only max-w-40 truncate text-sm font-medium lg:not-sr-only">{name}</span>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-64">
          <div className="px-3 py-2">
            <p className="truncate font-semibold">{name}</p>
            <p className="truncate text-xs text-ink-muted">{roleLabel}</p>
            <p className="truncate text-xs text-ink-muted">{schoolName}</p>
          </div>
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={pending} onSelect={() => form.current?.requestSubmit()}>
            <LogOut aria-hidden="true" className="size-4" />
            {pending ? "Signing out…" : "Sign out"}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <form ref={form} action={formAction} className="absolute right-0 top-full z-30 w-72">
        <FormStatus result={state} />
      </form>
    </div>
  );
}
