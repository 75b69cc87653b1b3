/**
 * The scorecard's ranking, one page: each agency's marks with their reasons, score, rank and how stable the rank is.
 */
import Link from "next/link";
import { agencyHref, reportHref } from "@/lib/agency-links";
import { ListTable, TD } from "@/components/quality/table-parts";
import { kindLabel, levelLabel } from "@/lib/labels";
import type { Mark, ScoredAgency } from "@/lib/scorecard/types";
import { INDICATOR_LABELS, INDICATORS } from "@/lib/scorecard/weights";

function tone(mark: Mark): string {
  if (mark.value === null) return "text-slate-500";
  if (mark.value >= 1) return "text-slate-800";
  return mark.value > 0 ? "text-amber-800" : "text-red-800";
}

function MarkCell({ mark, rel }: { mark: Mark; rel: number | null }) {
  return (
    <td className={`${TD} min-w-[6rem] text-xs ${tone(mark)}`}>
      {mark.value === 0 ? (
        <span aria-hidden="true">✗ </span>
      ) : mark.value === 1 ? (
        <span aria-hidden="true">✓ </span>
      ) : null}
      {mark.text}
      {mark.twin ? (
        <>
          {" "}
          <Link className="text-blue-800 underline" href={reportHref(mark.twin.publicId, rel)} data-testid="twin-link">
            对照
          </Link>
        </>
      ) : null}
    </td>
  );
}

function Stability({ agency }: { agency: ScoredAgency }) {
  if (agency.rank === null) return <span className="text-slate-500">—</span>;
  const by = agency.shiftBy;
  const cause = by ? `（${INDICATOR_LABELS[by.indicator]} ${by.delta > 0 ? "+" : ""}${by.delta}）` : "";
  return (
    <span className={agency.sensitive ? "font-semibold text-amber-800" : "text-slate-700"} data-testid="rank-stability">
      {agency.sensitive ? "敏感" : "稳定"} ±{agency.shift}
      <span className="block text-xs font-normal text-slate-600">{cause}</span>
    </span>
  );
}

/** `rel`: a pinned page's release, which its links keep. */
export function RankingTable({ rows, rel = null }: { rows: ScoredAgency[]; rel?: number | null }) {
  if (!rows.length) return <p className="empty">所选地区和年度没有报告，也没有缺报的机构。</p>;
  const columns = ["名次", "机构", "得分", ...INDICATORS.map((k) => INDICATOR_LABELS[k]), "名次稳定性"];
  return (
    <ListTable label="机构排名" columns={columns} testId="scorecard-ranking">
      {rows.map((a) => (
        <tr key={a.agencyId} data-agency={a.agencyId} data-status={a.status} data-release-row={a.agencyName}>
          <td className={`${TD} text-right tabular-nums`} data-testid="rank">
            {a.rank ?? "—"}
          </td>
          <td className={`${TD} min-w-[9rem]`}>
            <Link href={agencyHref(a.agencyId, rel)} className="text-blue-800 underline">
              {a.agencyName}
            </Link>
            <span className="block text-xs text-slate-600">
              {levelLabel(a.level)} · {kindLabel(a.kind)}
              {a.publicId ? (
                <>
                  {" · "}
                  <Link href={reportHref(a.publicId, rel)} className="text-blue-800 underline">
                    报告
                  </Link>
                </>
              ) : (
                <span className="font-semibold text-red-800">
                  {a.neverPublished ? " · 缺报（名单所列，从未发布）" : " · 缺报"}
                </span>
              )}
            </span>
          </td>
          <td className={`${TD} text-right font-semibold tabular-nums`} data-testid="score">
            {a.score === null ? "—" : a.score.toFixed(1)}
          </td>
          {INDICATORS.map((k) => (
            <MarkCell key={k} mark={a.marks[k]} rel={rel} />
          ))}
          <td className={`${TD} whitespace-nowrap text-sm`}>
            <Stability agency={a} />
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
