// The shape of a catalog entry, and the one way a refusal is made from it. Each theme file defines
// its entries and binds `refuse` to them, so a refusal's words can only come from its own entry.
import type { RuleCode } from "./rule-code";
import type { Reader, Refused } from "./decision";

export type RuleSource = "NRMP" | "PLAYBOOK" | "DATA";

/** Words a person reads: fixed, or built from the values the rule's check passes. */
export type Text<P> = string | ((params: P) => string);

interface Texts<P> {
  reason: Text<P>;
  next: Text<P>;
}

/** The words each reader reads where they differ from the rule's plain ones. */
type PerReader<P> = { applicant?: Partial<Texts<P>>; advocate?: Partial<Texts<P>>; dean?: Partial<Texts<P>> };

/** A situation's words, with its own words per reader where they differ. */
type Addressed<P> = Partial<Texts<P>> & PerReader<P>;

/**
 * `P`: the values the check passes (a cap, a holder's name, a program). `C`: the situations under
 * the same rule whose words differ from the usual ones; the check names the one it saw. The plain
 * words are what every reader reads unless the entry holds words for that reader: `applicant`
 * for the applicant it is about ("you"), `advocate` for a faculty advocate acting for them, `dean`
 * for the dean's office.
 */
export type RuleEntry<P = void, C extends string = never> = Texts<P> &
  PerReader<P> & {
    title: string;
    /** Whether the dean's office may let one such refusal through with a written reason. */
    overridable: boolean;
    source: RuleSource;
  } & ([C] extends [never] ? { cases?: never } : { cases: { [K in C]: Addressed<P> } });

/** Names the parameters and situations in the entry's type, so every text can use them. */
export function rule<P = void, C extends string = never>(entry: RuleEntry<P, C>): RuleEntry<P, C> {
  return entry;
}

interface LooseEntry extends PerReader<never> {
  reason: Text<never>;
  next: Text<never>;
  overridable: boolean;
  cases?: Record<string, Addressed<never> | undefined>;
}

/** Who will read the refusal; the plain words unless the check names the reader. */
type ReaderArg = { reader?: Reader };

type RefuseArgs<E> =
  E extends RuleEntry<infer P, infer C>
    ? [P] extends [void]
      ? [C] extends [never]
        ? [args?: ReaderArg]
        : [args?: { case?: C } & ReaderArg]
      : [C] extends [never]
        ? [args: P & ReaderArg]
        : [args: P & { case?: C } & ReaderArg]
    : never;

function render(text: Text<never>, params: unknown): string {
  return typeof text === "string" ? text : (text as (p: unknown) => string)(params);
}

const READER_KEY = { APPLICANT: "applicant", ADVOCATE: "advocate", DEAN: "dean" } as const satisfies Record<Reader, keyof PerReader<never>>;

/** A `refuse` that knows only this theme's entries and asks exactly for each entry's parameters. */
export function refuserFor<E extends Record<string, LooseEntry>>(entries: E) {
  return <K extends keyof E & RuleCode>(code: K, ...args: RefuseArgs<E[K]>): Refused => {
    const entry: E[K] = entries[code];
    const params: { case?: string; reader?: Reader } = args[0] ?? {};
    const situation = params.case === undefined ? undefined : entry.cases?.[params.case];
    const mine = params.reader === undefined ? undefined : READER_KEY[params.reader];
    // The situation's words beat the rule's; for a reader, their own words beat the plain ones.
    const words = (key: keyof Texts<never>): Text<never> =>
      (mine ? situation?.[mine]?.[key] : undefined) ?? situation?.[key] ?? (mine ? entry[mine]?.[key] : undefined) ?? entry[key];
    return {
      ok: false,
      code,
      reason: render(words("reason"), params),
      next: render(words("next"), params),
      overridable: entry.overridable,
    };
  };
}
