// Next.js calls register() once as the server starts (scripts/serve.ts's app.prepare()). Traces are
// on only when an OTLP endpoint is set (README, "Traces"); otherwise the SDK is not even loaded.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startTracing } = await import("./lib/server/core/tracing");
  await startTracing();
}
