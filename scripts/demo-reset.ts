// `npm run demo:reset`: puts the demo school back to its starting point, with times relative to
// now (prisma/reset-demo.ts), in the same database as `npm start` (scripts/db/run-with-database.ts).
// Refuses, before touching any database, when demo mode is off for it: the same rule as
// `npm start` (scripts/start-settings.ts).
import { redactUrl } from "./db/env";
import { runWithDatabase } from "./db/run-with-database";
import { demoModeFor } from "./start-settings";
import { DEMO_MODE_OFF, resetDemo } from "../prisma/reset-demo";

runWithDatabase(
  async (prisma, database) => {
    if (!database.embedded) console.log(`Resetting the demo school in ${redactUrl(database.url)} …`);
    await resetDemo(prisma, { now: new Date(), demoMode: true });
    return 0;
  },
  () => {
    const embeddedDatabase = !process.env.DATABASE_URL?.trim();
    if (demoModeFor(process.env, embeddedDatabase)) return null;
    const why = embeddedDatabase ? "SOAP_DESK_DEMO=0 is set." : "DATABASE_URL is set and SOAP_DESK_DEMO=1 is not.";
    console.error(`${DEMO_MODE_OFF}\n${why}`);
    return 1;
  },
);
