// The calendar file for one of the signed-in applicant's interviews. Another applicant's or
// another school's interview answers 404, the same as one that does not exist.
import { buildInterviewIcs } from "@/lib/domain/calendar/interview-ics";
import { currentActor } from "@/lib/server/auth/current-actor";
import { prisma } from "@/lib/server/db";
import { AppError, HTTP_STATUS, toErrorBody } from "@/lib/server/errors";
import { getInterviewForCalendar } from "@/lib/server/applicant/interviews";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to download your calendar file.");
    const { id } = await context.params;
    const interview = await getInterviewForCalendar(prisma, actor, id);
    const ics = buildInterviewIcs(interview, interview.program, interview.applicant.user.name);
    if (!ics.ok) return Response.json({ ok: false, code: "INTERNAL", message: ics.error }, { status: 500 });
    return new Response(ics.text, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${ics.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) {
      // A forbidden role gets the same 404 as a missing record: nothing to learn by probing ids.
      const status = error.code === "FORBIDDEN" ? 404 : HTTP_STATUS[error.code];
      return Response.json(toErrorBody(error.code === "FORBIDDEN" ? new AppError("NOT_FOUND", "That interview was not found.") : error), { status });
    }
    throw error;
  }
}
