/**
 * The `parse` command's contract (../shared/spec/PARSE-OUTPUT.md), run as a user runs it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

function runParse(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/parse.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("parse command", () => {
  it("prints one JSON line per file in order, with the contract's fields, and exits 0", () => {
    const seed = "fixtures/seeds/002_1011c9d1822b474b.txt";
    const r = runParse([seed, "fixtures/seeds/001_2280456dce613c96.txt"]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([seed, "fixtures/seeds/001_2280456dce613c96.txt"]);
    const [first] = lines;
    expect(Object.keys(first)).toEqual([
      "file",
      "sha256",
      "family",
      "year",
      "published",
      "agency",
      "region",
      "values",
      "blanks",
      "findings",
      "sources",
    ]);
    expect(first.sha256).toBe(
      createHash("sha256")
        .update(readFileSync(join(ROOT, seed)))
        .digest("hex"),
    );
    expect(first).toMatchObject({
      family: "2021",
      year: 2023,
      published: null,
      agency: { name: "瓯海区人民政府办公室", kind: "government_office", level: "county" },
      region: { code: "330304", path: ["浙江省", "温州市", "瓯海区"] },
    });
    expect(first.values["apps.new.total"]).toBe(51);
    expect(first.sources["apps.new.total"]).toMatchObject({ line: 33 });
    expect(first.sources["apps.new.total"].raw).toContain("46 | 5");
    expect(r.stderr).toMatch(/2 of 2/);
  });

  it("gives an error line for a file that is not a report and exits 1, still parsing the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-parse-"));
    const notReport = join(dir, "note.txt");
    writeFileSync(notReport, "会议纪要\n今天讨论了食堂菜单。");
    const r = runParse([notReport, join(dir, "missing.txt"), "fixtures/seeds/003_516ff9c16babe9a7.txt"]);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ file: notReport, error: expect.stringMatching(/^Not an annual report/) });
    expect(lines[1]).toMatchObject({ file: join(dir, "missing.txt"), error: expect.any(String) });
    expect(lines[2].values["apps.new.total"]).toBe(1);
  });

  it("exits 2 on bad usage without writing to stdout", () => {
    const r = runParse([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/usage/);
  });

  it("exits 2 on an unknown option instead of reading it as a file name", () => {
    const r = runParse(["--bogus", "fixtures/seeds/001_2280456dce613c96.txt"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown option --bogus/);
  });
});
