/** 发布后被修改: this collected report replaced an earlier collected version; when it was noticed and what changed. */
import Link from "next/link";
import { formatFull } from "@/lib/format";
import type { Revision } from "@/lib/queries/revisions";

const value = (v: number | null) => (v === null ? "空" : formatFull(v));

export function RevisionCard({ revision }: { revision: Revision }) {
  const { earlier, later, changes } = revision;
  return (
    <section className="card border-amber-300 text-sm" aria-label="发布后被修改" data-testid="report-revised">
      <h2 className="mb-1 text-base font-semibold text-amber-800">发布后被修改</h2>
      <p>
        {later.firstSeenAt.slice(0, 10)} 发现网站上的报告与 {earlier.firstSeenAt.slice(0, 10)}{" "}
        首次抓取的版本不同。旧版本：
        <Link
          href={`/reports/${earlier.publicId}`}
          className="text-blue-800 underline"
          data-testid="report-revised-earlier"
        >
          {earlier.sourceName}
        </Link>
        ；新版本：
        <Link href={`/reports/${later.publicId}`} className="text-blue-800 underline">
          {later.sourceName}
        </Link>
        。原件：
        <a
          href={`/reports/${earlier.publicId}/original`}
          className="text-blue-800 underline"
          download
          data-testid="report-revised-earlier-original"
        >
          旧版本原件
        </a>
        、
        <a
          href={`/reports/${later.publicId}/original`}
          className="text-blue-800 underline"
          download
          data-testid="report-revised-later-original"
        >
          新版本原件
        </a>
        。
      </p>
      {changes.length ? (
        <table className="mt-2 text-sm" data-testid="report-revised-changes">
          <thead>
            <tr>
              <th className="px-2 text-left font-medium">指标</th>
              <th className="px-2 text-right font-medium">原数值</th>
              <th className="px-2 text-right font-medium">新数值</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.key}>
                <td className="px-2">
                  <code className="text-xs">{c.key}</code>
                </td>
                <td className="px-2 text-right">{value(c.before)}</td>
                <td className="px-2 text-right">→ {value(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-1 text-slate-600">统计表数字没有变化（修改在文字部分）。</p>
      )}
    </section>
  );
}
