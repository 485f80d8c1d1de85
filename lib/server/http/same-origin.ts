import "server-only";
// Login CSRF and other cross-site posts: a route handler that changes who is signed in (or
// anything else) accepts a request only when the browser says it came from this site. Next.js
// does the same for server actions; route handlers get no such check of their own.

export type CrossSiteVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Browsers send Sec-Fetch-Site and Origin on every POST. A request is ours when Sec-Fetch-Site
 * (if sent) is same-origin and Origin names the public origin or the host the request was sent to.
 */
export function checkSameOrigin(headers: Headers, publicOrigin: URL): CrossSiteVerdict {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return { ok: false, reason: `a ${site} request` };
  const origin = headers.get("origin");
  if (!origin || origin === "null") return { ok: false, reason: "a request without an Origin" };
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return { ok: false, reason: "a request with a malformed Origin" };
  }
  if (originUrl.origin === publicOrigin.origin) return { ok: true };
  const host = headers.get("host");
  return host && originUrl.host === host ? { ok: true } : { ok: false, reason: `a request from ${originUrl.origin}` };
}
