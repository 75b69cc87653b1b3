/** Every file filed for the agency: current versions, superseded ones and files that failed, with reasons. */
import Link from "next/link";
import { FAMILY_SHORT, STATUS_LABELS } from "@/components/report/labels";
import { reportHref } from "@/lib/agency-links";
import type { AgencyReportLink } from "@/lib/queries/agency";

const th = "whitespace-nowrap border-b border-slate-300 px-2 py-1 text-left font-medium text-slate-700";
const td = "border-b border-slate-100 px-2 py-1";

/** `rel`: the pinned release (links stay on it). */
export function ReportList({ reports, rel = null }: { reports: AgencyReportLink[]; rel?: number | null }) {
  if (!reports.length) return <p className="empty">还没有这个机关的报告入库。</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="报告文件列表">
      <table className="min-w-full text-sm" data-testid="agency-reports">
        <thead>
          <tr>
            <th scope="col" className={th}>
              年度
            </th>
            <th scope="col" className={th}>
              文件
            </th>
            <th scope="col" className={th}>
              模板
            </th>
            <th scope="col" className={th}>
              状态
            </th>
            <th scope="col" className={th}>
              校验
            </th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} data-status={r.status} className={r.status === "active" ? "" : "text-slate-500"}>
              <td className={`${td} whitespace-nowrap`}>{r.year ? `${r.year}年` : "—"}</td>
              <td className={`${td} break-all`}>
                <Link href={reportHref(r.publicId, rel)} className="text-blue-800 underline">
                  {r.sourceName}
                </Link>
                {r.published ? <span className="ml-1 text-xs text-slate-500">发布 {r.published}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>{r.family ? (FAMILY_SHORT[r.family] ?? r.family) : "—"}</td>
              <td className={td}>
                {STATUS_LABELS[r.status] ?? r.status}
                {r.supersededByPublicId ? (
                  <Link href={reportHref(r.supersededByPublicId, rel)} className="ml-1 text-xs text-blue-800 underline">
                    查看新版本
                  </Link>
                ) : null}
                {r.status === "failed" ? (
                  <span className="block text-xs">{r.errorZh ?? r.error ?? "原因未记录"}</span>
                ) : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>
                {r.status === "failed" ? (
                  "—"
                ) : r.errorCount ? (
                  <span className="text-red-800">{r.errorCount} 个错误</span>
                ) : (
                  "通过"
                )}
                {r.warningCount ? <span className="ml-1 text-xs text-amber-800">{r.warningCount} 个警告</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
