// The page-level error boundary tells an unreachable database from other failures by the digest
// Next.js keeps in production (where it hides the message), and never shows internals.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import ErrorPage from "@/app/error";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/action-result";

const router = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {} };

function render(error: Error & { digest?: string }): string {
  const page = createElement(ErrorPage, { error, reset: () => {} });
  return renderToString(createElement(AppRouterContext.Provider, { value: router as never }, page)).replace(/<[^>]+>/g, " ");
}

describe("the error page", () => {
  it("says the database is unreachable for an UNAVAILABLE error, with a way to try again", () => {
    const html = render(Object.assign(new Error("An error occurred in the Server Components render."), { digest: DATABASE_UNAVAILABLE_DIGEST }));
    expect(html).toContain("SOAP Desk cannot reach its database");
    expect(html).toContain("The database is unreachable right now");
    expect(html).toContain("Try again");
    expect(html).not.toContain("Server Components");
  });

  it("stays general for any other failure", () => {
    const html = render(Object.assign(new Error("boom at /secret/path"), { digest: "123456" }));
    expect(html).toContain("This page could not be loaded");
    expect(html).not.toContain("database");
    expect(html).not.toContain("boom");
  });
});
