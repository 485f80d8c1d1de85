import "server-only";
// Random bytes from the system's cryptographic generator, drawn a few kilobytes at a time. Every
// request takes a script nonce and every hand-written insert an id; asking OpenSSL for each few
// bytes on its own cost 15-20 µs a call on these machines, where handing out a slice of a filled
// pool costs well under one (node's own randomUUID keeps a pool the same way). Each byte is handed
// out once: the pool is filled again, from the generator, before any is reused.
import { randomFillSync } from "node:crypto";

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** `size` fresh random bytes, a copy the caller owns. */
export function randomBytesPooled(size: number): Buffer {
  if (!Number.isInteger(size) || size < 0 || size > POOL_SIZE) throw new RangeError(`randomBytesPooled takes 0 to ${POOL_SIZE} bytes, not ${size}.`);
  if (offset + size > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  offset += size;
  return bytes;
}
