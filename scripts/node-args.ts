// How a process this project starts runs its TypeScript outside Next.js: tsx, plus the hook that
// lets lib/server's `import "server-only"` load there (scripts/server-only/register.mjs).
// package.json's scripts pass the same `--import` to tsx.
import { fileURLToPath } from "node:url";

/** Node's `--import` of the server-only hook. */
export const SERVER_ONLY_HOOK = ["--import", fileURLToPath(new URL("./server-only/register.mjs", import.meta.url))];

/** Node's flags for a child process that runs a .ts file: `node ...TSX_NODE_ARGS file.ts`. */
export const TSX_NODE_ARGS = ["--import", "tsx", ...SERVER_ONLY_HOOK];

/** The app server's JavaScript heap limit in MB, unless SOAP_DESK_HEAP_MB says otherwise. */
export const DEFAULT_HEAP_MB = 256;

/**
 * Node's flag for the app server's heap: V8 collects garbage before its old generation grows past
 * SOAP_DESK_HEAP_MB (default 256). Without a limit V8 lets garbage pile up to several times the
 * live data on a machine with memory to spare (one instance held 500–650 MB after the benchmark
 * with about 100 MB of it live); with it, the same run ends near 340 MB at the same CPU per request.
 */
export function heapArgs(env: Record<string, string | undefined>): string[] {
  const raw = env.SOAP_DESK_HEAP_MB?.trim();
  if (!raw) return [`--max-old-space-size=${DEFAULT_HEAP_MB}`];
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 128) throw new Error(`SOAP_DESK_HEAP_MB must be a whole number of megabytes, at least 128 (it is "${raw}").`);
  return [`--max-old-space-size=${mb}`];
}
