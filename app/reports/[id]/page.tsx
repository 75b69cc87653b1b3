import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/copy-link-button";
import { ReportMeta } from "@/components/report/report-meta";
import { ReportViewer } from "@/components/report/report-viewer";
import { RevisionCard } from "@/components/report/revision-card";
import { getReport } from "@/lib/queries/report";
import { getRevisionOf } from "@/lib/queries/revisions";
import { parseUrlState } from "@/lib/url-state";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const detail = await getReport({ publicId: id });
  if (!detail) return { title: "未找到报告" };
  const { report, agencyName } = detail;
  return { title: `${agencyName ?? report.sourceName}${report.year ? ` ${report.year}年` : ""}报告` };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { id } = await params;
  // A pinned link (`rel`): the report's status, counts and findings as that release showed them.
  const { rel } = parseUrlState(await searchParams);
  const detail = await getReport({ publicId: id, rel });
  if (!detail) notFound();
  const { report } = detail;
  const revision = report.firstSeenAt ? await getRevisionOf({ reportId: report.id }) : null;
  const title = `${detail.agencyName ?? report.sourceName}${report.year ? ` ${report.year}年` : ""}政府信息公开工作年度报告`;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="text-lg font-semibold" data-testid="report-title">
          {title}
        </h1>
        <CopyLinkButton />
      </div>
      {revision ? <RevisionCard revision={revision} /> : null}
      <ReportMeta detail={detail} rel={rel} />
      {report.status === "failed" ? (
        <p className="card text-sm" data-testid="report-failed-reason">
          <strong className="text-red-800">未能解析：</strong>
          {report.errorZh ?? "原因未记录"}
          {report.error ? (
            <span className="block text-slate-600" lang="en">
              {report.error}
            </span>
          ) : null}
        </p>
      ) : (
        <ReportViewer
          family={report.family ?? ""}
          values={detail.values}
          findings={detail.findings}
          text={report.rawText}
        />
      )}
    </div>
  );
}
