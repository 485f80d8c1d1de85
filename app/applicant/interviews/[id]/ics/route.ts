// The calendar file for one of the signed-in applicant's interviews. Another applicant's or
// another school's interview answers 404, the same as one that does not exist.
import { z } from "zod";
import { buildInterviewIcs } from "@/lib/domain/calendar/interview-ics";
import { idSchema } from "@/lib/domain/schemas";
import { AppError } from "@/lib/server/core/errors";
import { defineRoute } from "@/lib/server/entry/define-route";
import { getInterviewForCalendar } from "@/lib/server/offers-and-interviews/interview-for-calendar";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "interviews.calendarFile",
  guard: "interview.view",
  roles: ["APPLICANT"],
  params: z.object({ id: idSchema }),
  applicant: "own",
  notFoundAs: "That interview",
  handle: async ({ scope, actor, params }) => {
    const interview = await getInterviewForCalendar(scope.db, actor!, params.id);
    const ics = buildInterviewIcs(interview, interview.program, interview.applicant.user.name);
    if (!ics.ok) throw new AppError("INTERNAL", ics.error);
    return new Response(ics.text, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ics.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
