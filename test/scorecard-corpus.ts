/**
 * A small real corpus for the scorecard's DB tests: 2021-template reports of agencies in 温州市 written from chosen
 * figures, dates and narratives, loaded through the real parser and ingest. Each agency stands for one case:
 *   瓯海区民政局 — on time, complete, chained (2021–2023): the model report
 *   鹿城区民政局 — a department published on 3月10日 (late: 1月31日), 上年结转 not last year's 结转下年度 (R5)
 *   瓯海区人民政府 — a government published on 3月10日 (on time: 3月31日); reviews corrected, nothing refused
 *   龙湾区民政局 — reported 2021 and 2022, nothing in 2023 (missing)
 *   永嘉县民政局 — 200 applications in 2022, 5 in 2023 while its peers grew (implausible drop)
 *   瓯海区财政局 / 鹿城区财政局 — the same narrative in 2023 with their own names (near-duplicates of each other),
 *     瓯海区财政局 with a blank required cell (incomplete)
 *   永嘉县财政局 — its 2023 narrative is its 2022 one with the numbers changed (a near-duplicate of itself)
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, freshDb, reportText, tempDir, type ReportSpec } from "@/test/helpers/ingest";

const SHARED = [
  "(一)深化重点领域信息公开。围绕乡村振兴、社会救助和养老服务等群众关切的事项,逐项梳理公开清单,全年在门户网站专栏更新救助标准、资金发放和审批结果信息,做到应公开尽公开。",
  "(二)规范依申请公开办理。修订依申请公开工作规程,明确登记、审核、答复各环节的时限和责任人,对涉及第三方权益的申请依法书面征求意见,全部申请均在法定期限内答复。",
  "(三)加强政策解读与回应。坚持政策文件与解读材料同步起草、同步审签、同步发布,采用图解、问答等形式解读低保、特困供养政策调整,及时回应网民留言关切。",
  "(四)夯实公开平台建设。对门户网站栏目进行全面梳理,清理过期链接和空白栏目,完善信息发布审核流程,确保发布内容准确规范。",
];

const OWN_2022 = [
  "2022年,□围绕财政预决算公开这一重点,全年公开部门预算、决算和“三公”经费情况共计36项,预算执行情况按季度向社会发布,并在专栏中增设财政资金直达基层的项目清单与资金去向说明。",
  "依申请公开方面,全年受理申请12件,其中涉及政府采购合同的8件,均按《条例》规定在二十个工作日内答复;另对两件涉及商业秘密的申请依法征求第三方意见后作出部分公开决定。",
  "下一步将探索财政数据开放,按月公布国库收支数据,并配合审计整改情况公开,接受社会监督。",
];

function withNarrative(spec: ReportSpec, paragraphs: string[]): string {
  const text = reportText(spec);
  const [title, ...rest] = text.split("\n");
  return [title, ...paragraphs, ...rest].join("\n");
}

function reports(): Record<string, string> {
  const own = (name: string, paragraphs: string[]) => paragraphs.map((p) => p.replaceAll("□", name));
  return {
    "ouhai-mz-2021.txt": reportText({
      agency: "温州市瓯海区民政局",
      year: 2021,
      published: "2022-01-15",
      values: applications(30, 0, 5),
    }),
    "ouhai-mz-2022.txt": reportText({
      agency: "温州市瓯海区民政局",
      year: 2022,
      published: "2023-01-18",
      values: applications(40, 5, 6),
    }),
    "ouhai-mz-2023.txt": reportText({
      agency: "温州市瓯海区民政局",
      year: 2023,
      published: "2024-01-20",
      values: applications(50, 6, 0),
    }),
    "lucheng-mz-2022.txt": reportText({
      agency: "温州市鹿城区民政局",
      year: 2022,
      published: "2023-01-10",
      values: applications(40, 0, 3),
    }),
    "lucheng-mz-2023.txt": reportText({
      agency: "温州市鹿城区民政局",
      year: 2023,
      published: "2024-03-10",
      values: applications(45, 9, 0),
    }),
    "ouhai-gov-2022.txt": reportText({
      agency: "温州市瓯海区人民政府",
      year: 2022,
      published: "2023-03-01",
      values: applications(100),
    }),
    "ouhai-gov-2023.txt": reportText({
      agency: "温州市瓯海区人民政府",
      year: 2023,
      published: "2024-03-10",
      values: { ...applications(120), "review.corrected": 1, "review.total": 1 },
    }),
    "longwan-mz-2021.txt": reportText({
      agency: "温州市龙湾区民政局",
      year: 2021,
      published: "2022-01-11",
      values: applications(10),
    }),
    "longwan-mz-2022.txt": reportText({
      agency: "温州市龙湾区民政局",
      year: 2022,
      published: "2023-01-11",
      values: applications(12),
    }),
    "yongjia-mz-2022.txt": reportText({
      agency: "永嘉县民政局",
      year: 2022,
      published: "2023-01-12",
      values: applications(200),
    }),
    "yongjia-mz-2023.txt": reportText({
      agency: "永嘉县民政局",
      year: 2023,
      published: "2024-01-12",
      values: applications(5),
    }),
    "ouhai-cz-2023.txt": withNarrative(
      {
        agency: "温州市瓯海区财政局",
        year: 2023,
        published: "2024-01-25",
        values: { ...applications(8), "apps.new.commercial": null },
      },
      own("瓯海区财政局", SHARED),
    ),
    "lucheng-cz-2023.txt": withNarrative(
      { agency: "温州市鹿城区财政局", year: 2023, published: "2024-01-26", values: applications(9) },
      own("鹿城区财政局", SHARED),
    ),
    "yongjia-cz-2022.txt": withNarrative(
      { agency: "永嘉县财政局", year: 2022, published: "2023-01-20", values: applications(12) },
      own("永嘉县财政局", OWN_2022),
    ),
    "yongjia-cz-2023.txt": withNarrative(
      { agency: "永嘉县财政局", year: 2023, published: "2024-01-22", values: applications(14) },
      own("永嘉县财政局", OWN_2022).map((p) =>
        p.replaceAll("2022", "2023").replace("36项", "41项").replace("12件", "14件").replace("8件", "9件"),
      ),
    ),
  };
}

export const SCORECARD_AGENCIES = {
  model: "温州市瓯海区民政局",
  late: "温州市鹿城区民政局",
  government: "温州市瓯海区人民政府",
  missing: "温州市龙湾区民政局",
  drop: "永嘉县民政局",
  twinA: "温州市瓯海区财政局",
  twinB: "温州市鹿城区财政局",
  selfCopy: "永嘉县财政局",
} as const;

/** A fresh libSQL file with the corpus ingested; DATABASE_URL points at it (getDb() follows the URL). */
export async function loadScorecardCorpus(): Promise<{ client: Client; url: string }> {
  const dir = tempDir("nianbao-scorecard-");
  const files = Object.entries(reports()).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  const { client, url } = await freshDb(dir);
  const summary = await ingestPaths(files, { client, workers: 0 });
  if (summary.failed > 0) throw new Error(`scorecard corpus: ${JSON.stringify(summary.failures)}`);
  process.env.DATABASE_URL = url;
  return { client, url };
}
