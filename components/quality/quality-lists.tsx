/** The lists of the quality view: sub-regions, failing reports, failed files, reporting gaps. */
import Link from "next/link";
import { agencyHref, reportHref } from "@/lib/agency-links";
import { FAMILY_SHORT } from "@/components/report/labels";
import { formatFull, formatPercent } from "@/lib/format";
import type { FailedFile, FailingReport, RegionQuality, ReportingGap } from "@/lib/queries/quality";
import type { RevisedReport } from "@/lib/queries/revisions";
import { ListTable, TD } from "./table-parts";

export function RegionList({ rows, hrefOf }: { rows: RegionQuality[]; hrefOf: (code: string) => string }) {
  if (!rows.length) return <p className="empty">这一级没有下级地区的数据。</p>;
  return (
    <ListTable label="下级地区未通过校验的报告" columns={["地区", "报告数", "未通过", "比例"]} testId="quality-regions">
      {rows.map((r) => (
        <tr key={r.code} data-region={r.code}>
          <td className={TD}>
            <Link href={hrefOf(r.code)} className="text-blue-800 underline" scroll={false}>
              {r.name}
            </Link>
          </td>
          <td className={`${TD} text-right tabular-nums`}>{formatFull(r.reports)}</td>
          <td className={`${TD} text-right tabular-nums`}>{formatFull(r.failing)}</td>
          <td className={`${TD} text-right tabular-nums`}>{r.reports ? formatPercent(r.failing / r.reports) : "—"}</td>
        </tr>
      ))}
    </ListTable>
  );
}

/** `rel`: the pinned release (links stay on it). */
export function FailingList({ rows, rel = null }: { rows: FailingReport[]; rel?: number | null }) {
  if (!rows.length) return <p className="empty">所选范围内没有未通过校验的报告。</p>;
  return (
    <ListTable
      label="未通过校验的报告"
      columns={["年度", "机关", "模板", "未通过规则", "报告"]}
      testId="quality-failing"
    >
      {rows.map((r) => (
        <tr key={r.publicId}>
          <td className={`${TD} whitespace-nowrap`}>{r.year}年</td>
          <td className={`${TD} min-w-[8rem]`}>
            <Link href={agencyHref(r.agencyId, rel)} className="text-blue-800 underline">
              {r.agencyName}
            </Link>
          </td>
          <td className={`${TD} whitespace-nowrap`}>{FAMILY_SHORT[r.family] ?? r.family}</td>
          <td className={`${TD} whitespace-nowrap text-red-800`}>{r.rules || "—"}</td>
          <td className={`${TD} whitespace-nowrap`}>
            <Link href={reportHref(r.publicId, rel)} className="text-blue-800 underline">
              查看（{r.errorCount} 个错误）
            </Link>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}

/** `rel`: the pinned release (links stay on it); a failure cleared since is named without a link (no page now). */
export function FailedFileList({ rows, rel = null }: { rows: FailedFile[]; rel?: number | null }) {
  if (!rows.length) return <p className="empty">没有解析失败的文件。</p>;
  return (
    <ListTable label="解析失败的文件" columns={["文件", "原因", "Reason"]} testId="quality-failed-files">
      {rows.map((r) => (
        <tr key={r.publicId}>
          <td className={`${TD} min-w-[8rem] break-all`}>
            {r.retired ? (
              <span data-testid="quality-failed-cleared">
                {r.sourceName}
                <span className="block text-xs text-slate-600">此后已解决</span>
              </span>
            ) : (
              <Link href={reportHref(r.publicId, rel)} className="text-blue-800 underline">
                {r.sourceName}
              </Link>
            )}
            {r.sourceUrl ? (
              <a
                href={r.sourceUrl}
                className="block text-xs text-slate-600 underline"
                rel="noopener noreferrer"
                data-testid="quality-failed-url"
              >
                {r.sourceUrl}
              </a>
            ) : null}
          </td>
          <td className={`${TD} min-w-[8rem]`}>{r.errorZh ?? "—"}</td>
          <td className={`${TD} text-slate-600`} lang="en">
            {r.error ?? "—"}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}

export function GapList({ rows, rel = null }: { rows: ReportingGap[]; rel?: number | null }) {
  if (!rows.length) return <p className="empty">所选范围内没有缺报：每个机关自首次报送以来每年都有报告。</p>;
  return (
    <ListTable label="缺报的机关" columns={["机关", "缺报年度", "情况"]} testId="quality-gaps">
      {rows.map((g) => (
        <tr key={g.agencyId}>
          <td className={`${TD} min-w-[8rem]`}>
            <Link href={agencyHref(g.agencyId, rel)} className="text-blue-800 underline">
              {g.agencyName}
            </Link>
          </td>
          <td className={TD}>{g.missing.map((y) => `${y}年`).join("、")}</td>
          <td className={`${TD} whitespace-nowrap ${g.resumed ? "" : "text-amber-800"}`}>
            {g.resumed ? "中断后恢复报送" : "此后未再报送"}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}

/** Collected reports whose site later served other figures or another file (发布后被修改). */
export function RevisedList({ rows, rel = null }: { rows: RevisedReport[]; rel?: number | null }) {
  if (!rows.length)
    return <p className="empty">没有发现发布后被修改的报告（只比较通过 npm run collect 抓取的报告）。</p>;
  return (
    <ListTable label="发布后被修改的报告" columns={["机关", "年度", "发现修改", "来源"]} testId="quality-revised">
      {rows.map((r) => (
        <tr key={r.publicId}>
          <td className={`${TD} min-w-[8rem]`}>
            <Link href={reportHref(r.publicId, rel)} className="text-blue-800 underline">
              {r.agencyName}
            </Link>
          </td>
          <td className={TD}>{r.year}年</td>
          <td className={`${TD} whitespace-nowrap`}>{r.noticedAt.slice(0, 10)}</td>
          <td className={`${TD} break-all text-xs`}>
            {r.sourceUrl ? (
              <a href={r.sourceUrl} className="underline" rel="noopener noreferrer">
                {r.sourceUrl}
              </a>
            ) : (
              "—"
            )}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
