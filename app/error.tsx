"use client";
// Shown when a page fails to load: a plain message and a way on, never a stack trace. A database
// that cannot be reached is told as such: the server marks that error with a digest that Next.js
// keeps in production (where it hides messages); for any other failure, /api/health is asked
// whether the database is the cause.
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/action-result";

const DATABASE_TITLE = "SOAP Desk cannot reach its database";
const DATABASE_TEXT =
  "The database is unreachable right now, so this page could not be loaded. Nothing you saved is lost and you are still signed in. Try again in a minute; if it keeps happening, tell your dean's office.";

async function databaseUnreachable(): Promise<boolean> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    if (response.status !== 503) return false;
    const body = (await response.json()) as { database?: unknown };
    return body.database === "unreachable";
  } catch {
    return false;
  }
}

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const marked = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  const [probed, setProbed] = useState(false);
  useEffect(() => {
    if (marked) return;
    let live = true;
    void databaseUnreachable().then((unreachable) => live && setProbed(unreachable));
    return () => {
      live = false;
    };
  }, [marked]);
  const database = marked || probed;
  const router = useRouter();
  // Ask the server again (reset() alone would re-render what already failed).
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <div role="alert" className="rounded-xl border border-rose-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">{database ? DATABASE_TITLE : "This page could not be loaded"}</h1>
        <p className="mt-2 text-slate-700">
          {database
            ? DATABASE_TEXT
            : "Nothing you entered was lost: every saved change is kept. Try again in a moment; if it keeps happening, tell your dean's office what you were doing."}
        </p>
        <div className="mt-4 flex gap-3">
          <button type="button" onClick={retry} className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            Try again
          </button>
          {/* A plain link: the start page loads afresh after a failure, and this boundary, part of
              every page's first load, does without the router's Link (3 kB gzipped in its chunk). */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className="min-h-11 rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100">
            Go to the start page
          </a>
        </div>
      </div>
    </main>
  );
}
