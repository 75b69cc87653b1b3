/**
 * All reports of one agency over the years, as bytes plus their truth. Pure: the same agency and
 * seed give the same bytes. Years run in order so the carry-over chain links them.
 */
import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import type { Family } from "@/lib/parser/types";
import { draftReport } from "./document";
import { applicableFaults, blankCells, breakChain, breakTotal, narrativeMismatch, type FaultKind } from "./faults";
import { drawVolume, expectedVolume, fillApplications, fillReviews, type Values } from "./figures";
import { fillActive } from "./active";
import { addLegacyCore, fillLegacy } from "./legacy";
import type { Meta } from "./narrative";
import { LAYOUTS, LAYOUT_WEIGHTS, renderReport, type NumberStyle } from "./render";
import { Rng, mixSeed } from "./random";
import { blocksToTraditional } from "./traditional";
import type { CorpusAgency, Fault, TruthRecord } from "./types";

export interface CorpusOptions {
  seed: number;
  fromYear: number;
  toYear: number;
  faultRate: number;
}

export interface GeneratedReport {
  bytes: Buffer;
  truth: TruthRecord;
}

export function familyOfYear(year: number): Family {
  return year <= 2018 ? "legacy" : year <= 2020 ? "2019" : "2021";
}

function publicationDate(year: number, rng: Rng): string {
  const month = rng.chance(0.8) ? 1 : rng.int(2, 3);
  return `${year + 1}-${String(month).padStart(2, "0")}-${String(rng.int(5, 28)).padStart(2, "0")}`;
}

interface YearState {
  carriedForward: number[] | null;
  skippedYear: number | null;
}

/** Figures of one agency-year; returns the faults it carries and updates the chain state. */
function yearValues(
  agency: CorpusAgency,
  year: number,
  family: Family,
  fault: FaultKind | null,
  state: YearState,
  rng: Rng,
) {
  const values: Values = {};
  const faults: Fault[] = [];
  const volume = drawVolume(rng, expectedVolume(agency, year));
  if (family === "legacy") {
    fillLegacy(values, agency, volume, rng);
    state.carriedForward = null;
  } else {
    // The first year on a modern template starts with a small backlog of its own.
    let carried =
      state.carriedForward ?? new Array(6).fill(0).map((_, i) => (i === 0 ? rng.binomial(volume, 0.03) : 0));
    if (fault === "chain") {
      const broken = breakChain(carried, rng);
      carried = broken.carried;
      faults.push(broken.fault);
    }
    state.carriedForward = fillApplications(values, agency, family, volume, carried, rng);
    fillReviews(values, values["outcome.total.total"], rng);
    fillActive(values, agency, family, rng);
  }
  if (fault === "totals") faults.push(breakTotal(values, family, rng));
  if (fault === "blank") {
    const blank = blankCells(values, family, rng);
    if (blank) faults.push(blank);
  }
  if (family === "legacy") addLegacyCore(values);
  return { values, faults };
}

function encodeReport(text: string, layout: string, rng: Rng): { bytes: Buffer; encoding: "utf-8" | "gb18030" } {
  if (layout !== "html" && rng.chance(0.03)) return { bytes: iconv.encode(text, "gb18030"), encoding: "gb18030" };
  return { bytes: Buffer.from(text, "utf8"), encoding: "utf-8" };
}

const NUMBER_STYLES: NumberStyle[] = ["plain", "thousands", "fullwidth"];

export function* agencyReports(agency: CorpusAgency, opts: CorpusOptions): Generator<GeneratedReport> {
  const rng = new Rng(mixSeed(opts.seed, agency.index), 2);
  const state: YearState = { carriedForward: null, skippedYear: null };
  for (let year = opts.fromYear; year <= opts.toYear; year++) {
    let family = familyOfYear(year);
    const wrongTemplate = family === "2021" && rng.chance(0.03);
    if (wrongTemplate) family = "2019";
    const canSkip = year > opts.fromYear && year < opts.toYear && state.skippedYear === null;
    const kinds = applicableFaults(family, state.carriedForward !== null, canSkip);
    const fault = rng.chance(opts.faultRate) ? rng.pick(kinds) : null;
    const { values, faults } = yearValues(agency, year, family, fault, state, rng);
    if (fault === "missing_year") {
      state.skippedYear = year;
      continue;
    }
    if (state.skippedYear === year - 1) {
      const keys = family === "legacy" ? [] : ["apps.carried_over.total"];
      faults.push({ kind: "missing_year", keys, message: `no report for ${year - 1}` });
    }
    if (wrongTemplate)
      faults.push({ kind: "wrong_template", keys: [], message: `${year} report on the 2019 template` });
    let stated = values["apps.new.total"] ?? 0;
    if (fault === "narrative") {
      const m = narrativeMismatch(stated, rng);
      stated = m.stated;
      faults.push(m.fault);
    }
    yield renderYear(agency, year, family, values, faults, stated, rng);
  }
}

function renderYear(
  agency: CorpusAgency,
  year: number,
  family: Family,
  values: Values,
  faults: Fault[],
  stated: number,
  rng: Rng,
): GeneratedReport {
  const meta: Meta = {
    agency,
    year,
    family,
    date: publicationDate(year, rng),
    dateLine: rng.chance(0.4),
    signature: rng.chance(0.6),
    statedApplications: stated,
  };
  const layout = LAYOUTS[rng.weighted(LAYOUT_WEIGHTS)];
  const style = layout === "flat" || rng.chance(0.85) ? "plain" : rng.pick(NUMBER_STYLES.slice(1));
  const traditional = rng.chance(0.05);
  const glosses = traditional && rng.chance(0.4);
  const draft = draftReport(meta, values, rng);
  const text = renderReport(traditional ? blocksToTraditional(draft, glosses) : draft, layout, style);
  const { bytes, encoding } = encodeReport(text, layout, rng);
  const ext = layout === "html" ? "html" : "txt";
  const file = `${agency.region.code.slice(0, 2)}/${String(agency.index).padStart(5, "0")}-${year}.${ext}`;
  const truth: TruthRecord = {
    file,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    family,
    year,
    published: meta.dateLine || meta.signature ? meta.date : null,
    agency: { name: agency.name, kind: agency.kind, level: agency.level },
    region: agency.region,
    values,
    faults,
    layout,
    traditional,
    glosses,
    encoding,
  };
  return { bytes, truth };
}
