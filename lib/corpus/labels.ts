/**
 * The templates' printed labels and the canonical keys they carry, in the shape the generator prints them:
 * the 2021/2019 rows come from lib/template/modern.ts; the legacy rows below follow seed 001.
 */
import {
  APPLICANTS as TEMPLATE_APPLICANTS,
  DERIVED_GROUPS,
  REVIEW_GROUPS as TEMPLATE_REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTION3,
  printedLabel,
  type ModernFamily,
} from "@/lib/template/modern";

export const APPLICANTS = TEMPLATE_APPLICANTS.filter((a) => a.key !== "total").map((a) => a.key);
export type Applicant = (typeof APPLICANTS)[number];

/** An outcome leaf: the row key, the group label printed in the row's first cell (when it opens a group), the row label. */
export interface OutcomeLeaf {
  key: string;
  group: string | null;
  label: string;
}

const OUTSIDE_RESULTS = new Set(["apps.new", "apps.carried_over", "results", "outcome.total", "apps.carried_forward"]);

/** The outcome rows of a family (lib/template/modern.ts), each with the group label it opens, if any. */
function outcomeLeaves(family: ModernFamily): OutcomeLeaf[] {
  const rows = SECTION3[family];
  const leaves: OutcomeLeaf[] = [];
  let pending: string | null = printedLabel(rows.find((r) => r.key === "results")!);
  for (const row of rows) {
    if (OUTSIDE_RESULTS.has(row.key)) continue;
    if (row.group) {
      pending = printedLabel(row);
      continue;
    }
    leaves.push({ key: row.key, group: pending, label: printedLabel(row) });
    pending = null;
  }
  return leaves;
}

export const OUTCOME_LEAVES_2021: OutcomeLeaf[] = outcomeLeaves("2021");
export const OUTCOME_LEAVES_2019: OutcomeLeaf[] = outcomeLeaves("2019");

/** Derived group rows: their keys and the prefixes of the leaves they sum. */
export const OUTCOME_GROUPS = DERIVED_GROUPS;

const labelOf = (key: string) => printedLabel(SECTION3["2021"].find((r) => r.key === key)!);
export const APPS_NEW_LABEL = labelOf("apps.new");
export const APPS_CARRIED_OVER_LABEL = labelOf("apps.carried_over");
export const OUTCOME_TOTAL_LABEL = labelOf("outcome.total");
export const CARRIED_FORWARD_LABEL = labelOf("apps.carried_forward");

export const REVIEW_GROUPS = TEMPLATE_REVIEW_GROUPS.map((g) => g.key);
export const REVIEW_PARTS = REVIEW_RESULTS.map((r) => r.key);

/**
 * Legacy 统计表 rows (seed 001): label, unit, key (null: the row prints no figure, e.g. 三、依申请公开情况).
 * Keys are the parser's names for these rows (lib/template/legacy.ts), so truth and parser compare.
 */
export const LEGACY_ROWS: [string, string, string | null][] = [
  ["一、主动公开情况", "——", "legacy.active.heading"],
  ["(一)主动公开政府信息数", "条", "legacy.active.total"],
  ["其中:主动公开规范性文件数", "条", "legacy.active.normative_docs"],
  ["制发规范性文件总数", "件", "legacy.active.normative_docs_issued"],
  ["(二)通过不同渠道和方式公开政府信息的情况", "——", "legacy.active.by_channel"],
  ["1.政府公报公开政府信息数", "条", "legacy.active.gazette"],
  ["2.政府网站公开政府信息数", "条", "legacy.active.website"],
  ["3.政务微博公开政府信息数", "条", "legacy.active.weibo"],
  ["4.政务微信公开政府信息数", "条", "legacy.active.wechat"],
  ["5.其他方式公开政府信息数", "条", "legacy.active.other_channels"],
  ["二、回应解读情况", "——", null],
  ["(一)回应公众关注热点或重大舆情数", "次", "legacy.response.hot_topics"],
  ["(二)通过不同渠道和方式回应解读的情况", "——", "legacy.response.by_channel"],
  ["1.参加或举办新闻发布会总次数", "次", "legacy.response.press_conferences"],
  ["其中:主要负责同志参加新闻发布会次数", "次", "legacy.response.press_conferences_leaders"],
  ["2.政府网站在线访谈次数", "次", "legacy.response.online_interviews"],
  ["其中:主要负责同志参加政府网站在线访谈次数", "次", "legacy.response.online_interviews_leaders"],
  ["3.政策解读稿件发布数", "篇", "legacy.response.interpretations"],
  ["4.微博微信回应事件数", "次", "legacy.response.social_media"],
  ["5.其他方式回应事件数", "次", "legacy.response.other_channels"],
  ["三、依申请公开情况", "——", null],
  ["(一)收到申请数", "件", "legacy.apps.received"],
  ["1.当面申请数", "件", "legacy.apps.received.in_person"],
  ["2.传真申请数", "件", "legacy.apps.received.fax"],
  ["3.网络申请数", "件", "legacy.apps.received.online"],
  ["4.信函申请数", "件", "legacy.apps.received.letter"],
  ["(二)申请办结数", "件", "legacy.apps.closed"],
  ["1.按时办结数", "件", "legacy.apps.closed.on_time"],
  ["2.延期办结数", "件", "legacy.apps.closed.extended"],
  ["(三)申请答复数", "件", "legacy.answers.total"],
  ["1.属于已主动公开范围数", "件", "legacy.answers.already_public"],
  ["2.同意公开答复数", "件", "legacy.answers.granted"],
  ["3.同意部分公开答复数", "件", "legacy.answers.partial"],
  ["4.不同意公开答复数", "件", "legacy.answers.denied"],
  ["其中:涉及国家秘密", "件", "legacy.answers.denied.state_secret"],
  ["涉及商业秘密", "件", "legacy.answers.denied.trade_secret"],
  ["涉及个人隐私", "件", "legacy.answers.denied.privacy"],
  ["危及国家安全、公共安全、经济安全和社会稳定", "件", "legacy.answers.denied.security"],
  ["不是《条例》所指政府信息", "件", "legacy.answers.denied.not_gov_info"],
  ["法律法规规定的其他情形", "件", "legacy.answers.denied.other_legal"],
  ["5.不属于本行政机关公开数", "件", "legacy.answers.not_this_agency"],
  ["6.申请信息不存在数", "件", "legacy.answers.not_exist"],
  ["7.告知作出更改补充数", "件", "legacy.answers.told_to_amend"],
  ["8.告知通过其他途径办理数", "件", "legacy.answers.other_channel"],
  ["四、行政复议数量", "件", "legacy.review.total"],
  ["(一)维持具体行政行为数", "件", "legacy.review.upheld"],
  ["(二)被依法纠错数", "件", "legacy.review.corrected"],
  ["(三)其他情形数", "件", "legacy.review.other"],
  ["五、行政诉讼数量", "件", "legacy.litigation.total"],
  ["(一)维持具体行政行为或者驳回原告诉讼请求数", "件", "legacy.litigation.upheld"],
  ["(二)被依法纠错数", "件", "legacy.litigation.corrected"],
  ["(三)其他情形数", "件", "legacy.litigation.other"],
  ["六、举报投诉数量", "件", "legacy.complaints"],
  ["七、依申请公开信息收取的费用", "万元", "legacy.fees.amount_wan"],
  ["八、机构建设和保障经费情况", "——", null],
  ["(一)政府信息公开工作专门机构数", "个", "legacy.org.dedicated_units"],
  ["(二)设置政府信息公开查阅点数", "个", "legacy.org.reading_points"],
  ["(三)从事政府信息公开工作人员数", "人", "legacy.staff.total"],
  ["1.专职人员数(不包括政府公报及政府网站工作人员数)", "人", "legacy.staff.full_time"],
  ["2.兼职人员数", "人", "legacy.staff.part_time"],
  ["(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)", "万元", "legacy.org.budget_amount_wan"],
  ["九、政府信息公开会议和培训情况", "——", "legacy.training.heading"],
  ["(一)召开政府信息公开工作会议或专题会议数", "次", "legacy.training.meetings"],
  ["(二)举办各类培训班数", "次", "legacy.training.sessions"],
  ["(三)接受培训人员数", "人次", "legacy.training.trainees"],
];
