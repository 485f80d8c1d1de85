import "server-only";
// The one mail sender: magic links and invitations both go through it. Plain text plus a simple
// HTML body; the SMTP settings come from the environment (lib/server/env.ts).
import { createTransport, type Transporter } from "nodemailer";
import { getServerEnv, type SmtpSettings } from "../core/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves when the SMTP server accepted the message; rejects with a readable reason otherwise. */
  send(message: MailMessage): Promise<void>;
  /** Connects and greets the SMTP server as a send would, without sending anything. */
  reach(): Promise<void>;
}

export class MailError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MailError";
  }
}

export function createSmtpMailer(smtp: SmtpSettings): Mailer {
  const transport: Transporter = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
    // Nodemailer waits two minutes by default; a person is watching a form, so fail sooner.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  const notAccepted = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    return new MailError(`The mail server at ${smtp.host}:${smtp.port} did not accept the message (${reason}).`, { cause: error });
  };
  return {
    async send(message) {
      let info: { rejected?: unknown[]; pending?: unknown[] };
      try {
        info = await transport.sendMail({ from: smtp.from, ...message });
      } catch (error) {
        throw notAccepted(error);
      }
      const refused = [...(info.rejected ?? []), ...(info.pending ?? [])].map(String).filter(Boolean);
      if (refused.length > 0) throw new MailError(`The mail server refused the address ${refused.join(", ")}.`);
    },
    async reach() {
      try {
        await transport.verify();
      } catch (error) {
        throw notAccepted(error);
      }
    },
  };
}

const cache = globalThis as typeof globalThis & { soapDeskMailer?: { key: string; mailer: Mailer } };

/** The mailer for the configured SMTP server, or null when email is not set up. */
export function getMailer(): Mailer | null {
  const smtp = getServerEnv().smtp;
  if (!smtp) return null;
  const key = JSON.stringify(smtp);
  if (cache.soapDeskMailer?.key !== key) cache.soapDeskMailer = { key, mailer: createSmtpMailer(smtp) };
  return cache.soapDeskMailer.mailer;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** A minimal HTML body: paragraphs of escaped text and one button-like link. */
export function simpleHtml(paragraphs: string[], link: { url: string; label: string }, footer: string): string {
  const p = (line: string) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`;
  return [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#0f172a;max-width:560px">',
    ...paragraphs.map(p),
    `<p style="margin:20px 0"><a href="${escapeHtml(link.url)}" style="background:#1d5fbf;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(link.label)}</a></p>`,
    `<p style="margin:0 0 12px;font-size:13px;color:#475569">${escapeHtml("If the button does not work, paste this address into your browser:")}<br>${escapeHtml(link.url)}</p>`,
    `<p style="margin:0;font-size:13px;color:#475569">${escapeHtml(footer)}</p>`,
    "</div>",
  ].join("\n");
}
