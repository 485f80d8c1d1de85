// A page's query string as its filters read it. Next.js hands a page each key as a string, a list
// (the key repeated) or nothing; a hand-edited address may carry control characters (NUL, which
// PostgreSQL text cannot hold, among them) that no form of ours sends and no filter means.
export type SearchParams = Record<string, string | string[] | undefined>;

/** C0 controls, DEL and C1 controls: never part of a search, a name or an id. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** One value of the query string: the first when the key is repeated, control characters removed. */
export function queryText(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined ? undefined : one.replace(CONTROL_CHARACTERS, "");
}

/** Every key of the query string as one clean value (see queryText). */
export function readSearchParams(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, queryText(value)]));
}
