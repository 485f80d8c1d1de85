import "server-only";
// Requests SOAP Desk's HTTP front (scripts/serve.ts) answers itself, in words, before Next.js
// reads a byte, because Next.js would end them with an unhandled error: a body over the largest
// SOAP Desk takes, and an address with broken %-escapes. Every form's own limits sit far below (the biggest input is a
// 5 MB CSV file), so only a hostile or broken client ever meets this one.
import { REQUEST_TOO_LARGE_MESSAGE } from "@/lib/domain/action-result";

/** In bytes; next.config.mjs gives Next.js the same figure (tests/unit/body-limit.test.ts checks). */
export const BODY_LIMIT_BYTES = 6 * 1024 * 1024;

export interface BodyRefusal {
  status: 400 | 403 | 411 | 413;
  /** The page's heading, for a browser. */
  title: string;
  message: string;
}

/**
 * An address whose path is not valid percent-encoding ("%ZZ", a cut-off "%E0%A4"): no page has
 * such an address, and Next.js would fail decoding it with a server error on some routes.
 */
export function refuseAddress(url: string | undefined): BodyRefusal | null {
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return {
      status: 400,
      title: "That address is not valid",
      message: "It has a broken %-escape, so no page of SOAP Desk has it. Check the link you followed.",
    };
  }
}

/**
 * Whether a request's body is refused before it is read: over the limit by its Content-Length, or
 * a body of unknown length (chunked), which browsers never send to a form or a server action.
 */
export function refuseBody(method: string | undefined, headers: Record<string, string | string[] | undefined>): BodyRefusal | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const length = headers["content-length"];
  if (typeof length === "string" && /^\d+$/.test(length.trim())) {
    return Number(length) > BODY_LIMIT_BYTES ? { status: 413, title: "Nothing was saved", message: REQUEST_TOO_LARGE_MESSAGE } : null;
  }
  if (headers["transfer-encoding"] !== undefined) {
    return { status: 411, title: "Nothing was saved", message: "SOAP Desk needs to know the size of what is sent (a Content-Length). Nothing was saved." };
  }
  return null;
}

/**
 * The answer's type and body: plain text for a server action call (Next.js's client throws exactly
 * that text, and useServerAction shows it), a small page for a form posted without JavaScript.
 */
/** The look of the app's own pages, for a page rendered without it (the style policy allows inline styles). */
const PAGE_STYLE =
  "body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc}" +
  "main{max-width:36rem;margin:0 auto;padding:2.5rem 1rem}" +
  ".brand{margin:0;font-size:.8rem;font-weight:700;letter-spacing:.05em;text-transform:uppercase;color:#1d4ed8}" +
  "h1{margin:.25rem 0 1rem;font-size:1.75rem}" +
  ".box{border:1px solid #fecdd3;background:#fff1f2;color:#881337;border-radius:.5rem;padding:.75rem 1rem}" +
  "a{color:#1d4ed8}";

export function bodyRefusalAnswer(refusal: BodyRefusal, headers: Record<string, string | string[] | undefined>): { contentType: string; body: string } {
  const accept = String(headers.accept ?? "");
  if (headers["next-action"] !== undefined || !accept.includes("text/html")) return { contentType: "text/plain", body: refusal.message };
  return {
    contentType: "text/html; charset=utf-8",
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${refusal.title} - SOAP Desk</title><style>${PAGE_STYLE}</style></head><body><main>` +
      `<p class="brand">SOAP Desk</p><h1>${refusal.title}</h1><p class="box" role="alert">${refusal.message}</p>` +
      `<p>Use your browser's Back button, or open <a href="/">SOAP Desk's home page</a>.</p></main></body></html>`,
  };
}
