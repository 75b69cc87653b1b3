/**
 * Reading a 年报 column page: which links are annual reports (by their title, never their URL: columns list
 * other documents too, and report URLs like t20240131_123.html say nothing), which lead to the next list page
 * (下一页, index_1.html, ?page=2, or the page counts that TRS-built sites print from script), and the year a
 * report title names. Pure functions over the page read by html-page.ts.
 */
import type { HtmlPage, PageLink } from "./html-page";

export interface ReportLink {
  url: string;
  title: string;
  /** The year the title names (the year reported on), or null. */
  year: number | null;
}

export interface ColumnPage {
  reports: ReportLink[];
  /** Further list pages of the same column, in page order. */
  next: string[];
}

/** A 政府信息公开 annual report title (also cut short: "…政府信息公开工作年度报…"). */
const REPORT_TITLE =
  /信息公开.{0,12}(年度报|年报|年度工作报)|年度?\s*政府信息公开.{0,6}报|(年度报告|年报).{0,4}[（(]?政府?信息公开/;
/** Titles that mention the report but are something else: notices about it, its explainers. */
const NOT_REPORT = /通知|报送|编制|考核|评议|评估|图解|解读|要点|指南|目录|意见/;

/** A link text cut short right after 信息公开…年度 ("…工作年度..."): the detail page's title decides. */
const CUT_SHORT = /信息公开.{0,12}年度?(\.{2,}|…+)$/;

export function isReportTitle(title: string): boolean {
  return REPORT_TITLE.test(title) && !NOT_REPORT.test(title);
}

/** The year a report title names: "2023年度", "2023年", or a bare 20xx; a 发布 date elsewhere is not it. */
export function titleYear(title: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(title) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title);
  return m ? Number(m[1]) : null;
}

const NEXT_TEXT = /^(下一页|下页|后一页|后页|next|›|»|>)$/i;
const PAGE_NAME = /(^|\/)(index|list|default)_\d+\.s?html?$/i;
const PAGE_PARAM = /[?&](page|pageno|pageindex|curpage|pagenum|p)=\d+/i;

function resolve(href: string, base: URL): URL | null {
  if (/^(javascript|mailto|tel):/i.test(href.trim())) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url;
  } catch {
    return null;
  }
}

function isListLink(link: PageLink, url: URL, pageUrl: URL): boolean {
  if (url.host !== pageUrl.host) return false;
  if (NEXT_TEXT.test(link.text) || NEXT_TEXT.test(link.title)) return true;
  // Numbered page links ("2", "3") and first/last page links to the column's own list files.
  const sameDir =
    url.pathname.slice(0, url.pathname.lastIndexOf("/")) ===
    pageUrl.pathname.slice(0, pageUrl.pathname.lastIndexOf("/"));
  return sameDir && (PAGE_NAME.test(url.pathname) || PAGE_PARAM.test(url.search));
}

/**
 * TRS WCM pages write their pager from script: createPageHTML(pages, current, "index", "html") means
 * index.html, index_1.html … index_{pages-1}.html.
 */
function scriptPages(scripts: string, pageUrl: URL): URL[] {
  const m = /createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["'](\w+)["']\s*,\s*["'](\w+)["']/.exec(scripts);
  if (!m) return [];
  const [pages, name, ext] = [Number(m[1]), m[3], m[4]];
  const out: URL[] = [];
  for (let i = 1; i < Math.min(pages, 1000); i++) out.push(new URL(`${name}_${i}.${ext}`, pageUrl));
  return out;
}

export function readColumnPage(page: HtmlPage, pageUrl: URL): ColumnPage {
  const base = page.base ? (resolve(page.base, pageUrl) ?? pageUrl) : pageUrl;
  const reports = new Map<string, ReportLink>();
  const next = new Map<string, URL>();
  for (const link of page.links) {
    const url = resolve(link.href, base);
    if (!url) continue;
    // The full title is often in the title attribute, the text cut short with "…".
    const title = [link.title, link.text].find(isReportTitle) ?? (CUT_SHORT.test(link.text) ? link.text : null);
    if (title) {
      if (!reports.has(url.href)) reports.set(url.href, { url: url.href, title, year: titleYear(title) });
    } else if (isListLink(link, url, pageUrl)) next.set(url.href, url);
  }
  for (const url of scriptPages(page.scripts, pageUrl)) next.set(url.href, url);
  next.delete(pageUrl.href);
  return { reports: [...reports.values()], next: [...next.keys()] };
}
