import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";
import { readDocument } from "./read-document";
import { cpuMs } from "@/test/helpers/cpu-time";

const encoder = new TextEncoder();

/** Every outcome is a value or an error sentence, never both, never a throw. */
function expectWellFormed(res: Awaited<ReturnType<typeof readDocument>>): void {
  if (res.value === null) expect(res.error).toMatch(/\.$/);
  else expect(res.error).toBeUndefined();
}

const HTML_TOKENS = [
  "<table>",
  "</table>",
  "<tr>",
  "</tr>",
  "<td>",
  "</td>",
  "<th colspan=3>",
  "<td rowspan='2'>",
  "<br>",
  "<br/>",
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<script>",
  "</script>",
  "<style>",
  "<!--",
  "-->",
  "&nbsp;",
  "&amp;",
  "&#x4e00;",
  "&bogus;",
  "<",
  ">",
  '"',
  "|",
  " | ",
  "\n",
  "本年新收",
  "12",
  " ",
  "<meta charset='gbk'>",
  "<![CDATA[",
  "<?xml",
];

describe("readers never throw and always finish", () => {
  it("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expectWellFormed(await readDocument(bytes, "x.bin", { timeoutMs: 5000 }));
      }),
      { numRuns: 300 },
    );
  });

  it("random bytes behind real signatures (PDF, ZIP, UTF-16 BOM)", async () => {
    const heads = [
      encoder.encode("%PDF-1.7\n"),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      new Uint8Array([0xff, 0xfe]),
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 2048 }), async (head, tail) => {
        const bytes = new Uint8Array([...head, ...tail]);
        const cpu = cpuMs();
        expectWellFormed(await readDocument(bytes, "x", { timeoutMs: 5000 }));
        expect(cpu()).toBeLessThan(6000);
      }),
      { numRuns: 60 },
    );
  });

  it("random strings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 2000 }), async (s) => {
        const res = await readDocument(encoder.encode(s), "x.txt");
        expectWellFormed(res);
        if (res.value) expect(res.value.text).not.toMatch(/[\r\u0000]/);
      }),
      { numRuns: 300 },
    );
  });

  it("random HTML", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HTML_TOKENS), { maxLength: 400 }), (tokens) => {
        const text = htmlToText(tokens.join(""));
        expect(typeof text).toBe("string");
        expect(text).not.toContain("\ue000");
        // Lines are trimmed, except that a row whose first cell is empty starts with " | ".
        for (const line of text.split("\n")) expect(line.startsWith(" | ") ? line.slice(1) : line).toBe(line.trim());
      }),
      { numRuns: 500 },
    );
  });
});
