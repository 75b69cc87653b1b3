/**
 * How the parser would do on the same site's other pages. Reads the real samples (../shared/samples/real/, and
 * ../shared/seeds/ and the text of ../shared/samples/pdf/ where present), derives seeded variants of each the way
 * that site's pages differ (bench/real-variants-text.ts: whitespace, line breaks, page furniture, full-width
 * characters, item numbers, split header words; bench/real-variants-tables.ts: other figures keeping the report's
 * sums, printed in its own way), with the expected figures derived alongside, parses every variant with the real
 * parser and scores it by the review's rules (../shared/tools/score-expected.py): exact / blank / wrong with a
 * finding / SILENT (wrong without a finding). "year" counts variants whose year came out wrong. Not a test.
 *   npm run bench:variants -- [--seed 1] [--per-sample 2] [--only CLASS] [--sample NAME] [--show 5] [--dump DIR]
 * Skips, with a notice, where ../shared is absent.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { mixSeed, Rng } from "@/lib/corpus/random";
import { parseText } from "@/lib/parser/index";
import { readDocument } from "@/lib/parser/read/read-document";
import { DERIVED_GROUPS, SECTION3 } from "@/lib/template/modern";
import { sharedDir } from "@/test/shared-samples";
import { excerpt, FRAME_CLASSES, type Page } from "./real-variants-frame";
import { renumberLegacy } from "./real-variants-legacy";
import { COLUMNS, disagreements, mapTables, REVIEW_KEYS, renumber } from "./real-variants-tables";
import { type Body, TEXT_CLASSES, type Transform } from "./real-variants-text";

const { values: args } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    "per-sample": { type: "string", default: "2" },
    only: { type: "string" },
    sample: { type: "string" },
    show: { type: "string", default: "5" },
    dump: { type: "string" },
    /** Show and dump variants with blank figures too, not only those with SILENT ones. */
    blanks: { type: "boolean", default: false },
  },
});

interface Sample {
  name: string;
  year: number;
  format: string;
  /** The archive's header lines (kept as they are) and the report's body. */
  head: string;
  body: string;
  values: Record<string, number>;
}

const BODY_MARK = /^=+ 正文 =+\n/m;

function split(
  name: string,
  text: string,
  e: { year: number; format: string },
  values: Record<string, number>,
): Sample {
  const m = BODY_MARK.exec(text);
  const cut = m ? m.index + m[0].length : 0;
  return { name, year: e.year, format: e.format, head: text.slice(0, cut), body: text.slice(cut), values };
}

/** Seeds list only their non-zero figures; in a 2019/2021 report every other §三/§四 figure is 0. */
function seedValues(e: { format: string; nonzero: Record<string, number> }): Record<string, number> {
  const out: Record<string, number> = {};
  if (e.format === "2021" || e.format === "2019") {
    const rows = SECTION3[e.format].filter((r) => !r.group).map((r) => r.key);
    for (const k of [...rows, ...DERIVED_GROUPS]) for (const c of COLUMNS) out[`${k}.${c}`] = 0;
    for (const k of REVIEW_KEYS) out[k] = 0;
  }
  return { ...out, ...e.nonzero };
}

async function loadSamples(): Promise<Sample[]> {
  const out: Sample[] = [];
  type Entry = { year: number; format: string; values?: Record<string, number>; nonzero?: Record<string, number> };
  for (const sub of ["samples/real", "seeds", "samples/pdf"]) {
    const dir = sharedDir(sub);
    if (!dir || !existsSync(join(dir, "expected.json"))) continue;
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Entry>;
    for (const name of readdirSync(dir).sort()) {
      const e = expected[name];
      if (!e || (args.sample && !name.includes(args.sample))) continue;
      const values = e.values ?? seedValues(e as Entry & { nonzero: Record<string, number> });
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const text = name.endsWith(".txt")
        ? new TextDecoder().decode(bytes)
        : ((await readDocument(bytes, name)).value?.text ?? null);
      if (text === null) console.log(`notice: ${sub}/${name} could not be read, left out`);
      else out.push(split(`${sub.replace("samples/", "")}/${name}`, text, e, values));
    }
  }
  return out;
}

interface Variant {
  text: string;
  truth: Record<string, number>;
  unprinted: string[];
  /** An excerpt: the parse must carry the incomplete-report error. */
  cut?: boolean;
}

const WS_AFTER_NUMBERS = ["ws-space-in-runs", "ws-none-in-cells", "ws-mixed", "lines-row-broken", "header-split"];

/** A transform of the body, with the table map read again from the text it gets. */
function applyText(rng: Rng, body: string, t: Transform): string {
  return t(rng, { text: body, map: mapTables(body) } satisfies Body);
}

const noticed = new Set<string>();

/** The whole-page classes (header and body) and the figure classes; null where a class does not apply. */
function makeVariant(cls: string, rng: Rng, s: Sample): Variant | null {
  const same = (body: string, head = s.head): Variant => ({ text: head + body, truth: s.values, unprinted: [] });
  if (cls === "original") return same(s.body);
  if (cls in TEXT_CLASSES) {
    const body = applyText(rng, s.body, TEXT_CLASSES[cls]);
    return body === s.body ? null : same(body);
  }
  if (cls === "crlf") return { ...same(s.body), text: (s.head + s.body).replace(/\r?\n/g, "\r\n") };
  if (cls === "title-moved") {
    const title = /^标题: (.*)$/m.exec(s.head);
    if (!title) return null;
    // The title leaves the archive's header and heads the body, or goes to the body's end.
    const head = s.head.replace(/^标题: .*\n/m, "");
    return same(rng.chance(0.5) ? `${title[1]}\n${s.body}` : `${s.body}\n${title[1]}`, head);
  }
  if (cls in FRAME_CLASSES || cls === "excerpt" || cls === "frame-mixed") {
    const page: Page = {
      head: s.head,
      body: s.body,
      year: s.year,
      map: s.format === "legacy" ? null : mapTables(s.body),
    };
    if (cls === "excerpt") {
      const out = excerpt(rng, page, s.values);
      // A legacy excerpt's narrative may state the 复议/诉讼 figures the table lost: no error is owed then.
      return out && { text: out.head + out.body, truth: out.truth, unprinted: [], cut: !out.legacy };
    }
    if (cls === "frame-mixed") {
      // Three of the page classes on one page (each skipped where it does not apply).
      let cur = page;
      const names = Object.keys(FRAME_CLASSES).filter((n) => n !== "frame-mixed");
      for (let i = 0; i < 3; i++) {
        const next = FRAME_CLASSES[rng.pick(names)](rng, cur);
        // The table map is read again from the text each step gets (a cut moves every position).
        if (next) cur = { ...cur, ...next, map: cur.map && mapTables(next.body) };
      }
      return { text: cur.head + cur.body, truth: s.values, unprinted: [] };
    }
    const out = FRAME_CLASSES[cls](rng, page);
    return out && { text: out.head + out.body, truth: s.values, unprinted: [] };
  }
  if (cls === "mixed") {
    const names = Object.keys(TEXT_CLASSES);
    let body = s.body;
    for (let i = 0; i < 3; i++) body = applyText(rng, body, TEXT_CLASSES[rng.pick(names)]);
    return same(body);
  }
  if (s.format === "legacy") return legacyNumbers(cls, rng, s);
  const map = mapTables(s.body);
  const wrong = map ? disagreements(s.body, map, s.values) : [];
  if (!map || wrong.length) {
    const why = map ? `its table map disagrees with expected.json (${wrong.join(" ")})` : "no 2019/2021 table map";
    if (s.format !== "legacy" && !noticed.has(s.name)) console.log(`notice: ${s.name}: ${why}, no figures`);
    noticed.add(s.name);
    return null;
  }
  const r = renumber(rng, s.body, map);
  let body = r.text;
  if (cls === "numbers+ws") body = applyText(rng, body, TEXT_CLASSES[rng.pick(WS_AFTER_NUMBERS)]);
  const tableKeys = new Set([...Object.keys(r.truth), ...r.unprinted]);
  const kept = Object.fromEntries(Object.entries(s.values).filter(([k]) => !tableKeys.has(k) && !isTableKey(k)));
  return { text: s.head + body, truth: { ...kept, ...r.truth }, unprinted: r.unprinted };
}

/** A legacy sample with new figures (bench/real-variants-legacy.ts); null where it prints no legacy table. */
function legacyNumbers(cls: string, rng: Rng, s: Sample): Variant | null {
  const r = renumberLegacy(rng, s.body);
  if (!r) return null;
  let body = r.text;
  if (cls === "numbers+ws") body = applyText(rng, body, TEXT_CLASSES[rng.pick(WS_AFTER_NUMBERS)]);
  const kept = Object.fromEntries(Object.entries(s.values).filter(([k]) => !isTableKey(k) && !(k in r.truth)));
  return { text: s.head + body, truth: { ...kept, ...r.truth }, unprinted: [] };
}

/** Keys that follow from §三/§四 figures (a renumbered report's old value of them no longer holds). */
const isTableKey = (k: string) => /^(apps|outcome|review|litigation|legacy\.)/.test(k);

const CLASSES = [
  "original",
  ...Object.keys(TEXT_CLASSES),
  "crlf",
  "title-moved",
  ...Object.keys(FRAME_CLASSES),
  "frame-mixed",
  "excerpt",
  "mixed",
  "numbers",
  "numbers+ws",
];

interface Tally {
  variants: number;
  figures: number;
  exact: number;
  blank: number;
  flagged: number;
  silent: number;
  year: number;
  failed: number;
  skipped: number;
  /** Excerpts read without the incomplete-report error. */
  unsaid: number;
}
const zero = (): Tally => ({
  variants: 0,
  figures: 0,
  exact: 0,
  blank: 0,
  flagged: 0,
  silent: 0,
  year: 0,
  failed: 0,
  skipped: 0,
  unsaid: 0,
});
const examples: string[] = [];

function score(cls: string, s: Sample, v: Variant, t: Tally, index: number): void {
  const parsed = parseText(v.text, { fileName: s.name }).value;
  t.variants++;
  if (!parsed) t.failed++;
  const values = parsed?.values ?? {};
  const named = new Set((parsed?.findings ?? []).flatMap((f) => f.keys));
  if (parsed && parsed.year !== s.year && !named.has("year")) t.year++;
  if (v.cut && !parsed?.findings.some((f) => f.severity === "error" && f.message.startsWith("incomplete report"))) {
    t.unsaid++;
  }
  const misses: string[] = [];
  const judge = (key: string, right: boolean): void => {
    const got = values[key];
    t.figures++;
    if (right) t.exact++;
    else if (got === undefined) {
      t.blank++;
      if (args.blanks) misses.push(`${key}=blank/${v.truth[key]}`);
    } else if (named.has(key)) t.flagged++;
    else {
      t.silent++;
      misses.push(`${key}=${got}/${v.truth[key] ?? "blank"}`);
    }
  };
  for (const [key, want] of Object.entries(v.truth)) judge(key, values[key] === want);
  for (const key of v.unprinted) judge(key, values[key] === undefined || values[key] === 0);
  if (misses.length || (parsed && parsed.year !== s.year)) {
    const what = misses.length ? misses.slice(0, 6).join(" ") : `year ${parsed?.year}/${s.year}`;
    const kind = misses.some((m) => !m.includes("=blank/")) ? "SILENT" : "blank";
    if (examples.length < Number(args.show)) examples.push(`${kind} [${cls}] ${s.name} #${index}: ${what}`);
    if (args.dump) {
      mkdirSync(args.dump, { recursive: true });
      const file = join(args.dump, `${cls}-${s.name.replace(/\W+/g, "_")}-${index}.txt`);
      writeFileSync(file, `${v.text}\n\n--- expected ${JSON.stringify(v.truth)}\n--- misses ${what}\n`);
    }
  }
}

/** A variant's seed comes from names, so --only and --sample reproduce the same variants. */
function hashName(name: string): number {
  let h = 0;
  for (const ch of name) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h;
}

async function main(): Promise<void> {
  const samples = await loadSamples();
  if (samples.length === 0) {
    console.log("notice: ../shared is absent (no real samples): nothing to vary, bench skipped");
    return;
  }
  const seed = Number(args.seed);
  const per = Number(args["per-sample"]);
  const classes = args.only ? CLASSES.filter((c) => c === args.only) : CLASSES;
  const tallies = new Map(classes.map((c) => [c, zero()]));
  const cpu = process.cpuUsage();
  classes.forEach((cls) => {
    const t = tallies.get(cls) as Tally;
    samples.forEach((s) => {
      for (let i = 0; i < (cls === "original" ? 1 : per); i++) {
        const v = makeVariant(cls, new Rng(mixSeed(seed, hashName(cls), hashName(s.name), i)), s);
        if (v) score(cls, s, v, t, i);
        else t.skipped++;
      }
    });
  });
  const used = process.cpuUsage(cpu);
  console.log(`real variants: ${samples.length} samples, seed ${seed}, ${per} per sample and class`);
  console.log(
    `${"class".padEnd(20)} variants figures  exact    blank flagged SILENT  year failed n/a`.replace(/ +$/, ""),
  );
  const sum = zero();
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  for (const [cls, t] of tallies) {
    for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
    console.log(
      `${cls.padEnd(20)} ${String(t.variants).padStart(8)} ${String(t.figures).padStart(7)} ` +
        `${pct(t.exact, t.figures).padStart(6)} ${String(t.blank).padStart(8)} ${String(t.flagged).padStart(7)} ` +
        `${String(t.silent).padStart(6)} ${String(t.year).padStart(5)} ${String(t.failed).padStart(6)} ` +
        `${String(t.skipped).padStart(3)}`,
    );
  }
  console.log(
    `total: ${sum.variants} variants, ${sum.exact}/${sum.figures} exact (${pct(sum.exact, sum.figures)}), ` +
      `blank ${sum.blank}, wrong with finding ${sum.flagged}, wrong WITHOUT finding ${sum.silent}, ` +
      `year wrong ${sum.year}, not read ${sum.failed}, excerpts not called incomplete ${sum.unsaid}; ` +
      `CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`,
  );
  for (const ex of examples) console.log(ex);
  process.exitCode = sum.silent > 0 ? 1 : 0;
}

main();
