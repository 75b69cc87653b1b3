import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { makeZip } from "@/test/helpers/read-fixtures";
import { checkZipBomb, listZip } from "./zip-guard";
import { cpuMs } from "@/test/helpers/cpu-time";

const ZEROS_200MB = () => new Uint8Array(200 * 1024 * 1024);
const tiny = (s: string) => new TextEncoder().encode(s);

describe("zip guard", () => {
  it("lists the central directory", () => {
    const zip = makeZip([
      { name: "word/document.xml", data: tiny("<w:document/>") },
      { name: "a.txt", data: tiny("x") },
    ]);
    const entries = listZip(zip);
    expect(Array.isArray(entries) && entries.map((e) => e.name)).toEqual(["word/document.xml", "a.txt"]);
  });

  it("refuses a DOCX whose document.xml is 200 MB of zeros, quickly", async () => {
    const zip = makeZip([
      { name: "[Content_Types].xml", data: tiny("<Types/>") },
      { name: "word/document.xml", data: ZEROS_200MB() },
    ]);
    const cpu = cpuMs();
    const res = await readDocument(zip, "bomb.docx");
    expect(cpu()).toBeLessThan(2000);
    expect(res.value).toBeNull();
    expect(res.error).toMatch(/^DOCX refused: word\/document\.xml declares 200 MB/);
  });

  it("inflates for real when the declared size lies", () => {
    const zip = makeZip([{ name: "word/document.xml", data: ZEROS_200MB(), declaredSize: 1000 }]);
    const entries = listZip(zip);
    if (typeof entries === "string") throw new Error(entries);
    expect(checkZipBomb(zip, entries)).toMatch(/inflates beyond the size limit/);
  });

  it("refuses archives with absurd entry counts", () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, data: tiny("") }));
    expect(listZip(makeZip(entries))).toMatch(/10001 entries/);
  });
});
