/** Shapes shared by the corpus generator's stages. */
import type { Agency, Family, RegionRef } from "@/lib/parser/types";

/** What the corpus knows about an agency beyond what a report prints. */
export interface CorpusAgency extends Agency {
  /** Stable index within the corpus (file names, per-agency random streams). */
  index: number;
  region: RegionRef;
  /** Department stem (民政, 公安…) for departments, else null. */
  department: string | null;
  /** Place names a report body mentions (parent units), so a parser can disambiguate. */
  parents: string[];
  /** Expected new applications per year around 2019, before trend and noise. */
  baseVolume: number;
  /** Yearly growth rate of the volume (log scale). */
  trend: number;
}

export type Layout = "lines" | "pipes" | "lines_pipe" | "tabs" | "html" | "flat";

/** A fault the generator put into a document on purpose; the truth says where. */
export interface Fault {
  kind: "totals" | "chain" | "missing_year" | "blank" | "narrative" | "wrong_template";
  keys: string[];
  message: string;
}

/** One truth.jsonl line: the PARSE-OUTPUT shape plus how the document was made. */
export interface TruthRecord {
  file: string;
  sha256: string;
  family: Family;
  year: number;
  published: string | null;
  agency: Agency;
  region: RegionRef;
  values: Record<string, number>;
  faults: Fault[];
  layout: Layout;
  traditional: boolean;
  /** Pinyin glosses after some traditional characters (鄉(xiāng)), as in seed 004. */
  glosses: boolean;
  encoding: "utf-8" | "gb18030";
}

/** A table row: label cells, then value cells (a value of null prints blank). */
export interface TableRow {
  labels: string[];
  values: (number | null)[];
  /** HTML attributes of each label cell (rowspan/colspan of the template's merged cells); "" for none. */
  spans?: string[];
}

export type Block =
  | { kind: "title"; text: string }
  | { kind: "para"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "table"; rows: TableRow[] /** Rows whose value cells may be glued in the flat layout. */; glue: boolean };
