import { describe, expect, it } from "vitest";
import { collapseWhitespace, htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("turns each <tr> into one line of ' | '-joined cells, keeping empty cells", () => {
    const html =
      "<table><tr><th>项目</th><th>自然人</th><th>总计</th></tr>" +
      "<tr><td>一、本年新收</td><td>&nbsp;</td><td> 3 </td></tr></table>";
    expect(htmlToText(html)).toBe("项目 | 自然人 | 总计\n一、本年新收 |  | 3");
  });

  it("emits a colspan cell once and rowspan cells nowhere else", () => {
    const html =
      "<table><tr><td colspan='3'>第二十条第(一)项</td></tr>" +
      "<tr><td rowspan='2'>(三)不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>" +
      "<tr><td>2.其他法律行政法规禁止公开</td><td>4</td></tr></table>";
    expect(htmlToText(html).split("\n")).toEqual([
      "第二十条第(一)项",
      "(三)不予公开 | 1.属于国家秘密 | 0",
      "2.其他法律行政法规禁止公开 | 4",
    ]);
  });

  it("makes <br> and paragraphs inside a cell into spaces", () => {
    const html = "<table><tr><td>商业<br>企业</td><td><p>科研</p><p>机构</p></td></tr></table>";
    expect(htmlToText(html)).toBe("商业 企业 | 科研 机构");
  });

  it("drops script and style, decodes entities, and puts blocks on their own lines", () => {
    const html =
      "<html><head><style>p{color:red}</style><script>var a = '<p>x</p>';</script></head>" +
      "<body><h1>年度报告</h1><p>A &amp; B&nbsp;&lt;C&gt;</p><div>一<br>二</div>尾</body></html>";
    expect(htmlToText(html)).toBe("年度报告\nA & B <C>\n一\n二\n尾");
  });

  it("closes unclosed cells, rows and tables", () => {
    expect(htmlToText("<table><tr><td>a<td>b<tr><td>c")).toBe("a | b\nc");
  });

  it("flattens a nested table into the outer cell", () => {
    const html = "<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td><td>9</td></tr></table>";
    expect(htmlToText(html)).toBe("外 内1 内2 | 9");
  });

  it("survives very deep nesting without recursion", () => {
    const deep = `${"<div>".repeat(200_000)}深${"</div>".repeat(200_000)}`;
    expect(htmlToText(deep)).toBe("深");
  });
});

describe("collapseWhitespace", () => {
  it("joins CJK text broken across source lines but keeps spaces elsewhere", () => {
    expect(collapseWhitespace("中华人民共和\n  国 政府\n2023 年")).toBe("中华人民共和国 政府 2023 年");
  });

  it("reads a revision's inserted figures, not its deleted ones (<del>7</del><ins>8</ins>)", () => {
    const rows = [
      [
        "<td>一、本年新收</td><td><del>6</del><ins>7</ins></td><td>0</td><td><del>7</del><ins>8</ins></td>",
        "一、本年新收 | 7 | 0 | 8",
      ],
      [
        "<td>（一）予以公开</td><td><ins cite='mailto:x' datetime='2023-01-18T10:00'>12</ins>" +
          "<del cite='mailto:x' datetime='2023-01-18T10:00'>11</del></td><td>0</td>",
        "（一）予以公开 | 12 | 0",
      ],
      ["<td>总计</td><td><DEL><span>3</span></DEL><INS><b>30</b></INS></td><td><del>0</del></td>", "总计 | 30"],
    ];
    for (const [cells, want] of rows) expect(htmlToText(`<table><tr>${cells}</tr></table>`)).toBe(want);
    expect(htmlToText("<p>新收申请<del>7</del><ins>8</ins>件。</p>")).toBe("新收申请8件。");
  });
});

describe("htmlToText: text hidden inline is not on the page", () => {
  it("drops Word's hidden last-year figures beside this year's (display:none;mso-hide:all)", () => {
    const html =
      "<table><tr><td>受理依申请公开信息总数</td><td>条</td><td><span>1</span>" +
      "<span style='display:none;mso-hide:all'>0</span></td></tr>" +
      "<tr><td>同意公开答复数</td><td>条</td><td><span>12</span><span style='DISPLAY: none'>7</span></td></tr></table>";
    expect(htmlToText(html).split("\n")).toEqual(["受理依申请公开信息总数 | 条 | 1", "同意公开答复数 | 条 | 12"]);
  });

  it("drops visibility:hidden, mso-hide:all alone and the hidden attribute, nested tags included", () => {
    const html =
      '<p>本年度受理申请<span style="visibility: hidden">3</span>5件</p>' +
      "<p>同意公开<font style='mso-hide:all'><b>8</b>件,</font>4件</p>" +
      "<div hidden><div>旧表</div>9</div><p>否决0件</p>";
    expect(htmlToText(html).split("\n")).toEqual(["本年度受理申请5件", "同意公开4件", "否决0件"]);
  });

  it("ends a hidden inline element left open where the next cell or row opens (end tags omitted)", () => {
    const html =
      "<table><tr><td>收到申请数<td><span style='display:none'>19<td>3<tr><td>答复数<td>3</table>" +
      "<table><tr><th>诉讼<th><font style='visibility:hidden'>7<th>2</table>";
    expect(htmlToText(html)).toBe("收到申请数 |  | 3\n答复数 | 3\n诉讼 |  | 2");
  });

  it("ends a hidden cell or row left open where the next cell or row opens, or its row or table ends", () => {
    const pages: [string, string][] = [
      [
        // Word's last-year column kept hidden, </td> omitted.
        "<table><tr><td width=180>一、本年新收<td width=54 style='width:40.5pt;display:none;mso-hide:all'>19" +
          "<td width=54>3<td>0<td>3<tr><td>二、上年结转<td style='display:none'>2<td>1<td>0<td>1</table>",
        "一、本年新收 |  | 3 | 0 | 3\n二、上年结转 |  | 1 | 0 | 1",
      ],
      [
        // A hidden cell last in its row, the next row's cells after it.
        "<TABLE><TR><TD>行政复议<TD>1<TD STYLE='DISPLAY: none'>6<TR><TD>行政诉讼<TD>2<TD>0</TABLE>",
        "行政复议 | 1\n行政诉讼 | 2 | 0",
      ],
      [
        // Header cells hidden by the attribute; a hidden cell whose row ends before its own end tag.
        "<table><tr><th>项目<th hidden>2021年<th>2022年<tr><td>受理申请<td hidden>5</tr><tr><td>答复<td>8</tr></table>",
        "项目 |  | 2022年\n受理申请\n答复 | 8",
      ],
      [
        // A hidden row left open: the next row is on the page.
        "<table><tr style='display:none'><td>上年度<td>9<td>4<tr><td>本年度<td>7<td>2</table>",
        "本年度 | 7 | 2",
      ],
      [
        // A hidden cell holding a table: the inner cells are its own, its own end tag ends it.
        "<table><tr><td>总计<td style='visibility:hidden'><table><tr><td>11<td>12</table>" +
          "</td><td>13</td></tr></table>",
        "总计 |  | 13",
      ],
      [
        // A hidden block holding a whole table: hidden to its own end tag, as before.
        "<div style='display:none'><table><tr><td>旧表<td>1</table></div><table><tr><td>新表<td>2</table>",
        "新表 | 2",
      ],
    ];
    for (const [html, text] of pages) expect(htmlToText(html), html).toBe(text);
  });

  it("reads a text field's value as the cell's text (a form published read-only), not a hidden field's", () => {
    const html =
      "<table><tr><td>受理申请数</td><td>条</td><td><input class=ipt type='text' name=r4c1 value='12' readonly></td>" +
      '<td><input value="30" readonly/></td></tr><tr><td>行政复议数</td><td><INPUT TYPE=TEXT VALUE=2></td>' +
      "<td><input type=hidden value=9><input type=submit value=提交></td></tr></table>";
    expect(htmlToText(html).split("\n")).toEqual(["受理申请数 | 条 | 12 | 30", "行政复议数 | 2"]);
  });

  it("keeps what a hidden void element or another attribute's words do not hide", () => {
    const html =
      "<p>申请<input type=hidden value=9><br style='display:none'>6件</p>" +
      "<p title='display:none'>行政复议1件</p><table><tr><td><span style='display:none'>2</td><td>3</td></tr></table>";
    expect(htmlToText(html).split("\n")).toEqual(["申请", "6件", "行政复议1件", " | 3"]);
  });
});

describe("htmlToText: a form saved as a page (figures in <input value> and <textarea>)", () => {
  it("reads a readonly text input's value as its cell (quoted, unquoted, self-closing, upper case)", () => {
    const html =
      "<form><table><tr><td>主动公开信息数</td><td>条</td>" +
      '<td><input class="ipt" type="text" name="r1c1" value="33" readonly></td>' +
      "<td><input type=text name=r1c2 value=59 readonly></td></tr>" +
      "<tr><td>受理依申请公开信息总数</td><td>条</td><td><INPUT TYPE='TEXT' VALUE='4' READONLY/></td>" +
      '<td><input value="12.6" disabled="disabled" /></td></tr></table></form>';
    expect(htmlToText(html).split("\n")).toEqual([
      "主动公开信息数 | 条 | 33 | 59",
      "受理依申请公开信息总数 | 条 | 4 | 12.6",
    ]);
  });

  it("reads number inputs and textareas, an empty input as an empty cell", () => {
    const html =
      "<table><tr><td>一、本年新收政府信息公开申请数量</td><td><input type='number' value='7'></td>" +
      "<td><input type=text value=''></td><td><textarea name='c3' readonly>2</textarea></td>" +
      '<td><input type="text" class="nb-num nb-sum" value="9" readonly></td></tr></table>';
    expect(htmlToText(html)).toBe("一、本年新收政府信息公开申请数量 | 7 |  | 2 | 9");
  });

  it("does not read inputs a reader never sees as a figure (hidden, checkbox, radio, buttons, hidden by style)", () => {
    const html =
      "<table><tr><td>行政复议</td><td><input type=hidden name=id value=9031>" +
      "<input type='checkbox' value='1' checked><input type=radio value=2>" +
      "<input type=submit value=保存><input type=button value=0><input style='display:none' value=5>" +
      "<input type=text value=1 readonly></td><td><input type=text value=&#48; readonly></td></tr></table>";
    expect(htmlToText(html)).toBe("行政复议 | 1 | 0");
  });

  it("keeps two inputs in one cell apart, and an input in a sentence", () => {
    const html =
      "<table><tr><td>申请</td><td><input value=1><input value=2></td></tr></table>" +
      "<p>本年度收到申请<input type=text value=6 readonly>件。</p>";
    expect(htmlToText(html).split("\n")).toEqual(["申请 | 1 2", "本年度收到申请 6 件。"]);
  });
});
