/**
 * Where a report comes from and which version it is: agency, year, family, status, file, hashes, and for a collected
 * report its URL and fetch times.
 */
import Link from "next/link";
import { agencyHref, reportHref } from "@/lib/agency-links";
import type { ReportDetail } from "@/lib/queries/report";
import { FAMILY_LABELS, STATUS_LABELS } from "./labels";

function Row({ term, children, testId }: { term: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="flex gap-2 border-b border-slate-100 py-0.5" data-testid={testId}>
      <dt className="w-20 shrink-0 text-slate-500">{term}</dt>
      <dd className="min-w-0 break-all">{children}</dd>
    </div>
  );
}

/** `rel`: the pinned release (links stay on it). */
export function ReportMeta({ detail, rel = null }: { detail: ReportDetail; rel?: number | null }) {
  const { report, agencyName, supersededBy, supersedes } = detail;
  return (
    <dl className="card grid gap-x-6 text-sm sm:grid-cols-2" data-testid="report-meta">
      <Row term="机关">
        {report.agencyId ? (
          <Link
            href={agencyHref(report.agencyId, rel)}
            className="text-blue-800 underline"
            data-testid="report-agency-link"
          >
            {agencyName ?? report.agencyId}
          </Link>
        ) : (
          "—"
        )}
      </Row>
      <Row term="年度">{report.year ? `${report.year}年` : "—"}</Row>
      <Row term="模板">{report.family ? (FAMILY_LABELS[report.family] ?? report.family) : "—"}</Row>
      <Row term="发布日期">{report.published ?? "未注明"}</Row>
      <Row term="状态" testId="report-status">
        <span className={report.status === "active" ? "" : "font-semibold text-amber-800"}>
          {STATUS_LABELS[report.status] ?? report.status}
        </span>
        {supersededBy ? (
          <>
            {"，已被 "}
            <Link
              href={reportHref(supersededBy.publicId, rel)}
              className="text-blue-800 underline"
              data-testid="report-superseded-by"
            >
              {supersededBy.sourceName}
            </Link>
            {" 取代"}
          </>
        ) : null}
      </Row>
      <Row term="取代版本">
        {supersedes.length
          ? supersedes.map((s, i) => (
              <span key={s.publicId}>
                {i ? "、" : ""}
                <Link
                  href={reportHref(s.publicId, rel)}
                  className="text-blue-800 underline"
                  data-testid="report-supersedes"
                >
                  {s.sourceName}
                </Link>
              </span>
            ))
          : "—"}
      </Row>
      <Row term="源文件">{report.sourceName}</Row>
      <Row term="解析器">{report.parserVersion}</Row>
      <Row term="SHA-256">
        <code className="text-xs">{report.sha256}</code>
      </Row>
      <Row term="入库时间">{report.ingestedAt}</Row>
      {report.sourceUrl ? (
        <Row term="原文网址" testId="report-source-url">
          <a href={report.sourceUrl} className="text-blue-800 underline" rel="noopener noreferrer">
            {report.sourceUrl}
          </a>
        </Row>
      ) : null}
      {report.fetchedAt ? (
        <>
          <Row term="网页发布日期" testId="report-page-published">
            {report.pagePublished ?? "网页未注明"}
          </Row>
          <Row term="首次抓取" testId="report-first-seen">
            {report.firstSeenAt ?? "—"}
          </Row>
          <Row term="最近抓取" testId="report-fetched-at">
            {report.fetchedAt}
          </Row>
          <Row term="服务器修改时间" testId="report-last-modified">
            {report.httpLastModified ?? "服务器未提供"}
          </Row>
          <Row term="原始文件" testId="report-original">
            <a href={`/reports/${report.publicId}/original`} className="text-blue-800 underline" download>
              下载抓取时保存的原件
            </a>
          </Row>
        </>
      ) : null}
    </dl>
  );
}
