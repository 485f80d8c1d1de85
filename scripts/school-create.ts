// `npm run school:create -- --name "…" --time-zone America/Chicago --dean "Name <email>" [--slug …]`:
// creates a school with the default policy and season and invites its first dean's office person
// (lib/server/schools/create-school.ts), in the database `npm start` uses
// (scripts/db/run-with-database.ts). Needs AUTH_URL, the public origin the invitation link is built
// from; emails the invitation when SMTP is set up (SMTP_HOST, EMAIL_FROM, ... as the server reads
// them) and prints the one-time link either way. A refusal prints its reasons and writes nothing.
import { parseArgs } from "node:util";
import { runWithDatabase } from "./db/run-with-database";
import { createSchoolArgs } from "../lib/domain/school-create";
import { EnvError, parseServerEnv } from "../lib/server/core/env";
import { AppError } from "../lib/server/core/errors";
import { createSmtpMailer } from "../lib/server/mail/mailer";
import { createSchool } from "../lib/server/schools/create-school";

const USAGE = 'Usage: npm run school:create -- --name "School of Medicine" --time-zone America/Chicago --dean "Full Name <dean@school.edu>" [--slug school]';

function refuse(lines: string[]): number {
  console.error(`No school was created.\n${lines.join("\n")}\n${USAGE}`);
  return 1;
}

let args: ReturnType<typeof createSchoolArgs.parse>;
let env: ReturnType<typeof parseServerEnv>;

runWithDatabase(
  async (prisma) => {
    const delivery = { mailer: env.smtp ? createSmtpMailer(env.smtp) : null, origin: env.publicOrigin.origin };
    let created;
    try {
      created = await createSchool(prisma, args, delivery, new Date());
    } catch (error) {
      if (error instanceof AppError) return refuse([error.message]);
      throw error;
    }
    console.log(`Created ${created.name}.`);
    console.log(`Slug: ${created.slug} (single sign-on names the school by it: OIDC_SCHOOL=${created.slug}, or "school": "${created.slug}" in OIDC_PROVIDERS)`);
    if (created.sent) console.log(`Invitation emailed to ${args.dean.email}.`);
    else if (delivery.mailer) console.log(`The invitation was not emailed: ${created.problem}`);
    else console.log(`Email is not set up (SMTP_HOST and EMAIL_FROM), so no invitation was emailed: pass the link to ${args.dean.email}.`);
    console.log(`One-time invitation link for ${args.dean.name} (valid 7 days): ${created.link}`);
    return 0;
  },
  // Arguments and settings first: a refusal touches no database.
  () => {
    let values;
    try {
      values = parseArgs({
        options: { name: { type: "string" }, "time-zone": { type: "string" }, dean: { type: "string" }, slug: { type: "string" } },
        strict: true,
      }).values;
    } catch (error) {
      return refuse([error instanceof Error ? error.message : String(error)]);
    }
    const parsed = createSchoolArgs.safeParse({ name: values.name, timeZone: values["time-zone"], dean: values.dean, slug: values.slug });
    if (!parsed.success) return refuse(parsed.error.issues.map((issue) => issue.message));
    args = parsed.data;
    try {
      env = parseServerEnv(process.env);
    } catch (error) {
      if (error instanceof EnvError) return refuse([error.message]);
      throw error;
    }
    return null;
  },
);
