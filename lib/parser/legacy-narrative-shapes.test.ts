/**
 * Legacy (2008–2018) sentences in a clerk's own shapes: the rest granted 均予公开 after a refusal set apart, none
 * said of the applications as a situation that did not arise, suits said as 没有起诉, a list of cases then 为零 for
 * a 社区, answers told by what was asked for before their count, and an area's or a bureau-with-units' counts
 * before the agency's own. Fixture text is hand-written.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (lines: string[], year = 2012) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(lines.join("\n")).split("\n"), () => false, true, year).map((f) => [
      f.key,
      f.value,
    ]),
  );

describe("readNarrativeCounts: the answers in a clerk's shapes", () => {
  it("reads 除N件…不予公开外,其余均予公开 as the rest granted", () => {
    const got = read([
      "二、依申请公开 本年度受理群众申请5件。经审查，除2件涉及第三方商业秘密而不予公开外，其余均予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.denied.total": 2, "outcome.granted.total": 3, "outcome.partial.total": 0 });
  });

  it("reads answers told by what was asked for, then the count (申请公开…的3件,已全部公开)", () => {
    const got = read([
      "三、依申请公开情况 2012年我局共受理政府信息公开申请5件。其中，申请公开道路改造预算的3件，已全部公开；" +
        "要求公开施工合同的2件，因含有企业报价，经征求意见后均部分公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 3, "outcome.partial.total": 2 });
  });
});

describe("readNarrativeCounts: none said in passing", () => {
  it("reads the applications' situation 尚未出现 and 没有居民…申请公开信息 as none", () => {
    expect(read(["一、依申请公开 居民申请公开政府信息的情况今年尚未出现，来电咨询20余次。"])["apps.new.total"]).toBe(0);
    expect(read(["全年没有村民书面申请公开信息，村民到便民服务站咨询约80人次。"])["apps.new.total"]).toBe(0);
  });

  it("reads 也没有起诉 and a 社区's 为零 after the kinds listed", () => {
    const sued = read(["四、复议诉讼 对答复结果，申请人未申请行政复议，也没有起诉。"]);
    expect(sued).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const zero = read(["因信息公开引起的行政复议、行政诉讼，本社区为零。"]);
    expect(zero).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const after = read(["五、复议诉讼 因政府信息公开提起行政诉讼的，本年度也没有发生。"]);
    expect(after["litigation.total"]).toBe(0);
    // A count of another subject's complaints is no none of suits.
    expect(read(["五、其他 本年度没有接到申诉。"])["litigation.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a wider count before the agency's own", () => {
  it("leaves out the area's answers and reads the agency's own applications after them", () => {
    const got = read([
      "2012年度，2012年全县共受理政府信息公开申请60件，同意公开41件；我局受理申请4件，同意公开2件，同意部分公开1件，" +
        "不予公开1件。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 4,
      "outcome.granted.total": 2,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
  });

  it("reads the bureau's own part told second (其中下属单位受理N件,局机关受理M件)", () => {
    const got = read([
      "三、依申请公开 局机关及下属单位共受理政府信息公开申请11件，其中下属单位受理4件，局机关受理7件；" +
        "局机关同意公开5件，不予公开2件。",
    ]);
    expect(got["apps.new.total"]).toBe(7);
  });

  it("reads the disclosure part of an agency's caseload counted after 其中", () => {
    const got = read([
      "五、复议诉讼情况 本局办理行政复议案件17件、行政应诉案件6件，其中涉及政府信息公开的行政复议2件、行政诉讼0件。",
    ]);
    expect(got).toMatchObject({ "review.total": 2, "litigation.total": 0 });
  });
});

describe("readNarrativeCounts: cases named, then how many in the part after", () => {
  it("reads 被起诉的,没有 / 提起行政诉讼的,同样没有 / 复议的0件 / 打官司", () => {
    expect(read(["四、复议诉讼 因信息公开被起诉的，没有。"])["litigation.total"]).toBe(0);
    const same = read(["五、复议和诉讼情况 因政府信息公开申请行政复议的，本年度无；提起行政诉讼的，同样没有。"]);
    expect(same).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    expect(read(["五、复议诉讼 因政府信息公开申请行政复议的0件。"])["review.total"]).toBe(0);
    const plain = read(["四、复议诉讼 今年没有村民因信息公开问题申请复议或打官司。"]);
    expect(plain).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });

  it("reads a count led by the year (…的行政复议案件,2016年有3件) and the agency named by its kind as its own", () => {
    const got = read(
      [
        "五、复议诉讼情况 被申请人为本办事处、因政府信息公开引起的行政复议案件，2016年有3件，均被维持。" +
          "以街道为被告、因政府信息公开引起的行政诉讼案件有1件，尚在审理。",
      ],
      2016,
    );
    expect(got).toMatchObject({ "review.total": 3, "litigation.total": 1 });
  });

  it("reads one list of the applications and the cases ending 均为零 as none of each", () => {
    const got = read([
      "三、依申请公开及复议诉讼情况 2012年度，本乡受理政府信息公开申请、被申请行政复议、被提起行政诉讼以及" +
        "收到行政申诉的数量，均为零。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 0,
      "review.total": 0,
      "litigation.total": 0,
      "legacy.complaints": 0,
    });
    // The applications named as the cases' cause are no kind of the list.
    const cause = read(["五、复议诉讼 因政府信息公开申请引起的行政复议、行政诉讼，本年度均为零。"]);
    expect(cause["apps.new.total"]).toBeUndefined();
  });

  it("reads a school's 因学校信息公开引起的复议、诉讼,本年度没有", () => {
    const got = read(["四、投诉、复议、诉讼情况 因学校信息公开引起的行政复议、行政诉讼，本年度没有。"]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });
});

describe("readNarrativeCounts: answers told one by one after what was asked", () => {
  it("reads N件里有M件…均予公开;剩下K件…不予公开", () => {
    const got = read([
      "三、依申请公开 全年受理申请5件。5件里有4件属于我局职责且可以公开，均予公开；剩下1件涉及国家秘密，依法不予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 4, "outcome.denied.total": 1, "outcome.partial.total": 0 });
  });

  it("reads 其中:申请公开X1件,学校同意公开;…1件,…未予公开", () => {
    const got = read([
      "三、依申请公开情况 本年度学校收到家长提出的信息公开申请3件，其中：申请公开校服采购合同1件，学校同意公开；" +
        "申请公开奖学金评定名单1件，学校同意公开；申请公开某教师的考评材料1件，涉及个人信息，学校未予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 2, "outcome.denied.total": 1, "outcome.partial.total": 0 });
  });
});

describe("readNarrativeCounts: the count after its noun, the year between", () => {
  it("reads 申请全年一共是两件…都给予了公开 and 申请全年共1件", () => {
    const got = read(["二、依申请公开 村里收到的信息公开申请全年一共是两件，都是问低保名单的，镇里都给予了公开。"]);
    expect(got).toMatchObject({ "apps.new.total": 2, "outcome.granted.total": 2 });
    const one = read(["三、依申请公开 向本局提出的政府信息公开申请全年共1件，申请人当面提交，本局同意公开。"]);
    expect(one).toMatchObject({ "apps.new.total": 1, "outcome.granted.total": 1 });
  });

  it("reads 上述答复对应受理的申请总数为N件", () => {
    const got = read(["三、依申请公开 本年度答复申请人：同意公开3件；不予公开1件。上述答复对应受理的申请总数为4件。"]);
    expect(got["apps.new.total"]).toBe(4);
  });

  it("reads 受理的申请仅1件 and 其中无涉及政府信息公开的申诉、举报", () => {
    expect(read(["三、依申请公开 本年度我站受理的申请仅1件，系某企业申请公开检测报告。"])["apps.new.total"]).toBe(1);
    const none = read(["五、复议诉讼 全年受理信访事项31件，均已办结，其中无涉及政府信息公开的申诉、举报。"]);
    expect(none["legacy.complaints"]).toBe(0);
  });
});
