/**
 * Legacy 统计表 as county sites print them, generated (bench/legacy-forms-gen.ts) and read by the real parser.
 *   npm run bench:legacy -- [--per-class 200] [--seed 1] [--class glued-2col] [--dump DIR]
 * Per class: figures exact / blank / wrong with a finding / wrong WITHOUT a finding (SILENT), by the rules of
 * ../shared/tools/score-expected.py, for the keys the real set scores (core) and for every printed row (rows);
 * "invented" counts core figures the page never states that came out with a value and no finding; the year is
 * right, wrong with a finding naming `year`, or wrong silently. --dump writes every page with a SILENT or an
 * invented figure or a silent year to DIR (page + what was expected and read), for reducing to a fixture.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { mixSeed, Rng } from "@/lib/corpus/random";
import { parseText } from "@/lib/parser/index";
import { CORE_SCORED, FORM_CLASSES, type FormClass, generateForm } from "./legacy-forms-gen";

const { values: args } = parseArgs({
  options: {
    "per-class": { type: "string", default: "200" },
    seed: { type: "string", default: "1" },
    class: { type: "string" },
    dump: { type: "string" },
  },
});

interface Tally {
  exact: number;
  blank: number;
  flagged: number;
  silent: number;
}
const tally = (): Tally => ({ exact: 0, blank: 0, flagged: 0, silent: 0 });

interface ClassResult {
  core: Tally;
  rows: Tally;
  invented: number;
  year: { right: number; flagged: number; silent: number };
  failed: number;
  /** Pages whose agency name was read exactly as generated. */
  agency: number;
  cpuMs: number;
}

const CORE = new Set<string>(CORE_SCORED);

function score(cls: FormClass, index: number, rng: Rng, out: ClassResult): void {
  const form = generateForm(cls, rng);
  const start = process.cpuUsage();
  const parsed = parseText(form.text);
  const used = process.cpuUsage(start);
  out.cpuMs += (used.user + used.system) / 1000;
  const report = parsed.value;
  if (!report) out.failed++;
  const values = report?.values ?? {};
  const named = new Set((report?.findings ?? []).flatMap((f) => f.keys));
  const misses: string[] = [];
  for (const [key, want] of Object.entries(form.expected)) {
    const got = values[key];
    const kind = got === want ? "exact" : got === undefined ? "blank" : named.has(key) ? "flagged" : "silent";
    (CORE.has(key) ? out.core : out.rows)[kind]++;
    if (kind === "silent") misses.push(`${key}=${got}/${want}!`);
  }
  for (const key of CORE) {
    if (key in form.expected || values[key] === undefined || named.has(key)) continue;
    out.invented++;
    misses.push(`${key}=${values[key]}/(not stated)!`);
  }
  if (report?.agency.name === form.agency) out.agency++;
  else if (report) misses.push(`agency=${report.agency.name}/${form.agency}`);
  const yearRight = report?.year === form.year;
  if (yearRight) out.year.right++;
  else if (named.has("year") || !report) out.year.flagged++;
  else {
    out.year.silent++;
    misses.push(`year=${report.year}/${form.year}!`);
  }
  if (!report) misses.push(`error: ${parsed.error}`);
  if (misses.length > 0 && args.dump) {
    mkdirSync(args.dump, { recursive: true });
    const name = join(args.dump, `${cls}-${index}`);
    writeFileSync(`${name}.txt`, form.text);
    writeFileSync(`${name}.json`, JSON.stringify({ misses, expected: form.expected, read: values }, null, 1));
  }
}

const pct = (a: number, n: number) => `${((100 * a) / Math.max(n, 1)).toFixed(1)}%`;
const cell = (t: Tally) => `${t.exact}/${t.blank}/${t.flagged}/${t.silent}`;
const emptyResult = (): ClassResult => ({
  core: tally(),
  rows: tally(),
  invented: 0,
  year: { right: 0, flagged: 0, silent: 0 },
  failed: 0,
  agency: 0,
  cpuMs: 0,
});

function printLine(name: string, r: ClassResult): void {
  const n = r.core.exact + r.core.blank + r.core.flagged + r.core.silent;
  const year = `${r.year.right}/${r.year.flagged}/${r.year.silent}`;
  console.log(
    `${name.padEnd(18)} ${cell(r.core).padStart(28)} ${cell(r.rows).padStart(22)} ${String(r.invented).padStart(8)} ` +
      `${year.padStart(20)} ${pct(r.core.exact, n).padStart(10)} ${String(r.agency).padStart(6)}` +
      (r.failed ? `  (${r.failed} not reports)` : ""),
  );
}

function addInto(total: ClassResult, r: ClassResult): void {
  for (const k of ["exact", "blank", "flagged", "silent"] as const) {
    total.core[k] += r.core[k];
    total.rows[k] += r.rows[k];
  }
  for (const k of ["right", "flagged", "silent"] as const) total.year[k] += r.year[k];
  total.invented += r.invented;
  total.failed += r.failed;
  total.agency += r.agency;
  total.cpuMs += r.cpuMs;
}

function main(): void {
  const perClass = Number(args["per-class"]);
  const seed = Number(args.seed);
  const classes = args.class ? FORM_CLASSES.filter((c) => c === args.class) : FORM_CLASSES;
  console.log(`legacy forms: ${perClass} pages per class, seed ${seed}`);
  console.log(
    `${"class".padEnd(18)} ${"core exact/blank/flag/SILENT".padStart(28)} ${"rows e/b/f/SILENT".padStart(22)} ` +
      `${"invented".padStart(8)} ${"year ok/flag/SILENT".padStart(20)} ${"core exact".padStart(10)} agency`,
  );
  const total = emptyResult();
  for (const cls of classes) {
    const r = emptyResult();
    for (let i = 0; i < perClass; i++) score(cls, i, new Rng(mixSeed(seed, FORM_CLASSES.indexOf(cls), i)), r);
    printLine(cls, r);
    addInto(total, r);
  }
  printLine("total", total);
  const pages = perClass * classes.length;
  const rate = (pages / (total.cpuMs / 1000)).toFixed(0);
  console.log(`${pages} pages, ${total.failed} not read as reports; parse ${rate} pages per CPU-second`);
  const silent = total.core.silent + total.rows.silent + total.invented + total.year.silent;
  process.exitCode = silent > 0 ? 1 : 0;
}

main();
