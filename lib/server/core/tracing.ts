import "server-only";
// Traces: OpenTelemetry, exported over OTLP (HTTP, JSON) to OTEL_EXPORTER_OTLP_ENDPOINT (or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). instrumentation.ts starts it; the SDK is loaded only when
// an endpoint is set, so a server without one loads none of it and records nothing. Once started, Next.js records
// a span per request (and its rendering), Prisma one per statement under the request's span
// (@prisma/instrumentation), and the job workers one per job (lib/server/jobs/worker.ts), all under
// the service name soap-desk. The exporter reads the other standard OTEL_EXPORTER_OTLP_* settings
// (headers, timeout) itself; OTEL_BSP_SCHEDULE_DELAY sets how often spans are sent. No propagator
// is registered: a request's trace starts at this server, whatever trace header it carries.
import { context, trace } from "@opentelemetry/api";

export const SERVICE_NAME = "soap-desk";

type Env = Record<string, string | undefined>;

/** True when traces have somewhere to go. */
export function tracingConfigured(env: Env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/** OTEL_BSP_SCHEDULE_DELAY in milliseconds (the standard's default, 5 s, when unset or not a number). */
export function scheduleDelayMs(env: Env): number {
  const value = Number(env.OTEL_BSP_SCHEDULE_DELAY?.trim() || NaN);
  return Number.isFinite(value) && value >= 0 ? value : 5_000;
}

let started = false;

/** Registers the tracer provider, its exporter and Prisma's instrumentation for this process (once). */
export async function startTracing(env: Env = process.env): Promise<void> {
  if (started || !tracingConfigured(env)) return;
  started = true;
  const [
    { AsyncLocalStorageContextManager },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { BatchSpanProcessor, TracerProvider },
    { PrismaInstrumentation },
  ] = await Promise.all([
    import("@opentelemetry/context-async-hooks"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace"),
    import("@prisma/instrumentation"),
  ]);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": SERVICE_NAME }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: scheduleDelayMs(env) })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  const prisma = new PrismaInstrumentation({ enabled: false });
  prisma.setTracerProvider(provider);
  prisma.enable();
  // The spans of the last moments before a restart are sent while the server drains.
  process.once("SIGTERM", () => void provider.forceFlush().catch(() => {}));
}
