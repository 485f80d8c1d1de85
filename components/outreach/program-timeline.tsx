// One program's timeline, oldest first: every touch by anyone on the applicant's side, the
// program's own contacts, tasks, interviews and offers. Shared by the applicant's and the
// advocate's program pages; the loader decides what each may see.
import { CHANNEL_LABELS, OUTCOME_LABELS, type TimelineEvent } from "@/lib/domain/applicant/timeline";
import { formatInZone } from "@/lib/domain/format-time";

const FORMAT = { PHONE: "Phone", VIDEO: "Video", IN_PERSON: "In person" } as const;

function describe(e: TimelineEvent, zone: string, listOwner: string): { title: string; detail?: string; tone: string } {
  switch (e.kind) {
    case "target":
      return e.what === "added"
        ? { title: `Added to ${listOwner} target list`, tone: "bg-slate-400" }
        : { title: "Application marked sent in ERAS", tone: "bg-emerald-600" };
    case "contact": {
      const how = CHANNEL_LABELS[e.channel].toLowerCase();
      const title =
        e.direction === "INBOUND"
          ? `${e.who} reached out by ${how}: ${OUTCOME_LABELS[e.outcome]}`
          : `${e.who}${e.actorRole === "ADVOCATE" ? " (advocate)" : ""} contacted the program by ${how}: ${OUTCOME_LABELS[e.outcome]}`;
      const version = e.narrativeVersion ? ` (narrative v${e.narrativeVersion})` : "";
      return { title, detail: e.summary ? `${e.summary}${version}` : version || undefined, tone: e.direction === "INBOUND" ? "bg-rose-600" : "bg-brand-600" };
    }
    case "task": {
      const state =
        e.status === "OPEN"
          ? `due ${formatInZone(e.dueAt, zone)}`
          : e.status === "DONE"
            ? `done ${e.completedAt ? formatInZone(e.completedAt, zone) : ""}`
            : "cancelled";
      return { title: `Task: ${e.title}`, detail: state, tone: "bg-amber-500" };
    }
    case "interview":
      return { title: `${FORMAT[e.format]} interview, ${e.durationMinutes} min`, detail: e.location || undefined, tone: "bg-violet-600" };
    case "offer":
      return {
        title: `Offer, round ${e.round}: ${e.status.toLowerCase()}`,
        detail: e.respondedAt ? `Answered ${formatInZone(e.respondedAt, zone)}` : undefined,
        tone: "bg-emerald-700",
      };
  }
}

/** `listOwner`: "your" for the applicant, "their" for an advocate. */
export function ProgramTimeline({ events, zone, listOwner }: { events: readonly TimelineEvent[]; zone: string; listOwner: "your" | "their" }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Nothing yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {events.map((e) => {
        const d = describe(e, zone, listOwner);
        return (
          <li key={`${e.kind}-${e.id}`} className="relative">
            <span aria-hidden="true" className={`absolute -left-[1.65rem] top-1.5 h-3 w-3 rounded-full ring-4 ring-white ${d.tone}`} />
            <time dateTime={e.at.toISOString()} className="block text-xs font-medium text-slate-600">
              {formatInZone(e.at, zone)}
            </time>
            <p className="font-medium">{d.title}</p>
            {d.detail && <p className="text-sm text-slate-700">{d.detail}</p>}
          </li>
        );
      })}
    </ol>
  );
}
