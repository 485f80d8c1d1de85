// Demo mode: every person of the demo school, by role, each a one-click sign-in (a plain form
// post, so it works before any JavaScript has loaded).
import type { Role } from "@/lib/domain/types";

export interface DemoPerson {
  id: string;
  name: string;
  role: Role;
  detail: string;
}

const ROLE_HEADINGS = {
  APPLICANT: { title: "Applicants", blurb: "Build the list, apply, write first, answer fast." },
  ADVOCATE: { title: "Faculty advocates", blurb: "Call only where a real connection helps." },
  DEAN: { title: "Dean's office", blurb: "Watch the whole cohort, keep everyone inside the rules." },
} as const;

export function DemoPeople({ schoolName, people }: { schoolName: string; people: DemoPerson[] }) {
  return (
    <section aria-labelledby="demo-heading">
      <h2 id="demo-heading" className="text-xl font-semibold">
        Sign in to the demo: {schoolName}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">Everyone here is fictional. Pick a person to see SOAP Desk as they do.</p>
      <div className="mt-6 grid gap-6 md:grid-cols-3">
        {(["APPLICANT", "ADVOCATE", "DEAN"] as const).map((role) => (
          <section key={role} aria-labelledby={`role-${role}`} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
            <h3 id={`role-${role}`} className="font-semibold">
              {ROLE_HEADINGS[role].title}
            </h3>
            <p className="mb-3 text-sm text-ink-muted">{ROLE_HEADINGS[role].blurb}</p>
            <ul className="space-y-1">
              {people
                .filter((person) => person.role === role)
                .map((person) => (
                  <li key={person.id}>
                    <form action="/api/demo/sign-in" method="post">
                      <input type="hidden" name="userId" value={person.id} />
                      <button type="submit" className="w-full rounded-md px-2 py-1.5 text-left hover:bg-primary-soft">
                        <span className="sr-only">Sign in as </span>
                        <span className="block font-medium text-primary">{person.name}</span>
                        <span className="block text-xs text-ink-muted">{person.detail}</span>
                      </button>
                    </form>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
