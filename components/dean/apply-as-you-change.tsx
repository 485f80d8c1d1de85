"use client";
// A filter form that applies itself: a choice applies at once, typed text after a short pause,
// through Next.js's <Form>, so the view changes in place and its address (the filters) can be
// shared. Without JavaScript it is the plain GET form it wraps, with its Apply button.
import Form from "next/form";
import { useRef, type ReactNode } from "react";

const TYPING_PAUSE_MS = 400;

export function ApplyAsYouChange({ action, label, className, children }: { action: string; label: string; className: string; children: ReactNode }) {
  const formRef = useRef<HTMLFormElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const apply = () => formRef.current?.requestSubmit();
  return (
    <Form
      ref={formRef}
      action={action}
      replace
      scroll={false}
      role="search"
      aria-label={label}
      className={className}
      onChange={(event) => {
        const field = event.target as unknown as HTMLInputElement;
        clearTimeout(typing.current);
        if (field.type === "search" || field.type === "text") typing.current = setTimeout(apply, TYPING_PAUSE_MS);
        else apply();
      }}
    >
      {children}
    </Form>
  );
}
