// Every end-to-end test runs with SOAP Desk's Content-Security-Policy on, and fails when any page
// it opened reports a CSP violation: a script the policy blocked is a feature that silently broke.
// Specs import `test` and `expect` from here, not from @playwright/test.
import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

/** Collects the CSP violations Chromium reports on the console of every page of `context`. */
export function watchForCspViolations(context: BrowserContext, violations: string[]): void {
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
}

/** Also watches the contexts a test opens itself (a second person in another browser). */
function watchNewContexts(browser: Browser, violations: string[]): () => void {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    watchForCspViolations(context, violations);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watchForCspViolations(page.context(), violations);
    return page;
  };
  return () => {
    browser.newContext = newContext;
    browser.newPage = newPage;
  };
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      watchForCspViolations(context, violations);
      const restore = watchNewContexts(browser, violations);
      await use(violations);
      restore();
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
