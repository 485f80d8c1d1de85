import "server-only";
// Ids for rows a hand-written statement inserts, in the shape Prisma's cuid() gives the others
// ("c", then lowercase letters and digits, 25 in all; lib/domain/audit-query.ts knows an id by it):
// the time in base 36, so ids made later sort later as Prisma's do, then 80 random bits.
import { randomBytesPooled } from "./random-bytes";

export function newRowId(now = Date.now()): string {
  const time = now.toString(36).padStart(9, "0").slice(-9);
  const random = BigInt(`0x${randomBytesPooled(10).toString("hex")}`)
    .toString(36)
    .padStart(16, "0")
    .slice(-15);
  return `c${time}${random}`;
}
