/**
 * Reading a report's detail page: its title, the 发布日期 it states, whether the page itself carries the
 * report (its text has the template's sections), and which of its links are attachments worth fetching
 * (PDF, DOCX, DOC/WPS, or TRS's P0…-named files; a download link that names nothing is tried too — the
 * parser tells a document from its bytes). Pure.
 */
import { htmlToText } from "@/lib/parser/read/html-to-text";
import type { HtmlPage } from "./html-page";
import { isReportTitle } from "./column";

export interface DetailInfo {
  title: string;
  /** YYYY-MM-DD, as the page states it. */
  published: string | null;
  /** The page's own text holds a report (its §三 table or sections). */
  isReport: boolean;
  /** Attachment URLs, the likeliest report file first. */
  attachments: string[];
}

/** Headings and rows of the 2019/2021 templates and the legacy 统计表 that only a report has. */
const REPORT_BODY =
  /收到和处理政府信息公开申请|政府信息公开行政复议|主动公开政府信息情况|依申请公开(政府)?信息(情况|的)|政府信息公开情况统计表/;

const DOC_EXT = /\.(pdf|docx|doc|wps|txt)$/i;
const TRS_FILE = /\/P0\d{8,}[\w-]*(\.\w+)?$/i;
const DOWNLOAD = /附件|下载|download/i;
const RANK: Record<string, number> = { pdf: 0, docx: 1, doc: 2, wps: 2, txt: 3 };

function rank(url: URL, text: string): number {
  const ext = (DOC_EXT.exec(url.pathname) ?? DOC_EXT.exec(text))?.[1]?.toLowerCase();
  return ext ? RANK[ext] : 4;
}

/** YYYY-MM-DD from "2024-01-31", "2024年1月31日", "2024/1/31 10:00" …; null when none or not a date. */
export function isoDate(s: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const PUBLISHED_LINE =
  /(发布|公开|成文|印发|发文)(日期|时间)\s*[:：]?\s*((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})/;

function publishedOf(page: HtmlPage, text: string): string | null {
  for (const name of ["pubdate", "publishdate", "firstpublishedtime", "article:published_time"]) {
    const date = page.meta[name] ? isoDate(page.meta[name]) : null;
    if (date) return date;
  }
  const m = PUBLISHED_LINE.exec(text);
  return m ? isoDate(m[3]) : null;
}

export function readDetailPage(page: HtmlPage, html: string, pageUrl: URL): DetailInfo {
  const text = htmlToText(html);
  const title = page.meta.articletitle || page.title;
  const base = page.base ? new URL(page.base, pageUrl) : pageUrl;
  const found = new Map<string, number>();
  for (const link of page.links) {
    let url: URL;
    try {
      url = new URL(link.href.trim(), base);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || /^(javascript|mailto):/i.test(link.href)) continue;
    url.hash = "";
    const named = `${link.text} ${link.title}`;
    const looksLikeFile = DOC_EXT.test(url.pathname) || TRS_FILE.test(url.pathname) || DOC_EXT.test(link.text.trim());
    const download = DOWNLOAD.test(named) && !/\.s?html?$/i.test(url.pathname);
    if ((looksLikeFile || download) && url.href !== pageUrl.href && !found.has(url.href))
      found.set(url.href, rank(url, link.text));
  }
  const attachments = [...found.entries()].sort((a, b) => a[1] - b[1]).map(([href]) => href);
  return {
    title,
    published: publishedOf(page, text),
    isReport: REPORT_BODY.test(text) && (isReportTitle(title) || isReportTitle(text.slice(0, 2000))),
    attachments,
  };
}
