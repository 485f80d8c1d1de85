// Numbers, counts and empty values as every screen writes them: one number format ("3,061",
// "3,000 new"), plurals that agree with their number ("1 program", "2 programs"), and one marker
// for a value that is not there.

const NUMBER = new Intl.NumberFormat("en-US");

/** The one way a number is written: "3,061". */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** The noun that agrees with `n`: "program" for 1, "programs" otherwise. */
export function pluralNoun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** A count with its noun: "1 program", "3,061 programs", "0 entries" (with `many` given). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${pluralNoun(n, one, many)}`;
}

/** A count against its limit: "4 of 45". */
export function countOfLimit(n: number, limit: number): string {
  return `${formatNumber(n)} of ${formatNumber(limit)}`;
}

/** What an empty cell or field shows, everywhere: one dash, read aloud as "none". */
export const EMPTY_MARK = "—";
export const EMPTY_SPOKEN = "none";

/** Yes for a step taken, the empty marker for one not taken. */
export function yesOrEmpty(done: boolean): string {
  return done ? "Yes" : EMPTY_MARK;
}
