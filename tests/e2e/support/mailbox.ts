// The email the app sent during the run, as captured by the e2e server's SMTP server.
import { expect } from "@playwright/test";
import type { CapturedMail } from "../../support/smtp-capture";

const mailPort = Number(process.env.E2E_MAIL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

export async function mailTo(address: string): Promise<CapturedMail[]> {
  const response = await fetch(`http://127.0.0.1:${mailPort}/messages`);
  const all = (await response.json()) as CapturedMail[];
  return all.filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits for the newest email to `address` with a link starting with `prefix`, and returns the link. */
export async function linkEmailedTo(address: string, prefix: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        link = (await mailTo(address)).at(-1)?.links.find((href) => href.startsWith(prefix));
        return link;
      },
      { message: `an email to ${address} with a link to ${prefix}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return link!;
}
