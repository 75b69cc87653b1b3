/** The bulletin as a list of blocks (pure data): what the DOCX writer lays out and what the tests read. */
import type { ChartOption } from "@/lib/charts/types";
import { toSearchString, type UrlState } from "@/lib/url-state";

export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "chart"; title: string; option: ChartOption; width: number; height: number }
  /** `weights`: the columns' shares of the page width (equal when left out). */
  | { kind: "table"; columns: string[]; rows: string[][]; weights?: number[] }
  /** The permalink of the view a figure came from, printed after it. */
  | { kind: "source"; url: string }
  | { kind: "note"; text: string };

/** An absolute permalink of a view: the request's origin, the page and its URL state (defaults left out). */
export function permalink(origin: string, path: string, state: Partial<UrlState>): string {
  const query = toSearchString(state);
  return `${origin.replace(/\/$/, "")}${path}${query ? `?${query}` : ""}`;
}

/** 一 … 十: the numbering of a bulletin's sections. */
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export function sectionNumber(index: number): string {
  return NUMERALS[index] ?? String(index + 1);
}

/** （一）… for items inside a section. */
export function itemNumber(index: number): string {
  return `（${sectionNumber(index)}）`;
}
