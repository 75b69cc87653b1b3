/**
 * Every kind of file ingest cannot store ends as one recorded failed row whose reason a person understands:
 * an English sentence (reports.error) and a Chinese one (reports.error_zh) that says what is wrong in Chinese,
 * not English behind a Chinese lead-in. One real CLI run over a folder of bad files (as `nobody` when the
 * test runs as root, so that a permission-denied file is really unreadable).
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openClient } from "@/db/client";
import { REPO } from "@/test/helpers/read-fixtures";
import { removeTempDirs, tempDir } from "@/test/helpers/ingest";
import { openToAll, runIngest, summaryOf } from "./cli-process";
import { utf8, zipBomb } from "./hostile-inputs";

afterAll(removeTempDirs);

const fixture = (...p: string[]) => join(REPO, "fixtures", ...p);
const ole = (fill: number) =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(1024).fill(fill)]);
const SEED = fixture("seeds", "003_516ff9c16babe9a7.txt");

/** file name → its bytes (or a fixture to copy), and what each reason must say. */
const CASES: { file: string; bytes: () => Uint8Array; en: RegExp; zh: RegExp }[] = [
  { file: "locked.txt", bytes: () => readFileSync(SEED), en: /permission denied/i, zh: /权限/ },
  {
    file: "notes.txt",
    bytes: () => utf8("会议纪要\n今天讨论了绿化工作。\n"),
    en: /not an annual report/i,
    zh: /不是.*年度报告/,
  },
  { file: "empty.txt", bytes: () => new Uint8Array(0), en: /empty/i, zh: /为空/ },
  { file: "photo.png", bytes: () => readFileSync(fixture("documents", "image.png")), en: /image \(PNG\)/, zh: /图片/ },
  {
    file: "scan-photo.pdf",
    bytes: () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(7)]),
    en: /image \(JPEG\)/,
    zh: /图片/,
  },
  { file: "bomb.docx", bytes: () => zipBomb(200, false), en: /refused/i, zh: /过大|压缩/ },
  { file: "lying-bomb.docx", bytes: () => zipBomb(200, true), en: /refused/i, zh: /过大|压缩/ },
  { file: "broken.pdf", bytes: () => readFileSync(fixture("documents", "truncated.pdf")), en: /damaged/i, zh: /损坏/ },
  {
    file: "broken.docx",
    bytes: () => readFileSync(fixture("documents", "truncated.docx")),
    en: /damaged/i,
    zh: /损坏/,
  },
  {
    file: "scanned.pdf",
    bytes: () => readFileSync(fixture("documents", "scanned.pdf")),
    en: /no text layer/i,
    zh: /扫描/,
  },
  {
    file: "locked.doc",
    bytes: () => readFileSync(fixture("documents", "encrypted.doc")),
    en: /password-protected/,
    zh: /密码/,
  },
  {
    file: "broken.doc",
    bytes: () => readFileSync(fixture("documents", "truncated.doc")),
    en: /^DOC is damaged/,
    zh: /损坏/,
  },
  { file: "old-renamed.docx", bytes: () => ole(1), en: /^DOC is damaged/, zh: /损坏/ },
  {
    file: "noise.txt",
    bytes: () => readFileSync(fixture("documents", "random.bin")),
    en: /binary/i,
    zh: /不是文字报告/,
  },
  {
    file: "archive.docx",
    bytes: () => readFileSync(fixture("documents", "not-docx.zip")),
    en: /ZIP archive/i,
    zh: /不是文字报告/,
  },
];

/** Words a Chinese reason may keep in Latin letters (file formats); any other Latin word means untranslated English. */
const LATIN_OK = /PDF|DOCX|OCR|Word|Office|doc|xls|ZIP/g;

describe("ingest failures are recorded with reasons in English and Chinese", () => {
  it("one failed row per bad file, the good file stored, and every reason readable", async () => {
    const dir = tempDir("nianbao-failures-");
    const reports = join(dir, "reports");
    mkdirSync(reports);
    openToAll(dir, reports);
    copyFileSync(SEED, join(reports, "good.txt"));
    for (const c of CASES) writeFileSync(join(reports, c.file), c.bytes());
    chmodSync(join(reports, "locked.txt"), 0o000);
    const url = `file:${join(dir, "db", "failures.db")}`;
    mkdirSync(join(dir, "db"));
    openToAll(join(dir, "db"));
    // .png is not a report extension: given explicitly, ingest still takes it (and says what it is).
    const run = await runIngest([reports, join(reports, "photo.png"), "--json", "--workers", "0"], {
      url,
      asNobody: true,
    }).done;
    expect(run.code, run.stderr).toBe(1); // 1 = some files failed
    expect(summaryOf(run.stdout)).toEqual({ added: 1, updated: 0, unchanged: 0, failed: CASES.length });

    const client = await openClient(url);
    const rows = (await client.execute("SELECT source_name, status, error, error_zh FROM reports ORDER BY source_name"))
      .rows;
    const byName = new Map(rows.map((r) => [String(r.source_name), r]));
    expect(byName.get("good.txt")?.status).toBe("active");
    expect(rows.length).toBe(CASES.length + 1);
    for (const c of CASES) {
      const r = byName.get(c.file);
      expect(r, c.file).toBeDefined();
      expect(r!.status).toBe("failed");
      const en = String(r!.error);
      const zh = String(r!.error_zh);
      expect(en, c.file).toMatch(c.en);
      expect(en, c.file).toMatch(/^[A-Z]/);
      expect(zh, `${c.file}: ${zh}`).toMatch(c.zh);
      expect(zh.replace(LATIN_OK, ""), `${c.file}: untranslated English in "${zh}"`).not.toMatch(/[A-Za-z]{3,}/);
    }
    // A rerun stores nothing twice: the failures are already recorded (the locked file is still unreadable).
    const again = await runIngest([reports, join(reports, "photo.png"), "--json", "--workers", "0"], {
      url,
      asNobody: true,
    }).done;
    expect(summaryOf(again.stdout)).toMatchObject({ added: 0, updated: 0 });
    expect(Number((await client.execute("SELECT count(*) FROM reports")).rows[0][0])).toBe(CASES.length + 1);
    client.close();
  }, 180_000);
});
