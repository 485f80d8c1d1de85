// A Node module-resolve hook: `server-only` resolves as it does in Next.js's server layer, to the
// package's empty module. Every module under lib/server starts with `import "server-only"`, so a
// client bundle that reaches one fails the build; outside Next.js (the HTTP front, the worker, the
// scripts) the package's default entry would throw instead, since plain Node is no client at all.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
