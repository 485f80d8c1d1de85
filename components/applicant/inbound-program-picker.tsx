"use client";
// Step one of "a program reached out": which program. The target list first (filtered by what is
// typed), then any other program of the school's catalog the search finds: a program the applicant
// never listed may still call. One big tap target per program, for a thumb at 2 a.m.
import { useEffect, useId, useState } from "react";
import { useApplicantActions, type FoundProgram } from "./applicant-actions";

export interface PickedProgram {
  programId: string;
  name: string;
  detail: string;
  onList: boolean;
}

const MIN_QUERY = 2;
const DEBOUNCE_MS = 250;

type Found = { q: string; total: number; programs: FoundProgram[] } | { q: string; error: string };

function matches(p: PickedProgram, words: string[]): boolean {
  const text = `${p.name} ${p.detail}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

export function InboundProgramPicker({ listed, onPick }: { listed: PickedProgram[]; onPick: (program: PickedProgram) => void }) {
  const actions = useApplicantActions();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const q = query.trim();
  const searching = q.length >= MIN_QUERY;
  const searchId = useId();

  useEffect(() => {
    if (q.length < MIN_QUERY) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      try {
        const r = await actions.searchProgramsToLog({ q });
        if (!live) return;
        setFound(r.ok ? { q, total: r.data?.total ?? 0, programs: r.data?.programs ?? [] } : { q, error: r.message });
      } catch {
        if (live) setFound({ q, error: "Could not reach SOAP Desk. Check your connection and try again." });
      }
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, actions]);

  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const shownListed = searching ? listed.filter((p) => matches(p, words)) : listed;
  const current = found && found.q === q ? found : null;
  const others =
    current && "programs" in current
      ? current.programs
          .filter((p) => !p.onList)
          .map((p) => ({ programId: p.id, name: p.name, detail: `${p.specialty} · ${p.city}, ${p.state} · ${p.nrmpCode}`, onList: false }))
      : [];

  return (
    <div className="space-y-3">
      <div className="sticky top-0 z-10 bg-white pb-1">
        <label htmlFor={searchId} className="block text-sm font-medium">
          Search all programs
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${searchId}-hint`}
          autoComplete="off"
          enterKeyHint="search"
          className="mt-1 min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        />
        <p id={`${searchId}-hint`} className="mt-1 text-xs text-slate-600">
          Name, city, specialty, state or NRMP code. Your list comes first; any program of the catalog can be logged.
        </p>
      </div>
      <ProgramGroup
        title="On your list"
        programs={shownListed}
        empty={listed.length === 0 ? "Your list is empty: search the catalog above." : "No program on your list matches."}
        onPick={onPick}
      />
      {searching && (
        <div>
          <ProgramGroup title="Other programs in the catalog" programs={others} empty={current ? "No other program matches." : null} onPick={onPick} />
          <p role="status" className="mt-1 text-xs text-slate-600">
            {!current
              ? "Searching the catalog…"
              : "error" in current
                ? current.error
                : current.total > current.programs.length
                  ? `Showing the first ${current.programs.length} of ${current.total} matches: add a word to narrow it.`
                  : ""}
          </p>
        </div>
      )}
    </div>
  );
}

function ProgramGroup({
  title,
  programs,
  empty,
  onPick,
}: {
  title: string;
  programs: PickedProgram[];
  empty: string | null;
  onPick: (program: PickedProgram) => void;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">
        {title}
      </h3>
      {programs.length === 0 ? (
        empty && <p className="mt-1 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100 rounded-lg border border-slate-200">
          {programs.map((p) => (
            <li key={p.programId}>
              <button type="button" onClick={() => onPick(p)} className="block min-h-12 w-full px-3 py-2 text-left hover:bg-slate-50">
                <span className="block font-medium">{p.name}</span> <span className="block text-xs text-slate-600">{p.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
