// How a process this project starts runs its TypeScript outside Next.js: tsx, plus the hook that
// lets lib/server's `import "server-only"` load there (scripts/server-only/register.mjs).
// package.json's scripts pass the same `--import` to tsx.
import { fileURLToPath } from "node:url";

/** Node's `--import` of the server-only hook. */
export const SERVER_ONLY_HOOK = ["--import", fileURLToPath(new URL("./server-only/register.mjs", import.meta.url))];

/** Node's flags for a child process that runs a .ts file: `node ...TSX_NODE_ARGS file.ts`. */
export const TSX_NODE_ARGS = ["--import", "tsx", ...SERVER_ONLY_HOOK];
