/**
 * A small 政府网站 for the collect tests and bench, served on loopback by node:http (no network): a 年报 column
 * of three list pages (下一页 links that loop back) that also lists a notice, detail pages with the report
 * as their text or as a PDF/TXT attachment (TRS-style P0… names), a report linked twice, a moved page (301),
 * a <meta http-equiv="refresh">, a 404, a slow page, a 500 that works on the second try, a robots.txt
 * Disallow, a redirect loop and an oversized attachment; and a second site in GBK. Every response carries
 * ETag and Last-Modified and answers a conditional GET with 304. Reports are 2021-template texts from
 * test/helpers/ingest.ts and the project's seed documents.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import { join } from "node:path";
import iconv from "iconv-lite";
import { applications, reportText, type ReportSpec } from "@/test/helpers/ingest";

export const AGENCY = "温州市瓯海区民政局";
export const GBK_AGENCY = "温州市鹿城区民政局";

interface Resource {
  body: Uint8Array;
  type: string;
  status?: number;
  /** Extra handling: a redirect target, a delay, failures before success. */
  location?: string;
  delayMs?: number;
  failFirst?: number;
  chunked?: boolean;
}

export interface SiteRequest {
  host: string;
  path: string;
  at: number;
  userAgent: string;
  conditional: boolean;
}

const SEED_PDF = join(process.cwd(), "fixtures", "documents", "seed002.pdf"); // 瓯海区人民政府办公室 2023

const html = (title: string, body: string, head = "", charset = "utf-8") =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${title}</title>${head}</head>` +
  `<body><div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>${body}` +
  `<div class="footer">主办单位：温州市瓯海区人民政府 网站标识码 3303040001</div></body></html>`;

/** A report's text as a detail page: title, 发布日期 meta and line, the text in <p>s and a <pre> of tables. */
function reportPage(spec: ReportSpec, charset = "utf-8"): string {
  const title = `${spec.agency}${spec.year}年政府信息公开工作年度报告`;
  const text = reportText(spec)
    .split("\n")
    .map((l) => (l.includes("|") ? `<p>${l}</p>` : `<p>${l}</p>`))
    .join("");
  return html(
    title,
    `<h1>${title}</h1><div class="info">发布日期：${spec.published}</div><div class="content">${text}</div>`,
    `<meta name="PubDate" content="${spec.published} 09:30">`,
    charset,
  );
}

function attachmentPage(title: string, published: string, links: string): string {
  return html(
    title,
    `<h1>${title}</h1><div class="info">发布时间：${published} 来源：区民政局</div><div ` +
      `class="content"><p>${title}全文见附件。</p><p>附件：${links}</p></div>`,
  );
}

const listItem = (href: string, text: string, date: string, title = text) =>
  `<li><a href="${href}" title="${title}" target="_blank">${text}</a><span>${date}</span></li>`;

export interface SiteOptions {
  /** Extra plain reports (each its own detail page) on the first list page: load for the kill test and bench. */
  extra?: number;
  /** Bytes of the oversized attachment. */
  oversize?: number;
  /** false: only the column's reports, none of the faulty pages (the bench measures throughput, not retries). */
  faults?: boolean;
}

export class CollectSite {
  readonly requests: SiteRequest[] = [];
  private readonly resources = new Map<string, Resource>();
  private readonly servers: Server[] = [];
  private readonly hits = new Map<string, number>();
  main = "";
  gbk = "";

  constructor(private readonly opts: SiteOptions = {}) {}

  /** Reports the main column holds (agency-years), for assertions. */
  static readonly MAIN_YEARS = [2024, 2023, 2022, 2019, 2016];

  async start(): Promise<this> {
    this.main = await this.listen();
    this.gbk = await this.listen();
    this.build();
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map((s) => {
        const closed = new Promise((r) => s.close(r));
        s.closeAllConnections(); // the slow page's sockets would hold close() for seconds
        return closed;
      }),
    );
  }

  get columnUrl(): string {
    return `${this.main}/xxgk/ndbg/index.html`;
  }

  get gbkColumnUrl(): string {
    return `${this.gbk}/col/col1229/index.html`;
  }

  /** The 2022 report's attachment with other figures: the site corrected it after publication. */
  edit2022(): void {
    this.put(this.main, "/xxgk/ndbg/202301/P020230130334455.txt", {
      body: this.text2022(7),
      type: "text/plain; charset=utf-8",
    });
  }

  requestsTo(pathPart: string): SiteRequest[] {
    return this.requests.filter((r) => r.path.includes(pathPart));
  }

  private text2022(fresh: number): Uint8Array {
    return new TextEncoder().encode(
      reportText({ agency: AGENCY, year: 2022, published: "2023-01-30", values: applications(fresh) }),
    );
  }

  private put(origin: string, path: string, r: Resource): void {
    this.resources.set(`${new URL(origin).host}${path}`, r);
  }

  private page(origin: string, path: string, body: string, extra: Partial<Resource> = {}): void {
    this.put(origin, path, { body: new TextEncoder().encode(body), type: "text/html; charset=utf-8", ...extra });
  }

  private build(): void {
    const m = this.main;
    const spec = (year: number, fresh: number): ReportSpec => ({
      agency: AGENCY,
      year,
      published: `${year + 1}-01-2${year % 10}`,
      values: applications(fresh),
    });
    this.put(m, "/robots.txt", {
      body: new TextEncoder().encode("User-agent: *\nDisallow: /private/\n"),
      type: "text/plain",
    });
    const extras: string[] = [];
    for (let i = 0; i < (this.opts.extra ?? 0); i++) {
      const [dept, district] = [
        EXTRA_DEPTS[i % EXTRA_DEPTS.length],
        WENZHOU[Math.floor(i / EXTRA_DEPTS.length) % WENZHOU.length],
      ];
      const year = 2024 - Math.floor(i / (EXTRA_DEPTS.length * WENZHOU.length));
      const s: ReportSpec = {
        agency: `温州市${district}${dept}局`,
        year,
        published: `${year + 1}-01-15`,
        values: applications(i + 1),
      };
      const path = `/xxgk/ndbg/extra/t${i}.html`;
      this.page(m, path, reportPage(s));
      extras.push(listItem(path, `${s.agency}${s.year}年政府信息公开工作年度报告`, "2025-01-15"));
    }
    if (this.opts.faults === false) {
      this.page(m, "/xxgk/ndbg/index.html", html("政府信息公开年报", `<ul class="list">${extras.join("\n")}</ul>`));
      return;
    }
    this.page(
      m,
      "/xxgk/ndbg/index.html",
      html(
        "政府信息公开年报",
        `<ul class="list">
      ${listItem(
        "202501/t20250120_101.html",
        `${AGENCY}2024年政府信息公开工作年度...`,
        "2025-01-20",
        `${AGENCY}2024年政府信息公开工作年度报告`,
      )}
      ${listItem("/xxgk/ndbg/202403/t20240301_7.html", "关于做好2024年政务公开工作的通知", "2024-03-01")}
      ${listItem("./202401/t20240131_88.html", `${AGENCY}2023年政府信息公开工作年度报告`, "2024-01-31")}
      ${listItem("202401/t20240131_88.html#top", "2023年度政府信息公开年报", "2024-01-31")}
      ${extras.join("\n")}
    </ul><div class="page"><a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a ` +
          `href="index_2.html">尾页</a></div>`,
      ),
    );
    this.page(
      m,
      "/xxgk/ndbg/index_1.html",
      html(
        "政府信息公开年报",
        `<ul>
      ${listItem("old/2022.html", `${AGENCY}2022年政府信息公开工作年度报告`, "2023-01-30")}
      ${listItem("202201/t20220125_3.html", `${AGENCY}2021年政府信息公开工作年度报告`, "2022-01-25")}
      ${listItem("202101/t20210125_4.html", `${AGENCY}2020年政府信息公开工作年度报告`, "2021-01-25")}
      ${listItem("202001/t20200120_5.html", `${AGENCY}2019年政府信息公开工作年度报告`, "2020-01-20")}
    </ul><a href="index.html">上一页</a> <a href="index_2.html">下一页</a>`,
      ),
    );
    this.page(
      m,
      "/xxgk/ndbg/index_2.html",
      html(
        "政府信息公开年报",
        `<ul>
      ${listItem("/private/2018.html", `${AGENCY}2018年政府信息公开工作年度报告`, "2019-01-20")}
      ${listItem("201801/t20180120_6.html", `${AGENCY}2017年政府信息公开工作年度报告`, "2018-01-20")}
      ${listItem("201701/refresh.html", `${AGENCY}2016年政府信息公开工作年度报告`, "2017-01-20")}
      ${listItem("loop-a.html", `${AGENCY}2015年政府信息公开工作年度报告`, "2016-01-20")}
    </ul><a href="index_1.html">上一页</a> <a href="index_1.html">下一页</a>`,
      ),
    );
    // 2024: the page is the report.
    this.page(m, "/xxgk/ndbg/202501/t20250120_101.html", reportPage(spec(2024, 5)));
    // 2023: a PDF attachment with a TRS name (the seed PDF: 瓯海区人民政府办公室 2023).
    this.page(
      m,
      "/xxgk/ndbg/202401/t20240131_88.html",
      attachmentPage(
        `${AGENCY}2023年政府信息公开工作年度报告`,
        "2024-01-31",
        `<a href="./P020240131512345678.pdf">2023年年报.pdf</a>`,
      ),
    );
    this.put(m, "/xxgk/ndbg/202401/P020240131512345678.pdf", { body: readFileSync(SEED_PDF), type: "application/pdf" });
    // 2022: moved (301) to a page with a text attachment.
    this.put(m, "/xxgk/ndbg/old/2022.html", {
      body: new Uint8Array(0),
      type: "text/html",
      status: 301,
      location: "/xxgk/ndbg/202301/t20230130_2.html",
    });
    this.page(
      m,
      "/xxgk/ndbg/202301/t20230130_2.html",
      attachmentPage(
        `${AGENCY}2022年政府信息公开工作年度报告`,
        "2023-01-30",
        `<a href="P020230130334455.txt">附件下载</a>`,
      ),
    );
    this.put(m, "/xxgk/ndbg/202301/P020230130334455.txt", {
      body: this.text2022(6),
      type: "text/plain; charset=utf-8",
    });
    // 2021: gone. 2020: too slow. 2019: 500 once, then the report.
    // beyond any timeout the tests give, graces included
    this.page(m, "/xxgk/ndbg/202101/t20210125_4.html", reportPage(spec(2020, 3)), { delayMs: 10_000 });
    this.page(m, "/xxgk/ndbg/202001/t20200120_5.html", reportPage(spec(2019, 2)), { failFirst: 1 });
    // 2018: robots.txt forbids it. 2017: an attachment over the size cap. 2016: a meta refresh to the report.
    this.page(m, "/private/2018.html", reportPage(spec(2018, 1)));
    this.page(
      m,
      "/xxgk/ndbg/201801/t20180120_6.html",
      attachmentPage(
        `${AGENCY}2017年政府信息公开工作年度报告`,
        "2018-01-20",
        `<a href="P020180120000001.pdf">2017年报</a>`,
      ),
    );
    this.put(m, "/xxgk/ndbg/201801/P020180120000001.pdf", {
      body: bigPdf(this.opts.oversize ?? 300_000),
      type: "application/pdf",
      chunked: true,
    });
    this.page(
      m,
      "/xxgk/ndbg/201701/refresh.html",
      `<html><head><meta http-equiv="refresh" content="0; ` +
        `url=/xxgk/ndbg/201701/t20170120_9.html"></head><body>正在跳转</body></html>`,
    );
    this.page(m, "/xxgk/ndbg/201701/t20170120_9.html", reportPage(spec(2016, 4)));
    this.put(m, "/xxgk/ndbg/loop-a.html", {
      body: new Uint8Array(0),
      type: "text/html",
      status: 302,
      location: "/xxgk/ndbg/loop-b.html",
    });
    this.put(m, "/xxgk/ndbg/loop-b.html", {
      body: new Uint8Array(0),
      type: "text/html",
      status: 302,
      location: "/xxgk/ndbg/loop-a.html",
    });
    this.page(m, "/xxgk/ndbg/202403/t20240301_7.html", html("通知", "<p>关于做好2024年政务公开工作的通知</p>"));
    this.buildGbk();
  }

  /** The GBK site: a column declared gb2312 only inside the page, and a report page in GBK. */
  private buildGbk(): void {
    const g = this.gbk;
    const gbk = (s: string) => new Uint8Array(iconv.encode(s, "gbk"));
    const title = `${GBK_AGENCY}2023年政府信息公开工作年度报告`;
    this.put(g, "/robots.txt", { body: new Uint8Array(0), type: "text/plain", status: 404 });
    this.put(g, "/col/col1229/index.html", {
      body: gbk(
        html("年度报告", `<ul>${listItem("/art/2024/1/26/art_1229_1.html", title, "2024-01-26")}</ul>`, "", "gb2312"),
      ),
      type: "text/html",
    });
    const page = reportPage(
      { agency: GBK_AGENCY, year: 2023, published: "2024-01-26", values: applications(9) },
      "gb2312",
    );
    this.put(g, "/art/2024/1/26/art_1229_1.html", { body: gbk(page), type: "text/html" });
  }

  private listen(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.servers.push(server);
    return new Promise((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    const key = `${url.host}${url.pathname}`;
    const conditional = Boolean(req.headers["if-none-match"] || req.headers["if-modified-since"]);
    this.requests.push({
      host: url.host,
      path: url.pathname + url.search,
      at: performance.now(),
      userAgent: String(req.headers["user-agent"] ?? ""),
      conditional,
    });
    const r = this.resources.get(key);
    if (!r) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end("<h1>404 Not Found</h1>");
      return;
    }
    const hits = (this.hits.get(key) ?? 0) + 1;
    this.hits.set(key, hits);
    if (r.delayMs) await new Promise((w) => setTimeout(w, r.delayMs));
    if (res.destroyed) return;
    if (r.failFirst && hits <= r.failFirst) {
      res.writeHead(500).end("Internal Server Error");
      return;
    }
    if (r.location) {
      res.writeHead(r.status ?? 302, { location: r.location }).end();
      return;
    }
    if (r.status && r.status !== 200) {
      res.writeHead(r.status, { "content-type": r.type }).end(r.body);
      return;
    }
    const etag = `"${createHash("sha1").update(r.body).digest("hex").slice(0, 16)}"`;
    const headers = { etag, "last-modified": "Wed, 31 Jan 2024 08:00:00 GMT", "content-type": r.type };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    if (r.chunked) {
      res.writeHead(200, headers);
      for (let i = 0; i < r.body.length && !res.destroyed; i += 16_384) res.write(r.body.subarray(i, i + 16_384));
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "content-length": r.body.length }).end(r.body);
  }
}

const EXTRA_DEPTS = ["财政", "教育", "司法", "商务", "审计", "统计", "林业", "水利", "体育", "应急管理"];
const WENZHOU = [
  "鹿城区",
  "龙湾区",
  "瓯海区",
  "洞头区",
  "永嘉县",
  "平阳县",
  "苍南县",
  "文成县",
  "泰顺县",
  "瑞安市",
  "乐清市",
  "龙港市",
];

function bigPdf(size: number): Uint8Array {
  const out = new Uint8Array(size).fill(0x20);
  out.set(new TextEncoder().encode("%PDF-1.4\n"));
  return out;
}
