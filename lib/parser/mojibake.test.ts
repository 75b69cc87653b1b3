import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { repairMojibake, repairMojibakeNoting } from "./mojibake";

/**
 * UTF-8 bytes read by a GBK decoder that replaces what it cannot read: a valid pair is its character, anything else
 * one U+FFFD for one byte (the decoder goes on at the next byte), as the crawl's stored pages show. A browser's decoder
 * (`iconv.decode`) reads more: 0x80 as €, the user-defined rows as private-use characters.
 */
function mangle(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const next = bytes[i + 1];
    const pair = next !== undefined && next >= 0x40 && next !== 0x7f && b >= 0x81 && b <= 0xfe;
    const ch = pair ? iconv.decode(Buffer.from([b, next]), "gbk") : "\ufffd";
    const code = ch.charCodeAt(0);
    if (pair && ch.length === 1 && code >= 0x80 && code !== 0xfffd && !(code >= 0xe000 && code <= 0xf8ff)) {
      out += ch;
      i += 2;
    } else {
      out += "\ufffd";
      i++;
    }
  }
  return out;
}

describe("repairMojibake", () => {
  it("puts back a run of UTF-8 read as GBK, template words whose bytes were dropped included", () => {
    const row =
      "三、本年度办理结果 (一)予以公开 3 1 0 0 0 0 4 (七)总计 5 1 0 0 0 0 6 " +
      "四、政府信息公开行政复议、行政诉讼情况 行政复议 结果维持 结果纠正 其他结果 尚未审结 总计 1 0 0 1 2";
    const garbled = mangle(row);
    expect(garbled).toContain("\ufffd");
    expect(repairMojibake(`附表如下:${garbled}`)).toBe(`附表如下:${row}`);
    const lenient = iconv.decode(Buffer.from(`${row} 申请人情况`, "utf8"), "gbk");
    expect(repairMojibake(lenient)).toBe(`${row} 申请人情况`);
  });

  it("names each character restored from the template's wording, with its neighbours", () => {
    const row = "三、本年度办理结果 (一)予以公开 2 0 0 0 0 0 2 (七)总计 3 0 0 0 0 0 3";
    const { text, guesses } = repairMojibakeNoting(`附表:${mangle(row)}`);
    expect(text).toBe(`附表:${row}`);
    expect(guesses.length).toBeGreaterThan(0);
    for (const g of guesses) expect(row).toContain(g.slice(2, -1));
    expect(repairMojibakeNoting("本局全年收到申请5件\ufffd。").guesses).toEqual([]);
  });

  it("leaves a dropped byte the template cannot decide as U+FFFD, and ordinary text as it is", () => {
    // 召开, 专题 and 会议 each lost a byte; none is a word of the template, so none is guessed.
    const fixed = repairMojibake(mangle("我局召开专题会议研究部署信息公开工作"));
    expect(fixed).toBe("我局\ufffd专\ufffd会\ufffd研究部署信息公开工作");
    const plain = "本局全年收到申请5件\ufffd,其中\ufffd自然人4件\ufffd。";
    expect(repairMojibake(plain)).toBe(plain);
    expect(repairMojibake("一、总体情况 2023年,本局…")).toBe("一、总体情况 2023年,本局…");
  });
});

describe("a 2023 page whose tables were pasted in as mojibake", () => {
  const header =
    "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
    "一、本年新收政府信息公开申请数量 6 2 0 0 0 1 9 二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1 " +
    "三、本年度办理结果 (一)予以公开 3 1 0 0 0 0 4 (二)部分公开(区分处理的,只计这一情形,不计其他情形) 1 0 0 0 0 0 1 " +
    "(三)不予公开 1.属于国家秘密 0 0 0 0 0 0 0 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0 " +
    "3.危及“三安全一稳定” 0 0 0 0 0 0 0 4.保护第三方合法权益 0 0 0 0 0 1 1 5.属于三类内部事务信息 0 0 0 0 0 0 0 " +
    "6.属于四类过程性信息 0 0 0 0 0 0 0 7.属于行政执法案卷 0 0 0 0 0 0 0 8.属于行政查询事项 0 0 0 0 0 0 0 " +
    "(四)无法提供 1.本机关不掌握相关政府信息 2 0 0 0 0 0 2 2.没有现成信息需要另行制作 0 0 0 0 0 0 0 " +
    "3.补正后申请内容仍不明确 0 0 0 0 0 0 0 (五)不予处理 1.信访举报投诉类申请 0 0 0 0 0 0 0 2.重复申请 0 0 0 0 0 0 0 " +
    "3.要求提供公开出版物 0 0 0 0 0 0 0 4.无正当理由大量反复申请 0 0 0 0 0 0 0 " +
    "5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0 (六)其他处理 " +
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1 " +
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0 3.其他 0 0 0 0 0 0 0 " +
    "(七)总计 7 1 0 0 0 1 9 四、结转下年度继续办理 0 1 0 0 0 0 1 " +
    "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 " +
    "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 " +
    "1 0 0 1 2 0 0 0 0 0 1 0 0 0 1";
  const page = [
    "标题: 平潭综合实验区某管理站2023年政府信息公开工作年度报告",
    "==================== 正文 ====================",
    "某管理站2023年政府信息公开工作年度报告 一、总体情况 本年度共受理政府信息公开申请9件。" +
      `三、收到和处理政府信息公开申请情况 ${mangle(header)}`,
    "五、存在的主要问题及改进情况 无。",
  ].join("\n");

  it("reads §三 and §四 from the restored text, and says the text was restored", () => {
    const r = parseText(page).value!;
    expect(r.values["apps.new.total"]).toBe(9);
    expect(r.values["apps.new.natural_person"]).toBe(6);
    expect(r.values["outcome.granted.total"]).toBe(4);
    expect(r.values["outcome.total.total"]).toBe(9);
    expect(r.values["apps.carried_forward.total"]).toBe(1);
    expect(r.values["review.total"]).toBe(2);
    expect(r.values["litigation_after_review.total"]).toBe(1);
    expect(r.findings.some((f) => f.rule === "P0" && f.message.includes("乱码"))).toBe(true);
  });
});
