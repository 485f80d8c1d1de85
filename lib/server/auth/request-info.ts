// What the sign-in code needs from an incoming request: the client's address (for rate limits)
// and the app's public origin (for links in emails when AUTH_URL is not set).

/** The first address in X-Forwarded-For (set by Next's server and by proxies), else X-Real-IP. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

/** AUTH_URL when set; otherwise the origin the browser used, as Auth.js does with AUTH_TRUST_HOST. */
export function publicOrigin(headers: Headers, baseUrl: URL | undefined): string {
  if (baseUrl) return baseUrl.origin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost:3000";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}
