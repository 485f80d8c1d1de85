// The school's contact log as a CSV download (one row per contact), for the signed-in dean's school.
import { z } from "zod";
import { contactLogCsvRows, csvDownloadHeaders, exportFilename, toCsv } from "@/lib/domain/csv";
import { defineRoute } from "@/lib/server/entry/define-route";
import { getContactLog } from "@/lib/server/reports/contact-log";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "exports.contacts",
  guard: "dashboard.view",
  roles: ["DEAN"],
  params: z.object({}),
  handle: async ({ scope, actor }) => {
    const now = scope.clock.now();
    const { school, entries } = await getContactLog(scope.db, actor!);
    const table = contactLogCsvRows(entries, school.timeZone);
    return new Response(toCsv(table.headers, table.rows), { headers: csvDownloadHeaders(exportFilename("contacts", now, school.timeZone)) });
  },
});
