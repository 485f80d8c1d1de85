import "server-only";
// The server's Prometheus metrics (prom-client). One registry per process, on globalThis: the HTTP
// server (scripts/serve.ts) and the app's bundled code are separate module instances, and both
// record into it. The metrics port (lib/server/http/metrics-server.ts) serves it.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface AppMetrics {
  registry: Registry;
  requestDuration: Histogram<"route" | "method" | "status">;
  emailsFailed: Counter;
  pushFailed: Counter;
  liveStreams: Gauge;
  signInRefusals: Counter<"reason">;
}

const holder = globalThis as typeof globalThis & { soapDeskMetrics?: AppMetrics };

function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by route pattern, method and status.",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    emailsFailed: new Counter({ name: "emails_failed_total", help: "Email send attempts the mail server refused or that could not reach it.", registers }),
    pushFailed: new Counter({ name: "push_failed_total", help: "Push message attempts that reached no device.", registers }),
    liveStreams: new Gauge({ name: "live_stream_connections", help: "Open live streams (the dean's dashboard feed).", registers }),
    signInRefusals: new Counter({ name: "sign_in_refusals_total", help: "Sign-in attempts refused, by reason.", labelNames: ["reason"], registers }),
  };
}

/** The process's metrics, created on first use. */
export function metrics(): AppMetrics {
  holder.soapDeskMetrics ??= createMetrics();
  return holder.soapDeskMetrics;
}

/** Why a sign-in was refused, as the sign_in_refusals_total series counts it. */
export type SignInRefusal = "rate_limited" | "no_account" | "sso_refused" | "cross_site" | "unknown_demo_person" | "bad_request";

export function countSignInRefusal(reason: SignInRefusal): void {
  metrics().signInRefusals.inc({ reason });
}
