import { prisma } from "@/lib/server/db";
import { isDemoMode } from "@/lib/server/auth/current-actor";
import { listDemoPeople } from "@/lib/server/queries/demo-people";

export const dynamic = "force-dynamic";

const ROLE_HEADINGS = {
  APPLICANT: { title: "Applicants", blurb: "Build the list, apply, write first, answer fast." },
  ADVOCATE: { title: "Faculty advocates", blurb: "Call only where a real connection helps." },
  DEAN: { title: "Dean's office", blurb: "Watch the whole cohort, keep everyone inside the rules." },
} as const;

export default async function HomePage() {
  const demo = isDemoMode() ? await listDemoPeople(prisma) : null;
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <header className="mb-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Match Week coordination</p>
        <h1 className="mt-1 text-3xl font-bold text-slate-900">SOAP Desk</h1>
        <p className="mt-3 max-w-2xl text-slate-700">
          The applicant applies and writes first; faculty with real connections call only where it helps; nobody breaks the NRMP
          rules, nobody calls a program twice, and every program hears the same story.
        </p>
      </header>
      {demo ? (
        <section aria-labelledby="demo-heading">
          <h2 id="demo-heading" className="text-xl font-semibold">
            Sign in to the demo: {demo.school.name}
          </h2>
          <p className="mt-1 text-sm text-slate-600">Everyone here is fictional. Pick a person to see SOAP Desk as they do.</p>
          <div className="mt-6 grid gap-6 md:grid-cols-3">
            {(["APPLICANT", "ADVOCATE", "DEAN"] as const).map((role) => (
              <section key={role} aria-labelledby={`role-${role}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <h3 id={`role-${role}`} className="font-semibold">
                  {ROLE_HEADINGS[role].title}
                </h3>
                <p className="mb-3 text-sm text-slate-600">{ROLE_HEADINGS[role].blurb}</p>
                <ul className="space-y-1">
                  {demo.people
                    .filter((person) => person.role === role)
                    .map((person) => (
                      <li key={person.id}>
                        <form action="/api/demo/sign-in" method="post">
                          <input type="hidden" name="userId" value={person.id} />
                          <button type="submit" className="w-full rounded-md px-2 py-1.5 text-left hover:bg-brand-50">
                            <span className="sr-only">Sign in as </span>
                            <span className="block font-medium text-brand-700">{person.name}</span>
                            <span className="block text-xs text-slate-600">{person.detail}</span>
                          </button>
                        </form>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4">Sign-in for your school opens here.</p>
      )}
    </main>
  );
}
