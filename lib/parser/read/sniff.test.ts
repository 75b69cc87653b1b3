import { describe, expect, it } from "vitest";
import { sniffKind } from "./sniff";

/** The byte-by-byte scan sniffKind's PDF check replaced: "%PDF" starting within the first 1 KB (and 5 bytes short). */
function pdfByScan(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46) return true;
  }
  return false;
}

/** A small generator so a failure reproduces (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("sniffKind: PDF signature", () => {
  it("finds %PDF where junk precedes it, within the first 1 KB only", () => {
    const pdf = (lead: string, rest = "-1.7\n%%EOF\n") => new TextEncoder().encode(`${lead}%PDF${rest}`);
    expect(sniffKind(pdf(""))).toBe("pdf");
    expect(sniffKind(pdf("100% sure %P %PD "))).toBe("pdf");
    expect(sniffKind(pdf("x".repeat(1024)))).toBe("pdf");
    expect(sniffKind(pdf("x".repeat(1025)))).toBe("text");
    expect(sniffKind(pdf("", "-"))).toBe("pdf");
    expect(sniffKind(pdf("", ""))).toBe("text");
  });

  it("agrees with a byte-by-byte scan on random bytes rich in the signature's bytes", () => {
    const next = random(18);
    const alphabet = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x41, 0x0a];
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(next() * 1100);
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = alphabet[Math.floor(next() * alphabet.length)];
      expect(sniffKind(bytes) === "pdf", `case ${n}`).toBe(pdfByScan(bytes));
    }
  });
});
