import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email" };

// Auth.js's "verify request" page: shown if a magic link was requested outside the sign-in form.
export default function CheckEmailPage() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Check your email</h1>
      <p className="mt-3 text-ink-muted">We sent you a sign-in link. It works once; open it on this device.</p>
      <p className="mt-6">
        <Link href="/sign-in" className="text-primary underline">
          Back to sign-in
        </Link>
      </p>
    </main>
  );
}
