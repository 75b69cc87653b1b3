/** /releases: every data release, newest first, with what it changed and a link to the overview as of it. */
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { formatReleaseTime, releaseKindLabel } from "@/lib/releases/labels";
import { getReleases } from "@/lib/releases/read";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "数据版本" };

const COUNT_COLUMNS = [
  ["added", "新增"],
  ["updated", "更新"],
  ["superseded", "被取代"],
  ["removed", "移除"],
] as const;

export default async function ReleasesPage() {
  const releases = await getReleases();
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">数据版本</h1>
      <p className="mb-3 text-sm text-slate-600">
        每次导入或采集改变了数据，就形成一个新的数据版本（Data releases）。在任何页面的链接后加上
        <code className="mx-1">rel=版本号</code>（或点“复制链接 → 固定到此版本”），链接就始终显示该版本的数字。
      </p>
      {!releases.length ? (
        <EmptyState title="还没有数据版本">
          导入年报（<code>npm run ingest -- 文件夹</code>）后，这里会列出每一次数据变化。
        </EmptyState>
      ) : (
        <div className="card overflow-x-auto" tabIndex={0} role="region" aria-label="数据版本列表">
          <table className="min-w-full text-sm tabular-nums" data-testid="releases-table">
            <caption className="sr-only">数据版本，最新在前</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="px-1 py-1 font-medium sm:px-2">
                  版本
                </th>
                <th scope="col" className="px-1 py-1 font-medium sm:px-2">
                  时间（北京）
                </th>
                <th scope="col" className="px-1 py-1 font-medium sm:px-2">
                  类型
                </th>
                {COUNT_COLUMNS.map(([k, label]) => (
                  <th key={k} scope="col" className="px-1 py-1 text-right font-medium sm:px-2">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {releases.map((r, i) => (
                <tr key={r.id} className="border-b border-slate-100" data-testid="release-row">
                  <th scope="row" className="whitespace-nowrap px-1 py-1 text-left font-normal sm:px-2">
                    <Link className="text-blue-800 underline" href={`/?rel=${r.id}`}>
                      {r.id}
                    </Link>
                    {i === 0 ? <span className="ml-1 text-xs text-emerald-700">当前</span> : null}
                  </th>
                  <td className="px-1 py-1 sm:px-2">
                    <span className="whitespace-nowrap">{formatReleaseTime(r.createdAt).slice(0, 10)}</span>{" "}
                    <span className="whitespace-nowrap">{formatReleaseTime(r.createdAt).slice(11)}</span>
                  </td>
                  <td className="px-1 py-1 sm:px-2">{releaseKindLabel(r.kind)}</td>
                  {COUNT_COLUMNS.map(([k]) => (
                    <td key={k} className="px-1 py-1 text-right sm:px-2">
                      {r[k]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
