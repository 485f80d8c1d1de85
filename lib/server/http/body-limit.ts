// The largest request body SOAP Desk takes, checked in its HTTP front (scripts/serve.ts) before
// Next.js reads a byte: above it Next.js would end a server action with an unhandled error, so the
// front answers first, in words. Every form's own limits sit far below (the biggest input is a
// 5 MB CSV file), so only a hostile or broken client ever meets this one.
import { REQUEST_TOO_LARGE_MESSAGE } from "@/lib/domain/action-result";

/** In bytes; next.config.ts gives Next.js the same figure (tests/unit/body-limit.test.ts checks). */
export const BODY_LIMIT_BYTES = 6 * 1024 * 1024;

export interface BodyRefusal {
  status: 411 | 413;
  message: string;
}

/**
 * Whether a request's body is refused before it is read: over the limit by its Content-Length, or
 * a body of unknown length (chunked), which browsers never send to a form or a server action.
 */
export function refuseBody(method: string | undefined, headers: Record<string, string | string[] | undefined>): BodyRefusal | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const length = headers["content-length"];
  if (typeof length === "string" && /^\d+$/.test(length.trim())) {
    return Number(length) > BODY_LIMIT_BYTES ? { status: 413, message: REQUEST_TOO_LARGE_MESSAGE } : null;
  }
  if (headers["transfer-encoding"] !== undefined) {
    return { status: 411, message: "SOAP Desk needs to know the size of what is sent (a Content-Length). Nothing was saved." };
  }
  return null;
}

/**
 * The answer's type and body: plain text for a server action call (Next.js's client throws exactly
 * that text, and useServerAction shows it), a small page for a form posted without JavaScript.
 */
export function bodyRefusalAnswer(refusal: BodyRefusal, headers: Record<string, string | string[] | undefined>): { contentType: string; body: string } {
  const accept = String(headers.accept ?? "");
  if (headers["next-action"] !== undefined || !accept.includes("text/html")) return { contentType: "text/plain", body: refusal.message };
  return {
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nothing was saved - SOAP Desk</title></head><body><main><h1>Nothing was saved</h1><p>${refusal.message}</p><p>Use your browser's Back button to return to the form, or open <a href="/">SOAP Desk</a>.</p></main></body></html>`,
  };
}
