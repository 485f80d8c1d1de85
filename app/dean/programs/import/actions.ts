"use server";
// The dean's office checks a List of Unfilled Programs file against the catalog (nothing is
// written; the answer is the plan or every bad row), then imports it all-or-nothing.
import { z } from "zod";
import { MAX_IMPORT_CHARACTERS } from "@/lib/domain/program-import";
import { defineAction } from "@/lib/server/entry/define-action";
import { applyProgramImport, previewProgramImport } from "@/lib/server/programs/import-programs";
import { formatNumber } from "@/lib/domain/human-format";

const REFRESH = "/dean/programs";

const importInput = z.object({
  csv: z.string().max(MAX_IMPORT_CHARACTERS, { error: "The file is larger than 5 MB; split it into smaller files and import them one after another." }),
});

export const previewProgramImportAction = defineAction({
  name: "programs.previewImport",
  guard: "programs.import",
  roles: ["DEAN"],
  input: importInput,
  run: async (ctx, input) => ({ data: await previewProgramImport(ctx.db, ctx.actor, input.csv) }),
});

export const applyProgramImportAction = defineAction({
  name: "programs.import",
  guard: "programs.import",
  roles: ["DEAN"],
  input: importInput,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const applied = await applyProgramImport(ctx.db, ctx.actor, input.csv, ctx.clock.now());
    const parts = [`${formatNumber(applied.created)} new`, `${formatNumber(applied.updated)} updated`, `${formatNumber(applied.unchanged)} unchanged`];
    return { data: applied, message: `Imported: ${parts.join(", ")}.` };
  },
});
