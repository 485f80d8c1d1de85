import "server-only";
// The logger a server process installs as it starts (scripts/serve.ts, scripts/worker.ts): JSON
// lines on stdout, or readable lines through pino-pretty (a development dependency) in
// development or with LOG_FORMAT=pretty. Without pino-pretty installed, JSON lines.
import { createRequire } from "node:module";
import { pino, type DestinationStream } from "pino";
import { installLogger, loggerOptions } from "./log";

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

function prettyStream(): DestinationStream | null {
  try {
    const build = createRequire(import.meta.url)("pino-pretty") as PrettyFactory;
    return build({ sync: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid" });
  } catch {
    return null;
  }
}

export function wantsPrettyLogs(source: NodeJS.ProcessEnv = process.env): boolean {
  const format = source.LOG_FORMAT?.trim().toLowerCase();
  if (format) return format === "pretty";
  return source.NODE_ENV === "development";
}

/** Creates and installs the process's logger from LOG_LEVEL and LOG_FORMAT. */
export function setUpLogging(source: NodeJS.ProcessEnv = process.env): void {
  const pretty = wantsPrettyLogs(source) ? prettyStream() : null;
  installLogger(pretty ? pino(loggerOptions(source), pretty) : pino(loggerOptions(source), pino.destination({ dest: 1, sync: true })));
}
