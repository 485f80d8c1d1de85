import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { randomBytesPooled } from "@/lib/server/core/random-bytes";

describe("random bytes drawn from a pool", () => {
  it("give as many bytes as asked, a copy the caller owns", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4096 }), (size) => {
        const bytes = randomBytesPooled(size);
        expect(bytes).toHaveLength(size);
        const again = Buffer.from(bytes);
        randomBytesPooled(4096); // the pool is drawn down and filled again
        expect(bytes.equals(again)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("never hand out the same bytes twice, across many fillings of the pool", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(randomBytesPooled(18).toString("hex"));
    expect(seen.size).toBe(20_000);
  });

  it("look random: each bit is set about half the time", () => {
    const bytes = Buffer.concat(Array.from({ length: 2000 }, () => randomBytesPooled(10)));
    let ones = 0;
    for (const byte of bytes) for (let bit = 0; bit < 8; bit++) ones += (byte >> bit) & 1;
    // 160,000 bits: the count is within 1% of half by a wide margin (that is about 8 standard deviations).
    expect(Math.abs(ones / (bytes.length * 8) - 0.5)).toBeLessThan(0.01);
  });

  it("refuse sizes the pool cannot give", () => {
    expect(() => randomBytesPooled(4097)).toThrow(/0 to 4096 bytes/);
    expect(() => randomBytesPooled(-1)).toThrow(RangeError);
    expect(() => randomBytesPooled(1.5)).toThrow(RangeError);
  });
});
