// The emails the applicant logged to one program, newest first, each with its time in the
// school's zone: what was already sent, before sending (or logging) another.
export interface SentEmail {
  id: string;
  programId: string;
  summary: string;
  /** ISO instant, for <time dateTime>. */
  at: string;
  /** "Thu, Apr 2, 10:02 AM EDT", in the school's zone. */
  atLabel: string;
  /** "10:02 AM EDT", for "You logged an email at …". */
  timeLabel: string;
}

export function SentEmails({ programName, sent }: { programName: string; sent: SentEmail[] }) {
  return (
    <section aria-labelledby="sent-emails-heading" className="rounded-lg border border-slate-200 p-3">
      <h3 id="sent-emails-heading" className="font-semibold">
        Emails you logged to {programName}
      </h3>
      {sent.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">None yet.</p>
      ) : (
        <ol aria-labelledby="sent-emails-heading" className="mt-2 divide-y divide-slate-100 text-sm">
          {sent.map((e) => (
            <li key={e.id} className="py-1.5">
              <time dateTime={e.at} className="block font-medium text-slate-900">
                {e.atLabel}
              </time>
              <span className="break-words text-slate-700">{e.summary || "No summary"}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
