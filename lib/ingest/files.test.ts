import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectFiles, isReportFile } from "./files";
import { parseManifest } from "./manifest";
import { tempDir, removeTempDirs } from "@/test/helpers/ingest";

afterAll(removeTempDirs);

describe("isReportFile", () => {
  it("takes report formats and leaves hidden, truth and manifest files out", () => {
    for (const name of ["a.txt", "b.HTML", "c.htm", "d.docx", "e.pdf", "f.doc"]) expect(isReportFile(name)).toBe(true);
    for (const name of [".x.txt", "expected.json", "manifest.csv", "x.expected.json", "image.png", "notes.md"])
      expect(isReportFile(name)).toBe(false);
  });
});

describe("collectFiles", () => {
  it(
    "walks folders recursively in sorted order, skips hidden folders, keeps explicit files, reports missing " + "paths",
    async () => {
      const dir = tempDir();
      for (const p of ["b/2.txt", "b/1.pdf", "a.html", ".git/x.txt", "b/expected.json", "c.png"]) {
        mkdirSync(join(dir, p, ".."), { recursive: true });
        writeFileSync(join(dir, p), "x");
      }
      const { files, missing } = await collectFiles([dir, join(dir, "c.png"), join(dir, "nope")]);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual(["a.html", "b/1.pdf", "b/2.txt", "c.png"]);
      expect(missing).toEqual([join(dir, "nope")]);
    },
  );

  it("follows links to report files, not links to folders or broken links", async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, "real.txt"), "x");
    mkdirSync(join(dir, "in"));
    symlinkSync(join(elsewhere, "real.txt"), join(dir, "in", "linked.txt"));
    symlinkSync(join(dir, "missing.txt"), join(dir, "in", "broken.txt"));
    symlinkSync(dir, join(dir, "in", "loop"));
    const { files } = await collectFiles([join(dir, "in")]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(["in/linked.txt"]);
  });
});

describe("parseManifest", () => {
  it("resolves paths against the manifest's folder and leaves empty cells as no override", () => {
    const m = parseManifest(
      "path,agency,region_code,year,url\nsub/a.txt,某局,330304,2021,https://x.cn/a\nb.pdf,,,,\n",
      "/data/reports",
    );
    expect(m.get("/data/reports/sub/a.txt")).toEqual({
      agency: "某局",
      regionCode: "330304",
      year: 2021,
      url: "https://x.cn/a",
    });
    expect(m.get("/data/reports/b.pdf")).toEqual({
      agency: undefined,
      regionCode: undefined,
      year: undefined,
      url: undefined,
    });
  });

  it("rejects bad rows with the row number", () => {
    expect(() => parseManifest("path,year\na.txt,20x1\n", "/")).toThrow(/row 2.*year/);
    expect(() => parseManifest("path,region_code\na.txt,33030\n", "/")).toThrow(/row 2.*region code/);
    expect(() => parseManifest("path,year\n,2020\n", "/")).toThrow(/row 2 has no path/);
    expect(() => parseManifest("path,region_code\na.txt,999999\n", "/")).toThrow(
      /row 2.*999999.*not in the 2023 division list/,
    );
    expect(() => parseManifest("path,url\na.txt,javascript:alert(1)\n", "/")).toThrow(/row 2.*not http/);
  });

  it("takes a row that leaves out its trailing empty cells", () => {
    const m = parseManifest("path,agency,region_code,year,url\na.txt,某局\n", "/d");
    expect(m.get("/d/a.txt")).toEqual({ agency: "某局", regionCode: undefined, year: undefined, url: undefined });
  });
});
