// An advocate's connections to programs (the playbook's "real connections"), the words people read
// for each kind, and the shapes forms and actions accept.
import { z } from "zod";
import { idSchema } from "../schemas";
import { CONNECTION_KINDS } from "../types";
import { CONNECTION_LABELS } from "./connection-labels";
import { CONNECTION_NOTE_MAX } from "../limits";

const connectionFields = {
  kind: z.enum(CONNECTION_KINDS, { error: "Pick how you are connected to the program." }),
  note: z
    .string()
    .trim()
    .max(CONNECTION_NOTE_MAX, { error: `Keep the note under ${CONNECTION_NOTE_MAX} characters.` })
    .default(""),
};

export const addConnectionInput = z.object({ programId: idSchema, ...connectionFields });
export const editConnectionInput = z.object({ connectionId: idSchema, ...connectionFields });
export const removeConnectionInput = z.object({ connectionId: idSchema });

export const connectionSearchInput = z.object({
  q: z.string().trim().max(100, { error: "Keep the search under 100 characters." }).default(""),
});

export { CONNECTION_LABELS, CONNECTION_NOTE_MAX };
