import "server-only";
// What the HTTP server does to every request before Next.js sees it. Headers are the client's
// words: the ones that decide where links point, which address a limit counts or which script
// nonce a page uses are dropped unless a trusted proxy (TRUSTED_PROXY_HOPS) wrote them.
import type { IncomingHttpHeaders } from "node:http";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "./client-address";

/** Only SOAP Desk's own server sets these; a client's copy is always dropped. */
const SERVER_ONLY = [CLIENT_ADDRESS_HEADER, "content-security-policy", "content-security-policy-report-only", "x-middleware-subrequest"];

/** Proxy headers: believed only from a configured number of trusted proxies. */
const FROM_PROXIES = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded", "x-real-ip"];

/** Rewrites the request's headers in place: drops what the client may not say, records its address. */
export function trustRequestHeaders(headers: IncomingHttpHeaders, socketAddress: string | undefined, trustedProxyHops: number): void {
  const client = resolveClientAddress(socketAddress, headers["x-forwarded-for"], trustedProxyHops);
  for (const name of SERVER_ONLY) delete headers[name];
  if (trustedProxyHops === 0) for (const name of FROM_PROXIES) delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = client;
}
