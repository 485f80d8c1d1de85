import "server-only";
// Which address a request came from, for the per-network sign-in limits. The socket's address is
// the only one nobody can forge; X-Forwarded-For is believed only as far as the configured
// number of trusted proxies in front of SOAP Desk (TRUSTED_PROXY_HOPS), read from the right,
// because each proxy appends the address it saw and a client can write anything to the left.

/** The header the HTTP server (scripts/serve.ts) sets on every request; any client copy is dropped first. */
export const CLIENT_ADDRESS_HEADER = "x-soap-desk-client-address";

/** "::ffff:203.0.113.7" and "203.0.113.7" are one client. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: with no trusted proxy, the socket's; with `hops` trusted proxies, the
 * address that many entries in from the right of X-Forwarded-For plus the socket (the leftmost
 * entry when the chain is shorter, i.e. the request skipped a proxy).
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...(hops > 0 ? forwarded : []), socketAddress ?? "unknown"].map(normalize);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? "unknown";
}

/** What the app reads: set by the HTTP server, so "unknown" (one shared bucket) if it was bypassed. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
