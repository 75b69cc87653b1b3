import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgencyHeader } from "@/components/agency/agency-header";
import { AgencySeriesChart } from "@/components/agency/agency-series-chart";
import { FindingsByYear } from "@/components/agency/findings-by-year";
import { ReportList } from "@/components/agency/report-list";
import { YearTabs } from "@/components/agency/year-tabs";
import { FindingList } from "@/components/report/finding-list";
import { reportHref } from "@/lib/agency-links";
import { flaggedKeys } from "@/components/report/flagged";
import { FAMILY_LABELS } from "@/components/report/labels";
import { ReportTables } from "@/components/report/report-tables";
import {
  getAgency,
  getAgencyFacts,
  getAgencyFindings,
  getAgencyReports,
  getAgencyYearReport,
} from "@/lib/queries/agency";
import { isTemplateFamily, templateKeys } from "@/lib/template-table";
import { parseUrlState } from "@/lib/url-state";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Path segments may arrive percent-encoded; a malformed escape is just an unknown id. */
function agencyIdOf(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return "";
  }
}

/** `?year=` when it is a year with a report, else the latest reported year. */
function chosenYear(year: number | null, years: number[]): number | null {
  if (year !== null && years.includes(year)) return year;
  return years.length ? Math.max(...years) : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { rel } = parseUrlState(await searchParams);
  const profile = await getAgency({ id: agencyIdOf((await params).id), rel });
  return { title: profile ? profile.agency.name : "未找到机关" };
}

export default async function AgencyPage({ params, searchParams }: Props) {
  const id = agencyIdOf((await params).id);
  // A pinned link (`rel`) reads every part as of that release (lib/releases/as-of.ts); its links keep it.
  const state = parseUrlState(await searchParams);
  const { rel } = state;
  const [profile, facts, reports, findings] = await Promise.all([
    getAgency({ id, rel }),
    getAgencyFacts({ id, rel }),
    getAgencyReports({ id, rel }),
    getAgencyFindings({ id, rel }),
  ]);
  if (!profile) notFound();
  const years = facts.map((f) => f.year);
  const year = chosenYear(state.year, years);
  const yearReport = year === null ? null : await getAgencyYearReport({ id, year, rel });
  const yearFindings = findings.filter((f) => f.year === year);
  const printed = new Set([
    ...(yearReport && isTemplateFamily(yearReport.family) ? templateKeys(yearReport.family) : []),
    ...(yearReport?.values.keys() ?? []),
  ]);

  return (
    <div className="flex flex-col gap-4">
      <AgencyHeader profile={profile} years={years} rel={rel} />
      <AgencySeriesChart rows={facts} />
      <section className="card flex flex-col gap-3" aria-label="年度报告表格" data-testid="agency-year">
        <h2 className="text-base font-semibold">各年度报告表格</h2>
        {year !== null && yearReport ? (
          <>
            <YearTabs agencyId={id} years={years} selected={year} rel={rel} />
            <p className="text-sm text-slate-600">
              {year}年 · {FAMILY_LABELS[yearReport.family] ?? yearReport.family} ·{" "}
              <Link
                href={reportHref(yearReport.publicId, rel)}
                className="text-blue-800 underline"
                data-testid="agency-year-report-link"
              >
                查看原文与来源行
              </Link>
            </p>
            <FindingList findings={yearFindings} />
            <ReportTables
              family={yearReport.family}
              values={yearReport.values}
              flagged={flaggedKeys(yearFindings, printed)}
              lineText={(n) => yearReport.lineTexts.get(n)}
              testId="agency-table"
            />
          </>
        ) : (
          <p className="empty">这个机关还没有现行报告：下方列出已入库的文件及解析失败的原因。</p>
        )}
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-label="历年校验结果">
          <h2 className="mb-2 text-base font-semibold">历年校验结果</h2>
          <FindingsByYear agencyId={id} findings={findings} years={years} rel={rel} />
        </section>
        <section className="card min-w-0" aria-label="报告文件">
          <h2 className="mb-2 text-base font-semibold">报告文件</h2>
          <ReportList reports={reports} rel={rel} />
        </section>
      </div>
    </div>
  );
}
