// Runs Next's own CLI with this Node, not through npx, so signals reach the server directly and
// stopping the start script stops the server too.
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { fileURLToPath } from "node:url";

const NEXT_BIN = fileURLToPath(new URL("../node_modules/next/dist/bin/next", import.meta.url));

export function nextSync(args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env }).status ?? 1;
}

export function nextServer(args: string[], env: NodeJS.ProcessEnv, options: SpawnOptions = {}) {
  return spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env, ...options });
}
