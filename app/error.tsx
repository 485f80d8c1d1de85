"use client";
// Shown when a page fails to load: a plain message and a way on, never a stack trace.
import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <div role="alert" className="rounded-xl border border-rose-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">This page could not be loaded</h1>
        <p className="mt-2 text-slate-700">
          Nothing you entered was lost: every saved change is kept. Try again in a moment; if it keeps happening, tell your dean&apos;s office what you were
          doing.
        </p>
        <div className="mt-4 flex gap-3">
          <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            Try again
          </button>
          <Link href="/" className="min-h-11 rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100">
            Go to the start page
          </Link>
        </div>
      </div>
    </main>
  );
}
