// The shape of a catalog entry, and the one way a refusal is made from it. Each theme file defines
// its entries and binds `refuse` to them, so a refusal's words can only come from its own entry.
import type { RuleCode } from "./catalog";
import type { Reader, Refused } from "./decision";

export type RuleSource = "NRMP" | "PLAYBOOK" | "DATA";

/** Words a person reads: fixed, or built from the values the rule's check passes. */
export type Text<P> = string | ((params: P) => string);

interface Texts<P> {
  reason: Text<P>;
  next: Text<P>;
}

/** Words that differ for the applicant the refusal is about, who reads "you" where others read their name. */
type Addressed<P> = Partial<Texts<P>> & { applicant?: Partial<Texts<P>> };

/**
 * `P`: the values the check passes (a cap, a holder's name, a program). `C`: the situations under
 * the same rule whose words differ from the usual ones; the check names the one it saw. The plain
 * words are what anyone else reads (an advocate, the dean's office); `applicant` holds the words
 * the applicant reads about their own record, where they differ.
 */
export type RuleEntry<P = void, C extends string = never> = Texts<P> & {
  title: string;
  /** Whether the dean's office may let one such refusal through with a written reason. */
  overridable: boolean;
  source: RuleSource;
  applicant?: Partial<Texts<P>>;
} & ([C] extends [never] ? { cases?: never } : { cases: { [K in C]: Addressed<P> } });

/** Names the parameters and situations in the entry's type, so every text can use them. */
export function rule<P = void, C extends string = never>(entry: RuleEntry<P, C>): RuleEntry<P, C> {
  return entry;
}

interface LooseEntry {
  reason: Text<never>;
  next: Text<never>;
  overridable: boolean;
  applicant?: Partial<Texts<never>>;
  cases?: Record<string, Addressed<never> | undefined>;
}

/** Who will read the refusal; anyone but the applicant unless the check says so. */
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

/** A `refuse` that knows only this theme's entries and asks exactly for each entry's parameters. */
export function refuserFor<E extends Record<string, LooseEntry>>(entries: E) {
  return <K extends keyof E & RuleCode>(code: K, ...args: RefuseArgs<E[K]>): Refused => {
    const entry: E[K] = entries[code];
    const params: { case?: string; reader?: Reader } = args[0] ?? {};
    const situation = params.case === undefined ? undefined : entry.cases?.[params.case];
    const forApplicant = params.reader === "APPLICANT";
    // The situation's words beat the rule's; for the applicant, their own words beat the plain ones.
    const words = (key: keyof Texts<never>): Text<never> =>
      (forApplicant ? situation?.applicant?.[key] : undefined) ?? situation?.[key] ?? (forApplicant ? entry.applicant?.[key] : undefined) ?? entry[key];
    return {
      ok: false,
      code,
      reason: render(words("reason"), params),
      next: render(words("next"), params),
      overridable: entry.overridable,
    };
  };
}
