/** How the scorecard judges: the indicators, the legal deadlines with their source, and the thresholds. */
import { BOILERPLATE_SHARE, MIN_NARRATIVE_CHARS } from "@/lib/scorecard/narrative";
import { TWIN_SIMILARITY } from "@/lib/scorecard/marks";
import { DROP_MIN_BASE, DROP_TO, MIN_PEERS, ZERO_YEARS } from "@/lib/scorecard/plausible";
import { WEIGHT_STEP } from "@/lib/scorecard/score";
import { DEADLINE_RULES } from "@/lib/template/deadlines";

export function MethodNote({ threshold }: { threshold: number | null }) {
  return (
    <details className="card text-sm" data-testid="scorecard-method">
      <summary className="cursor-pointer font-semibold">评分口径与依据</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
        <li>
          <b>发布/缺报</b>
          {"：应发布而过了法定期限仍没有现行报告的机关为缺报（与“数据质量”页“按时发布与缺报”的未发布口径相同）：" +
            "此前年度发布过报告的机关，以及采集名单（"}
          <code>npm run collect</code>
          {" 的 CSV）列出、从未发布任何报告的机关。缺报计 0 分，与其他缺报机关并列排在末位；" +
            "从未发布的标为“名单所列，从未发布”。"}
        </li>
        <li>
          <b>按时发布</b>
          {"：以报告自身注明的发布日期为准，没有时用采集网页注明的发布日期，再没有时用本系统首次发现该报告的日期；" +
            "都没有的不计分。法定期限："}
          <ul className="mt-1 list-[circle] space-y-1 pl-5 text-xs text-slate-600">
            {DEADLINE_RULES.map((r) => (
              <li key={r.source}>
                {r.years[0]}
                {r.years[1] > 3000 ? "年起" : `–${r.years[1]}年`}的报告，{r.applies}：次年{r.month}月{r.day}日前。
                {r.source}
                {r.note ? `（${r.note}）` : ""}
              </li>
            ))}
          </ul>
        </li>
        <li>
          <b>表格完整</b>：模板要求的单元格中有数值的比例（留空或缺少的都算缺）。
        </li>
        <li>
          <b>数据勾稽</b>：表内勾稽与格式规则（R1–R4、R6，旧模板 L1–L5）没有“错误”级问题。
        </li>
        <li>
          <b>年度衔接</b>：本年“上年结转”与上年报告“结转下年度”一致（R5）；无上年报告或无结转数据的不计分。
        </li>
        <li>
          <b>表述原创</b>：正文（不含表格）去掉数字、本机关及所在地区名称，再去掉超过 {BOILERPLATE_SHARE * 100}%
          的当年报告共有的通用句子， 以 5 字片段的 MinHash 估计相似度；与其他机关同年报告或本机关上年报告相似度 ≥{" "}
          {TWIN_SIMILARITY * 100}% 的记为雷同，并给出对照报告。 剩余文字不足 {MIN_NARRATIVE_CHARS}{" "}
          字的不计分。两份雷同报告都会被标出，无法判断谁抄了谁。
        </li>
        <li>
          <b>数据合理</b>：申请量较上年降 {Math.round((1 - DROP_TO) * 100)}% 以上（上年至少 {DROP_MIN_BASE}{" "}
          件）而同级机关中位数没有大幅下降； 连续 {ZERO_YEARS}{" "}
          年统计表全为零而同级多数机关有申请；复议、诉讼被纠错却没有任何不予公开类答复。
          同级＝同一省份、同一层级的其他机关（国家级机关互为同级），与所选地区无关；少于 {MIN_PEERS} 家时不作同级比较。
        </li>
        <li>
          <b>名次稳定性</b>：把任一权重单独调高或调低 {WEIGHT_STEP} 分后重新排名，取名次的最大变动；
          {threshold === null ? "变动超过阈值的" : `变动超过 ${threshold} 位（max(3, 排名机构数的 5%)）的`}
          记为“敏感”——这些机构的名次取决于权重的取舍。
        </li>
      </ul>
    </details>
  );
}
