// Submitting a page's form over plain HTTP, as a browser without JavaScript does (and as an
// attacker with curl can): every field the server rendered, hidden action fields included,
// posted back to where the form points. Server actions accept exactly this.
import { parse, type HTMLElement } from "node-html-parser";

export interface FormRequest {
  /** The page that renders the form, e.g. /sign-in. */
  page: string;
  /** Picks the form: a CSS selector that only matches inside it, e.g. input[name=email]. */
  containing: string;
  values: Record<string, string>;
  cookie?: string;
  /** Headers for the POST only (forged ones, say). */
  headers?: Record<string, string>;
}

function fieldsOf(form: HTMLElement): [string, string][] {
  const fields: [string, string][] = [];
  for (const element of form.querySelectorAll("input, select, textarea")) {
    const name = element.getAttribute("name");
    if (!name || element.hasAttribute("disabled")) continue;
    const type = element.getAttribute("type") ?? "text";
    if ((type === "radio" || type === "checkbox") && !element.hasAttribute("checked")) continue;
    if (type === "submit" || type === "button") continue;
    if (element.tagName === "SELECT") {
      const chosen = element.querySelector("option[selected]") ?? element.querySelector("option");
      fields.push([name, chosen?.getAttribute("value") ?? chosen?.text ?? ""]);
    } else if (element.tagName === "TEXTAREA") {
      fields.push([name, element.text]);
    } else {
      fields.push([name, element.getAttribute("value") ?? ""]);
    }
  }
  return fields;
}

/** GETs the page, fills the form, POSTs it; the server's answer is returned as is (no redirects followed). */
export async function submitForm(address: string, request: FormRequest): Promise<Response> {
  const cookie = request.cookie ? { cookie: request.cookie } : undefined;
  const page = await fetch(`${address}${request.page}`, { headers: cookie });
  if (!page.ok) throw new Error(`GET ${request.page} answered ${page.status}`);
  const root = parse(await page.text());
  const form = root.querySelectorAll("form").find((candidate) => candidate.querySelector(request.containing));
  if (!form) throw new Error(`No form on ${request.page} contains ${request.containing}`);

  const body = new FormData();
  const given = new Set(Object.keys(request.values));
  for (const [name, value] of fieldsOf(form)) if (!given.has(name)) body.append(name, value);
  for (const [name, value] of Object.entries(request.values)) body.append(name, value);

  const action = form.getAttribute("action");
  const target = action?.startsWith("/") ? action : request.page;
  return fetch(`${address}${target}`, { method: "POST", body, redirect: "manual", headers: { ...cookie, ...request.headers } });
}

/** The visible text of an HTML answer, whitespace collapsed: what a person would read. */
export function textOf(html: string): string {
  const root = parse(html);
  for (const hidden of root.querySelectorAll("script, style, template")) hidden.remove();
  return root.text.replace(/\s+/g, " ").trim();
}
