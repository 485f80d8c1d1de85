// Starting a school's own server: `npm start` and the HTTP server refuse to run without the
// public origin, say which setting to add, and touch nothing first (the database URL here points
// at a port where no server listens, so any attempt to use it would fail differently). A server
// whose port another process holds stops with status 1 and says so.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { PUBLIC_ORIGIN_MISSING } from "@/lib/server/core/env";
import { TSX_NODE_ARGS } from "../../scripts/node-args";
import { ensureProductionBuild } from "../support/app-server";

const NOWHERE = "postgresql://nobody@127.0.0.1:9/nothing";

function run(script: string, env: Record<string, string>) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(AUTH_|NEXTAUTH_|SOAP_DESK_|DATABASE_URL|NODE_ENV|PORT)/.test(name)));
  const result = spawnSync(process.execPath, [...TSX_NODE_ARGS, script], {
    env: { ...inherited, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("starting without a public origin", () => {
  it("npm start refuses with DATABASE_URL set and demo mode off, naming AUTH_URL, before touching the database", () => {
    const { status, output } = run("scripts/start.ts", { DATABASE_URL: NOWHERE });
    expect(status).toBe(1);
    expect(output).toContain("SOAP Desk cannot start.");
    expect(output).toContain(PUBLIC_ORIGIN_MISSING);
    expect(output).not.toContain("▶ Database");
  });

  it("the production server refuses, naming AUTH_URL", () => {
    const { status, output } = run("scripts/serve.ts", { NODE_ENV: "production", DATABASE_URL: NOWHERE, AUTH_SECRET: "start-test-secret-0123456789abcdef" });
    expect(status).toBe(1);
    expect(output).toContain("SOAP Desk cannot start.");
    expect(output).toContain(PUBLIC_ORIGIN_MISSING);
  });

  it("the production start (npm run start:prod) refuses without DATABASE_URL, saying what to set, and starts no embedded database", () => {
    const { status, output } = run("scripts/start-prod.ts", { AUTH_URL: "https://soap.school.test", AUTH_SECRET: "start-test-secret-0123456789abcdef" });
    expect(status).toBe(1);
    expect(output).toContain("SOAP Desk cannot start.");
    expect(output).toContain("DATABASE_URL is not set: a production server needs its PostgreSQL");
    expect(output).not.toContain("▶ Database");
  });
});

describe("starting on a port another process holds", () => {
  it("the production server stops with status 1, saying where it could not listen and what to do", async () => {
    ensureProductionBuild();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const { status, output } = run("scripts/serve.ts", {
        NODE_ENV: "production",
        PORT: String(port),
        LISTEN_HOST: "127.0.0.1",
        DATABASE_URL: NOWHERE,
        AUTH_URL: `http://127.0.0.1:${port}`,
        AUTH_SECRET: "start-test-secret-0123456789abcdef",
        JOB_WORKERS: "0",
      });
      expect(status).toBe(1);
      expect(output).toContain(`SOAP Desk cannot start: it cannot listen on 127.0.0.1, port ${port}: another process is already listening there.`);
      expect(output).not.toContain("SOAP Desk is serving");
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
