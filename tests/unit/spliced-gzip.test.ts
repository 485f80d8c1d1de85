import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { crc32, gunzipSync } from "node:zlib";
import { combineCrc, crcShift, gzipWith, spliceGzip } from "@/lib/server/http/spliced-gzip";

describe("a page kept compressed with a hole for each request's nonce", () => {
  it("gunzips to the page with the new value in every hole", () => {
    const page = Buffer.from(`<html><script nonce="OLD">a</script>${"row ".repeat(5000)}<script nonce="OLD">b</script></html>`);
    const kept = spliceGzip(page, "OLD");
    expect(kept.parts).toHaveLength(3);
    const sent = gzipWith(kept, "NEW");
    expect(gunzipSync(sent).toString()).toBe(page.toString().replaceAll("OLD", "NEW"));
    // Compressed once: far smaller than the page.
    expect(sent.length).toBeLessThan(page.length / 10);
  });

  it("works for a body with no hole, a hole at either end, and holes side by side", () => {
    for (const text of ["plain", "NNNplain", "plainNNN", "NNNNNN", "a NNNNNN b", ""]) {
      const kept = spliceGzip(Buffer.from(text), "NNN");
      expect(gunzipSync(gzipWith(kept, "xyz")).toString()).toBe(text.replaceAll("NNN", "xyz"));
    }
  });

  it("refuses a value of another length, which would not fit the kept length", () => {
    const kept = spliceGzip(Buffer.from("a NONCE b"), "NONCE");
    expect(() => gzipWith(kept, "SHORT!")).toThrow(/5 bytes/);
  });

  it("combines CRC-32s as zlib computes the whole's, for any split", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
        const whole = crc32(Buffer.concat([a, b]));
        expect(combineCrc(crc32(a), crc32(b), crcShift(b.length))).toBe(whole);
      }),
    );
  });

  it("round-trips any body and any hole value through gunzip", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 8 }), fc.string({ minLength: 24, maxLength: 24 }), (pieces, value) => {
        const hole = "HOLE-0123456789abcdefghi";
        const page = pieces.join(hole);
        const sent = gzipWith(spliceGzip(Buffer.from(page), hole), value.replace(/[^\x20-\x7e]/g, "x"));
        expect(gunzipSync(sent).toString()).toBe(pieces.join(value.replace(/[^\x20-\x7e]/g, "x")));
      }),
    );
  });
});
