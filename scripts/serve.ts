// SOAP Desk's HTTP server: Next.js behind a thin front that every request passes. It refuses to
// start without a valid environment (AUTH_URL, the public origin, above all), drops request
// headers a client may not set (lib/server/http/trusted-request.ts) and puts the security headers,
// with a fresh script nonce, on every response: pages, route handlers, static files, error pages.
// `npm start` and `npm run dev` run it; so do the test servers.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { keepNativeDate } from "../lib/server/core/sql-json";
import { EnvError, parseServerEnv, type ServerEnv } from "../lib/server/core/env";
import { trustRequestHeaders } from "../lib/server/http/trusted-request";
import { bodyRefusalAnswer, refuseAddress, refuseBody, type BodyRefusal } from "../lib/server/http/body-limit";
import { answerActionUncompressed, mayBeAction, readActionBody, refuseCrossSiteAction, replayRequest } from "../lib/server/http/action-request";
import { answerDirectly, type DirectActionOptions } from "../lib/server/http/direct-action";
import { createNonce, securityHeaders } from "../lib/server/http/security-headers";
import { disconnectPrisma, prisma } from "../lib/server/core/db";
import { listCodeMigrations } from "../lib/server/core/migrations-version";
import { startAppJobWorkers } from "../lib/server/jobs/app-workers";
import { closeConnectionsWhenStopping, stopOnSignals } from "../lib/server/http/graceful-shutdown";
import { registerCodeMigrations, registerWorkers } from "../lib/server/http/shutdown-state";
import { stopChangeFeed } from "../lib/server/live/change-feed";
import { issueSetupCode, setupCodeLogLine } from "../lib/server/schools/first-run";
import { errorFields, log } from "../lib/server/core/log";
import { setUpLogging } from "../lib/server/core/log-setup";
import { requestObserver } from "../lib/server/http/request-log";
import { reusedPageRole, servePage, type PageReuseOptions } from "../lib/server/http/page-reuse";
import { renderedPages } from "../lib/server/live/rendered-pages";
import { sessionCookieName } from "../lib/server/auth/session-cookie";
import { metricsSettings, startMetricsServer, type MetricsSettings } from "../lib/server/http/metrics-server";

const dev = process.argv.includes("--dev");
const fromRoot = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));
/** How much of a refused body is read and dropped before the connection is cut. */
const DISCARD_AT_MOST = 64 * 1024 * 1024;
// The process's own Date constructor, kept before Next.js wraps the global one (sql-json.ts).
keepNativeDate();
// Next.js reads NODE_ENV as it loads, so it is set before Next is imported below.
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
// JSON lines on stdout (readable ones in development), on globalThis for the app's code too.
setUpLogging();

function readEnv(): { env: ServerEnv; metricsAt: MetricsSettings | null } {
  try {
    return { env: parseServerEnv(process.env), metricsAt: metricsSettings(process.env) };
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    log().fatal(`SOAP Desk cannot start.\n${error.message}`);
    process.exit(1);
  }
}

async function main() {
  const { env, metricsAt } = readEnv();
  const port = Number(process.env.PORT ?? 3000);
  // All interfaces unless LISTEN_HOST says otherwise (as `next start` does).
  const listenHost = process.env.LISTEN_HOST?.trim() || undefined;
  const https = env.publicOrigin.protocol === "https:";
  // A form without JavaScript that starts single sign-on is redirected to the school's provider.
  const formTargets = [...new Set(env.sso.map((sso) => new URL(sso.issuer).origin))];

  const { default: next } = await import("next");
  const app = next({ dev, dir: fileURLToPath(new URL("..", import.meta.url)), hostname: listenHost ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Each request: its id, its log context, and its log line and duration as it finishes.
  const reuse: PageReuseOptions = { db: prisma, pages: renderedPages(), sessionCookie: sessionCookieName(https) };
  // Server action calls from pages' scripts, answered here (not under `next dev`, whose actions
  // change with the code).
  const direct: DirectActionOptions | null = dev
    ? null
    : { db: prisma, sessionCookie: reuse.sessionCookie, buildId: readFileSync(fromRoot(".next/BUILD_ID"), "utf8").trim() };
  const observe = requestObserver({ trustedProxyHops: env.trustedProxyHops, appDir: fromRoot("app"), publicDir: fromRoot("public") });
  const server = createServer((req, res) => observe(req, res, () => serve(req, res)));
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    closeConnectionsWhenStopping(res);
    trustRequestHeaders(req.headers, req.socket.remoteAddress, env.trustedProxyHops);
    const nonce = createNonce();
    const headers = securityHeaders({ nonce, https, dev, formTargets });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // Next.js takes the nonce for the scripts it renders from the request's policy.
    req.headers["content-security-policy"] = headers["Content-Security-Policy"];
    const refusal = refuseAddress(req.url) ?? refuseBody(req.method, req.headers) ?? refuseCrossSiteAction(req.method, req.url, req.headers);
    const refuse = (refusal: BodyRefusal) => {
      const answer = bodyRefusalAnswer(refusal, req.headers);
      if (res.headersSent) return;
      res.writeHead(refusal.status, { "content-type": answer.contentType, connection: "close", "cache-control": "no-store" });
      res.end(answer.body);
    };
    const pass = (request: IncomingMessage) =>
      handle(request, res).catch((error: unknown) => {
        log().error(errorFields(error), "request failed");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    if (refusal) {
      // The body is read and dropped, not handed to Next.js, and the answer waits for its end: a
      // connection closed mid-upload shows in the browser as a network error instead. A client
      // that keeps sending far past the limit is answered and cut off.
      const send = () => refuse(refusal);
      let dropped = 0;
      req.on("data", (chunk: Buffer) => {
        dropped += chunk.length;
        if (dropped <= DISCARD_AT_MOST) return;
        send();
        req.socket.destroy();
      });
      req.on("end", send);
      req.on("error", () => req.socket.destroy());
      return;
    }
    // The dean's dashboard: served again from what this instance kept, until the school changes
    // (not under `next dev`, whose pages change with the code).
    if (!dev && reusedPageRole(req.method, req.url, req.headers)) return void servePage(req, res, nonce, reuse, pass);
    if (!mayBeAction(req.method, req.url, req.headers)) return void pass(req);
    answerActionUncompressed(req.method, req.headers);
    // A server action's body is read here first, and one React cannot decode is answered here.
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", () => req.socket.destroy());
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      void readActionBody(req.method, req.headers, body)
        .then(async (read) => {
          if (read.refusal) return refuse(read.refusal);
          const answered = direct && read.args ? await answerDirectly(req, res, read.args, direct) : false;
          if (!answered) void pass(replayRequest(req, body));
        })
        .catch((error: unknown) => {
          log().error(errorFields(error), "request failed");
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
    });
  };
  if (dev) server.on("upgrade", app.getUpgradeHandler());

  // The job workers (emails, push messages, escalations), unless JOB_WORKERS=0 leaves them to
  // `npm run worker` elsewhere.
  const workers = env.jobs.inApp ? await startAppJobWorkers(env) : null;
  if (workers) registerWorkers(workers.done);
  // Readiness compares the database's migrations with the ones this code ships.
  registerCodeMigrations(await listCodeMigrations(fileURLToPath(new URL("../prisma/migrations", import.meta.url))));

  // SIGTERM: readiness fails, the listener closes, requests in flight and live streams finish
  // (lib/server/http/graceful-shutdown.ts), then the workers, Next.js and the pool; exit 0.
  stopOnSignals(
    {
      server,
      workers,
      closeResources: async () => {
        await Promise.allSettled([app.close(), stopChangeFeed()]);
        await disconnectPrisma();
      },
      log: (line) => log().info(line),
      exit: (code) => process.exit(code),
    },
    env.shutdown,
  );
  // First run: no school yet (the demo aside), so this instance prints a one-time setup code.
  // (A database that cannot be reached now is not a reason to refuse to serve: the pages say so.)
  const setupCode = await issueSetupCode(prisma).catch((error: unknown) => {
    log().error(errorFields(error), "Could not check whether this SOAP Desk has a school yet");
    return null;
  });
  // Prometheus metrics on their own port (METRICS_PORT), never on the public one.
  if (metricsAt) await startMetricsServer(metricsAt, prisma);
  // A port that cannot be listened on ends the process with a reason, so that whatever supervises
  // it sees the failure instead of a server that serves nothing.
  const cannotListen = (error: NodeJS.ErrnoException) => {
    const where = `${listenHost ?? "all interfaces"}, port ${port}`;
    const why =
      error.code === "EADDRINUSE"
        ? "another process is already listening there"
        : error.code === "EACCES"
          ? "this process may not use that port"
          : error.message;
    log().fatal(`SOAP Desk cannot start: it cannot listen on ${where}: ${why}. Stop the other process or set PORT.`);
    process.exit(1);
  };
  server.once("error", cannotListen);
  server.listen(port, listenHost, () => {
    server.off("error", cannotListen);
    console.log(`SOAP Desk is serving ${env.publicOrigin.origin} (listening on ${listenHost ?? "all interfaces"}, port ${port})`);
    if (setupCode) console.log(setupCodeLogLine(env.publicOrigin.origin, setupCode));
  });
}

main().catch((error: unknown) => {
  log().fatal(errorFields(error), "SOAP Desk stopped with an error");
  process.exit(1);
});
