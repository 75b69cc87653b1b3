/** The pure readers of collect: report titles, pagination, detail pages, target CSVs. */
import { describe, expect, it } from "vitest";
import { isReportTitle, readColumnPage, titleYear } from "./column";
import { isoDate, readDetailPage } from "./detail";
import { readHtmlPage } from "./html-page";
import { parseTargetsCsv } from "./targets";

describe("report titles", () => {
  it.each([
    ["温州市瓯海区民政局2023年政府信息公开工作年度报告", true],
    ["2022年度政府信息公开工作报告", true],
    ["政府信息公开工作年度报告（2021年）", true],
    ["XX县2020年政府信息公开年报", true],
    ["关于报送2023年政府信息公开工作年度报告的通知", false],
    ["2023年政府信息公开工作年度报告图解", false],
    ["关于做好2024年政务公开工作的通知", false],
    ["2023年法治政府建设年度报告", false],
  ])("%s → %s", (title, ok) => expect(isReportTitle(title)).toBe(ok));

  it("names the year reported on", () => {
    expect(titleYear("某局2023年度政府信息公开工作年度报告")).toBe(2023);
    expect(titleYear("政府信息公开工作年度报告（2021）")).toBe(2021);
    expect(titleYear("政府信息公开工作年度报告")).toBeNull();
  });
});

describe("column pages", () => {
  const base = new URL("http://x.gov.cn/col/ndbg/index.html");
  it("finds ?page= links, 下一页 and script-written pagers, and cut-short titles", () => {
    const page = readHtmlPage(`<a href="art/1.html" title="">某区2024年政府信息公开工作年度…</a>
      <a href="index.html?page=2">2</a><a href="/other/list.html">下一页</a><a href="http://y.gov.cn/index_3.html">3</a>
      <script>createPageHTML(3, 0, "index", "html");</script>`);
    const col = readColumnPage(page, base);
    expect(col.reports.map((r) => r.url)).toEqual(["http://x.gov.cn/col/ndbg/art/1.html"]);
    expect(col.next).toEqual([
      "http://x.gov.cn/col/ndbg/index.html?page=2",
      "http://x.gov.cn/other/list.html",
      "http://x.gov.cn/col/ndbg/index_1.html",
      "http://x.gov.cn/col/ndbg/index_2.html",
    ]);
  });
});

describe("detail pages", () => {
  it("reads dates as printed", () => {
    expect(isoDate("2024年1月31日")).toBe("2024-01-31");
    expect(isoDate("2024/1/5 10:00")).toBe("2024-01-05");
    expect(isoDate("2024-13-01")).toBeNull();
  });

  it("ranks attachments PDF first, reads 发布日期 from the PubDate meta, and tells a page without a report", () => {
    const html = `<html><head><title>某局2023年政府信息公开工作年度报告</title><meta name="PubDate" content="2024-01-31 09:00"></head>
      <body><a href="/a/P020240131512345678.doc">附件1</a><a href="b.pdf">报告.pdf</a><a href="list.html">返回</a>
      <a href="down.jsp?id=9">附件下载</a></body></html>`;
    const info = readDetailPage(readHtmlPage(html), html, new URL("http://x.gov.cn/art/1.html"));
    expect(info).toMatchObject({ published: "2024-01-31", isReport: false });
    expect(info.attachments).toEqual([
      "http://x.gov.cn/art/b.pdf",
      "http://x.gov.cn/a/P020240131512345678.doc",
      "http://x.gov.cn/art/down.jsp?id=9",
    ]);
  });
});

describe("target CSV", () => {
  it("takes agency,region_code,url rows with or without a header, and refuses unknown regions", () => {
    expect(
      parseTargetsCsv("agency,region_code,url\n瓯海区民政局,330304,http://x.gov.cn/a/\n,,https://y.gov.cn/\n", "t.csv"),
    ).toEqual([
      { agency: "瓯海区民政局", regionCode: "330304", url: "http://x.gov.cn/a/" },
      { agency: undefined, regionCode: undefined, url: "https://y.gov.cn/" },
    ]);
    expect(() => parseTargetsCsv("某局,999999,http://x.gov.cn/\n", "t.csv")).toThrow(/999999/);
    expect(() => parseTargetsCsv("某局,330304,ftp://x\n", "t.csv")).toThrow(/row 1/);
  });
});
