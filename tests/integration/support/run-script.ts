// Runs one of the project's scripts (scripts/*.ts) as `npm run` does, with these settings and none
// of the developer's shell's that would change what it does, and returns what it printed.
import { spawnSync } from "node:child_process";
import { TSX_NODE_ARGS } from "../../../scripts/node-args";

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

export function runScript(script: string, env: Record<string, string>, args: string[] = []): ScriptRun {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(AUTH_|NEXTAUTH_|SOAP_DESK_|DATABASE_URL|NODE_ENV|PORT)/.test(name)));
  const result = spawnSync(process.execPath, [...TSX_NODE_ARGS, script, ...args], {
    env: { ...inherited, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}
