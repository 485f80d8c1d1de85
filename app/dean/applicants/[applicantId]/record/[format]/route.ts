// One applicant's whole record as a download (JSON or CSV), for the dean's office of their school
// to hand to them on request. Audited; anyone else hears "not found".
import { z } from "zod";
import { idSchema } from "@/lib/domain/schemas";
import { subjectRecordCsv, subjectRecordHeaders, subjectRecordJson } from "@/lib/domain/privacy/subject-record";
import { defineRoute } from "@/lib/server/entry/define-route";
import { exportSubjectRecord } from "@/lib/server/privacy/subject-record";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "exports.applicantRecord",
  guard: "applicant.export",
  roles: ["DEAN"],
  params: z.object({
    applicantId: idSchema,
    format: z.enum(["json", "csv"], { error: "Ask for the record as json or csv." }),
  }),
  applicant: (params) => params.applicantId,
  notFoundAs: "That applicant",
  handle: async ({ scope, actor, params }) => {
    const record = await exportSubjectRecord(scope.db, actor!, params.applicantId, params.format, scope.clock.now());
    const body = params.format === "csv" ? subjectRecordCsv(record) : subjectRecordJson(record);
    return new Response(body, { headers: subjectRecordHeaders(record, params.format) });
  },
});
