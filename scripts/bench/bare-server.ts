// The machine's own floor for the benchmark: a bare Node.js HTTP server, no framework, that does
// what the app's floor does at the least, one PostgreSQL query that finds the session named by the
// cookie and its user. The benchmark times it with the same load as the app's figures, so each run
// shows what these cores can serve at all at a given concurrency. Started by scripts/bench/run.ts
// with DATABASE_URL, PORT and the session cookie's name in SESSION_COOKIE; /ready answers once it listens.
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const cookieName = process.env.SESSION_COOKIE ?? "authjs.session-token";

const server = createServer((req, res) => {
  if (req.url === "/ready") {
    res.writeHead(200).end();
    return;
  }
  const token = req.headers.cookie
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === cookieName)?.[1];
  pool
    .query("SELECT u.id, u.name, u.role, s.expires FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.session_token = $1 AND s.expires > now()", [
      token ?? "",
    ])
    .then(
      ({ rows }) => {
        res.writeHead(rows[0] ? 200 : 401, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(JSON.stringify({ user: rows[0] ?? null }));
      },
      () => {
        res.writeHead(503).end();
      },
    );
});
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  void pool.end();
});
