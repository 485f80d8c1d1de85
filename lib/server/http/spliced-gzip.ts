import "server-only";
// A page kept compressed, with a hole where each request's own value goes (the script nonce):
// gzip's format lets the kept parts be compressed once and the value be put in uncompressed
// between them, so a kept page costs a copy per request instead of a compression.
//
// A deflate stream is a run of blocks. Each part between two holes is compressed on its own and
// ended with a sync flush, which leaves it byte-aligned and not final; the value goes in as a
// "stored" (uncompressed) block; an empty stored block ends the stream. The gzip trailer's CRC-32
// of the whole is combined from each part's, as zlib's crc32_combine does, so no byte of the page
// is read again per request.
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface SplicedGzip {
  /** The compressed parts, one more than there are holes. */
  readonly parts: readonly Buffer[];
  readonly crcs: readonly number[];
  /** x^(8 × part's length) mod the CRC polynomial: what a CRC is carried across each part by. */
  readonly shifts: readonly number[];
  /** The byte length every value put in a hole must have. */
  readonly holeLength: number;
  readonly holeShift: number;
  /** The uncompressed length with the holes filled. */
  readonly length: number;
}

/** The CRC-32 polynomial, reflected (x^32 implied). */
const POLY = 0xedb88320;

/** a(x) × b(x) mod p(x), reflected; a must not be zero. */
function multiplyModP(a: number, b: number): number {
  let m = 0x80000000;
  let product = 0;
  for (;;) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) mod p(x), for k = 0..31. */
const X2N: number[] = (() => {
  const table: number[] = [];
  let p = 1 << 30; // x^1
  table.push(p);
  for (let k = 1; k < 32; k++) table.push((p = multiplyModP(p, p)));
  return table;
})();

/** x^(8n) mod p(x): the operator that carries a CRC across n bytes. */
export function crcShift(bytes: number): number {
  let p = 0x80000000; // x^0
  let k = 3;
  for (let n = bytes; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multiplyModP(X2N[k & 31]!, p);
  return p >>> 0;
}

/** The CRC-32 of A followed by B, from A's CRC, B's CRC and B's shift (zlib's crc32_combine). */
export function combineCrc(crcA: number, crcB: number, shiftB: number): number {
  return (multiplyModP(shiftB, crcA) ^ crcB) >>> 0;
}

/**
 * `body` kept compressed with a hole at every place `hole` occurs. Each later value put in must
 * have `hole`'s byte length. Compressing costs what gzip of the body would, once.
 */
export function spliceGzip(body: Buffer, hole: string): SplicedGzip {
  const holeBytes = Buffer.from(hole, "utf8");
  if (holeBytes.length === 0 || holeBytes.length > 0xffff) throw new Error("A hole is 1 to 65,535 bytes.");
  const plain: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(holeBytes, from); at !== -1; at = body.indexOf(holeBytes, from)) {
    plain.push(body.subarray(from, at));
    from = at + holeBytes.length;
  }
  plain.push(body.subarray(from));
  return {
    parts: plain.map((part) => (part.length === 0 ? Buffer.alloc(0) : deflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH }))),
    crcs: plain.map((part) => crc32(part)),
    shifts: plain.map((part) => crcShift(part.length)),
    holeLength: holeBytes.length,
    holeShift: crcShift(holeBytes.length),
    length: body.length,
  };
}

/** The ten bytes before a gzip member's deflate data: no name, no time, "unknown" system. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored block marked final. */
const LAST_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** The kept body as one gzip member, `value` in every hole. */
export function gzipWith(spliced: SplicedGzip, value: string): Buffer {
  const valueBytes = Buffer.from(value, "utf8");
  if (valueBytes.length !== spliced.holeLength) throw new Error(`A value for this hole is ${spliced.holeLength} bytes long.`);
  const n = valueBytes.length;
  // A stored block: not final, type 00, then the length and its one's complement, little-endian.
  const stored = Buffer.concat([Buffer.from([0x00, n & 0xff, n >>> 8, ~n & 0xff, (~n >>> 8) & 0xff]), valueBytes]);
  const valueCrc = crc32(valueBytes);
  const pieces: Buffer[] = [GZIP_HEADER];
  let crc = spliced.crcs[0]!;
  pieces.push(spliced.parts[0]!);
  for (let i = 1; i < spliced.parts.length; i++) {
    pieces.push(stored, spliced.parts[i]!);
    crc = combineCrc(combineCrc(crc, valueCrc, spliced.holeShift), spliced.crcs[i]!, spliced.shifts[i]!);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(spliced.length % 2 ** 32, 4);
  pieces.push(LAST_BLOCK, trailer);
  return Buffer.concat(pieces);
}
