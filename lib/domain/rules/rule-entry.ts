// The shape of a catalog entry, and the one way a refusal is made from it. Each theme file defines
// its entries and binds `refuse` to them, so a refusal's words can only come from its own entry.
import type { RuleCode } from "./catalog";
import type { Refused } from "./decision";

export type RuleSource = "NRMP" | "PLAYBOOK" | "DATA";

/** Words a person reads: fixed, or built from the values the rule's check passes. */
export type Text<P> = string | ((params: P) => string);

interface Texts<P> {
  reason: Text<P>;
  next: Text<P>;
}

/**
 * `P`: the values the check passes (a cap, a holder's name, a program). `C`: the situations under
 * the same rule whose words differ from the usual ones; the check names the one it saw.
 */
export type RuleEntry<P = void, C extends string = never> = Texts<P> & {
  title: string;
  /** Whether the dean's office may let one such refusal through with a written reason. */
  overridable: boolean;
  source: RuleSource;
} & ([C] extends [never] ? { cases?: never } : { cases: { [K in C]: Partial<Texts<P>> } });

/** Names the parameters and situations in the entry's type, so every text can use them. */
export function rule<P = void, C extends string = never>(entry: RuleEntry<P, C>): RuleEntry<P, C> {
  return entry;
}

interface LooseEntry {
  reason: Text<never>;
  next: Text<never>;
  overridable: boolean;
  cases?: Record<string, Partial<Texts<never>> | undefined>;
}

type RefuseArgs<E> =
  E extends RuleEntry<infer P, infer C>
    ? [P] extends [void]
      ? [C] extends [never]
        ? []
        : [args?: { case?: C }]
      : [C] extends [never]
        ? [args: P]
        : [args: P & { case?: C }]
    : never;

function render(text: Text<never>, params: unknown): string {
  return typeof text === "string" ? text : (text as (p: unknown) => string)(params);
}

/** A `refuse` that knows only this theme's entries and asks exactly for each entry's parameters. */
export function refuserFor<E extends Record<string, LooseEntry>>(entries: E) {
  return <K extends keyof E & RuleCode>(code: K, ...args: RefuseArgs<E[K]>): Refused => {
    const entry: E[K] = entries[code];
    const params: { case?: string } = args[0] ?? {};
    const situation = params.case === undefined ? undefined : entry.cases?.[params.case];
    return {
      ok: false,
      code,
      reason: render(situation?.reason ?? entry.reason, params),
      next: render(situation?.next ?? entry.next, params),
      overridable: entry.overridable,
    };
  };
}
