/** §三 and §四 tables of the 2019/2021 templates as printed rows (header wording of seeds 002/003). */
import type { Family } from "@/lib/parser/types";
import { columnKeys, type Values } from "./figures";
import {
  APPS_CARRIED_OVER_LABEL,
  APPS_NEW_LABEL,
  CARRIED_FORWARD_LABEL,
  OUTCOME_LEAVES_2019,
  OUTCOME_LEAVES_2021,
  OUTCOME_TOTAL_LABEL,
  REVIEW_GROUPS,
  REVIEW_PARTS,
  type OutcomeLeaf,
} from "./labels";
import type { TableRow } from "./types";
import {
  APPLICANTS,
  REVIEW_GROUPS as TEMPLATE_REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTION3_RULE_NOTE,
} from "@/lib/template/modern";

const applicantLabel = (key: string) => APPLICANTS.find((a) => a.key === key)!.label;
/** The 法人或其他组织 columns, after 自然人 and before 总计. */
const ORG_APPLICANTS = APPLICANTS.filter((a) => a.key !== "natural_person" && a.key !== "total").map((a) => a.label);
const REVIEW_PART_LABELS = REVIEW_RESULTS.map((r) => r.label);
const reviewGroupLabel = (key: string) => TEMPLATE_REVIEW_GROUPS.find((g) => g.key === key)!.label;

const cell = (values: Values, key: string): number | null => (key in values ? values[key] : null);

function columns(values: Values, row: string): (number | null)[] {
  return columnKeys(row).map((k) => cell(values, k));
}

/** rowspan of each sub-group label: the leaves from it to the next group label. */
function groupSizes(leaves: OutcomeLeaf[]): number[] {
  return leaves.map((leaf, i) => {
    if (!leaf.group) return 0;
    let n = 1;
    while (i + n < leaves.length && !leaves[i + n].group) n++;
    return n;
  });
}

function leafRow(values: Values, leaf: OutcomeLeaf, i: number, sizes: number[], outcomeRows: number): TableRow {
  // Items without sub-items ((一)予以公开, 2019's (六)其他处理) span the sub-item column too.
  const own = /^\d/.test(leaf.label) ? "" : ' colspan="2"';
  const values_ = columns(values, leaf.key);
  if (!leaf.group) return { labels: [leaf.label], values: values_, spans: [own] };
  const groupSpan = i === 0 ? ` rowspan="${outcomeRows}"` : ` rowspan="${sizes[i]}"`;
  return { labels: [leaf.group, leaf.label], values: values_, spans: [groupSpan, own] };
}

/** §三 with the template's merged cells (the spans only show in the HTML layout). */
export function applicationRows(values: Values, family: Family, spacedHeaders: boolean): TableRow[] {
  const leaves = family === "2021" ? OUTCOME_LEAVES_2021 : OUTCOME_LEAVES_2019;
  const sizes = groupSizes(leaves);
  const sp = spacedHeaders ? " " : "";
  const wide = ' colspan="3"';
  return [
    { labels: [SECTION3_RULE_NOTE, "申请人情况"], values: [], spans: [' rowspan="3" colspan="3"', ' colspan="7"'] },
    {
      labels: [applicantLabel("natural_person"), "法人或其他组织", applicantLabel("total")],
      values: [],
      spans: [' rowspan="2"', ' colspan="5"', ' rowspan="2"'],
    },
    // Spaced headers break the four-character labels in the middle ("商业 企业"), as the seeds print them.
    { labels: ORG_APPLICANTS.map((l) => (l.length === 4 ? `${l.slice(0, 2)}${sp}${l.slice(2)}` : l)), values: [] },
    { labels: [APPS_NEW_LABEL], values: columns(values, "apps.new"), spans: [wide] },
    { labels: [APPS_CARRIED_OVER_LABEL], values: columns(values, "apps.carried_over"), spans: [wide] },
    ...leaves.map((leaf, i) => leafRow(values, leaf, i, sizes, leaves.length + 1)),
    { labels: [OUTCOME_TOTAL_LABEL], values: columns(values, "outcome.total"), spans: [' colspan="2"'] },
    { labels: [CARRIED_FORWARD_LABEL], values: columns(values, "apps.carried_forward"), spans: [wide] },
  ];
}

export function reviewRows(values: Values): TableRow[] {
  const parts = REVIEW_PART_LABELS;
  const litigation = TEMPLATE_REVIEW_GROUPS.find((g) => g.parent !== null)!.parent!;
  const [direct, afterReview] = [reviewGroupLabel("litigation_direct"), reviewGroupLabel("litigation_after_review")];
  return [
    { labels: [reviewGroupLabel("review"), litigation], values: [], spans: [' colspan="5"', ' colspan="10"'] },
    {
      labels: [...parts, direct, afterReview],
      values: [],
      spans: [...parts.map(() => ' rowspan="2"'), ' colspan="5"', ' colspan="5"'],
    },
    { labels: [...parts, ...parts], values: [] },
    { labels: [], values: REVIEW_GROUPS.flatMap((g) => REVIEW_PARTS.map((p) => cell(values, `${g}.${p}`))) },
  ];
}
