// The dean's dashboard as a CSV download (one row per applicant), for the signed-in dean's school.
import { z } from "zod";
import { csvDownloadHeaders, dashboardCsvRows, exportFilename, toCsv } from "@/lib/domain/csv";
import { getDeanDashboard } from "@/lib/server/dashboard/dean-dashboard";
import { defineRoute } from "@/lib/server/entry/define-route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "exports.dashboard",
  guard: "dashboard.view",
  roles: ["DEAN"],
  params: z.object({}),
  handle: async ({ scope, actor }) => {
    const now = scope.clock.now();
    const { school, rows } = await getDeanDashboard(scope.db, actor!, now);
    const table = dashboardCsvRows(rows, school.timeZone);
    return new Response(toCsv(table.headers, table.rows), { headers: csvDownloadHeaders(exportFilename("dashboard", now, school.timeZone)) });
  },
});
