// Anything missing, or belonging to someone else, answers the same way.
import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">Not found</h1>
        <p className="mt-2 text-slate-700">There is nothing here for you: the page does not exist, or it is not part of your school&apos;s records.</p>
        <Link href="/" className="mt-4 inline-block text-brand-700 underline">
          Go to the start page
        </Link>
      </div>
    </main>
  );
}
