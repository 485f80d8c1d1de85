// A real SOAP Desk server (scripts/serve.ts over the production build in .next) on a loopback
// port, for tests that must see what a browser, or an attacker with curl, sees over HTTP.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { appServer, nextSync } from "../../scripts/next-bin";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";
import { TSX_NODE_ARGS } from "../../scripts/node-args";

export interface AppServer {
  /** Where the test connects: http://127.0.0.1:<port>. */
  address: string;
  port: number;
  /** Everything the server printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
  /** Sends the server's process a signal (SIGTERM: what a deploy or a restart sends). */
  kill(signal: NodeJS.Signals): void;
  /** The process's exit code once it has exited (null when a signal ended it). */
  exited: Promise<number | null>;
}

/** Settings a developer's shell may hold that would change what the server under test does. */
export const INHERITED_SETTINGS =
  /^(AUTH_|NEXTAUTH_|SMTP_|EMAIL_FROM|OIDC_|SOAP_DESK_|JOB_|SHUTDOWN_|TRUSTED_PROXY_HOPS|DATABASE_URL|PORT|LISTEN_HOST|NODE_ENV|LOG_|METRICS_)/;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the app once when no production build exists (`npm test` builds before the integration step). */
export function ensureProductionBuild(): void {
  if (existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) return;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_SETTINGS.test(name)));
  if (nextSync(["build"], env) !== 0) throw new Error("next build failed: the HTTP tests need a production build.");
}

/** `npm start --no-build`, as a school's server runs it: migrations, the demo seed only when asked, then the server. */
export const THROUGH_NPM_START = (env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, [...TSX_NODE_ARGS, path.join(PROJECT_ROOT, "scripts", "start.ts"), "--no-build"], { env, stdio: ["ignore", "pipe", "pipe"] });

/**
 * Starts the production server with these settings (and nothing of the developer's shell), and
 * waits until it answers. `launch` starts it another way, e.g. THROUGH_NPM_START.
 */
export async function startAppServer(
  port: number,
  settings: Record<string, string>,
  launch: (env: NodeJS.ProcessEnv) => ChildProcess = (env) => appServer(env, { stdio: ["ignore", "pipe", "pipe"] }),
): Promise<AppServer> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_SETTINGS.test(name)));
  // Jobs that come due are looked for often, so a test waits a moment rather than seconds. No load
  // balancer watches a test's server, so it stops without waiting for one to notice.
  const env = { ...inherited, NODE_ENV: "production", PORT: String(port), LISTEN_HOST: "127.0.0.1", JOB_POLL_MS: "250", SHUTDOWN_DELAY_MS: "0", ...settings };
  const child = launch(env as NodeJS.ProcessEnv);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

  const address = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${address}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve("running"), 200))]);
    if (code !== "running") throw new Error(`The app server exited (${String(code)}) before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The app server was not ready within 60 s:\n${output}`);
    }
  }
  return {
    address,
    port,
    output: () => output,
    kill: (signal) => void child.kill(signal),
    exited,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
