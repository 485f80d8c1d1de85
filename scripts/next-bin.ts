// Runs Next's own CLI (for builds) and SOAP Desk's HTTP server (scripts/serve.ts) with this Node,
// not through npx, so signals reach the server directly and stopping a script stops the server too.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { fileURLToPath } from "node:url";
import { heapArgs, TSX_NODE_ARGS } from "./node-args";

const NEXT_BIN = fileURLToPath(new URL("../node_modules/next/dist/bin/next", import.meta.url));
const SERVE = fileURLToPath(new URL("./serve.ts", import.meta.url));

/**
 * `next build`'s arguments. The production build uses webpack: its server output shares one copy
 * of each module between routes (5 MB here), where Turbopack's repeats the app's code in every
 * route's chunks (64 MB), and a server holds each copy it loads: about 130 MB more at rest, and
 * 300 MB more after every page has been served once. `next dev` keeps Turbopack.
 */
export const NEXT_BUILD_ARGS = ["build", "--webpack"];

/** Environment variables as scripts assemble them (Next's types make NODE_ENV required in ProcessEnv). */
export type EnvVars = Record<string, string | undefined>;

export function nextSync(args: string[], env: EnvVars): number {
  return spawnSync(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env: env as NodeJS.ProcessEnv }).status ?? 1;
}

/** A `next` command as a child process, so the caller keeps handling signals while it runs. */
export function nextChild(args: string[], env: EnvVars): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env: env as NodeJS.ProcessEnv });
}

/** SOAP Desk's server over the production build (or `next dev` with `dev`); PORT and the rest come from `env`. */
export function appServer(env: EnvVars, { dev = false, ...options }: SpawnOptions & { dev?: boolean } = {}): ChildProcess {
  const spawnOptions: SpawnOptions = { stdio: "inherit", ...options, env: env as NodeJS.ProcessEnv };
  // The production server's heap is capped (scripts/node-args.ts); `next dev` compiles in-process and is not.
  return spawn(process.execPath, [...(dev ? [] : heapArgs(env)), ...TSX_NODE_ARGS, SERVE, ...(dev ? ["--dev"] : [])], spawnOptions);
}
