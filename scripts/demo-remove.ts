// `npm run demo:remove`: removes the demo school (Northfield) and everything of it from the
// database `npm start` uses (scripts/db/run-with-database.ts), for a school's own database that
// received the demo from an earlier `npm start`. Nothing but the demo school is touched.
// `-- --school <slug>` names the school to remove; anything but the demo school is refused.
import { parseArgs } from "node:util";
import { redactUrl } from "./db/env";
import { runWithDatabase } from "./db/run-with-database";
import { describeCounts, removeDemo } from "../prisma/reset-demo";

runWithDatabase(async (prisma, database) => {
  const { values } = parseArgs({ options: { school: { type: "string" } }, strict: true });
  if (!database.embedded) console.log(`Removing the demo school from ${redactUrl(database.url)} …`);
  const result = await removeDemo(prisma, values.school === undefined ? {} : { slug: values.school });
  if (result.removed) {
    console.log(`Removed ${result.name}: ${describeCounts(result.counts)}.`);
    return 0;
  }
  (result.refused ? console.error : console.log)(result.reason);
  return result.refused ? 1 : 0;
});
