/**
 * Every page's release: wraps the page in the ReleaseProvider (after the 示例数据 banner of the release it shows)
 * and names, in the footer, the release it shows — the pinned one (`rel=` in the URL) or the current one — with a
 * note when the link's `rel` is malformed or names no release (then current data is shown, as for any invalid
 * parameter). The raw `rel` comes from proxy.ts
 * (x-nianbao-rel): the root layout gets no search parameters.
 */
import Link from "next/link";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { formatReleaseTime, releaseKindLabel, releaseName } from "@/lib/releases/labels";
import { getLatestReleaseId, getRelease, type Release } from "@/lib/releases/read";
import { parseRel } from "@/lib/url-state";
import { DemoBanner } from "./demo-banner";
import { ReleaseProvider, type ReleaseShown } from "./release-context";
import { PinnedBanner } from "./pinned-banner";

export const REL_HEADER = "x-nianbao-rel";
/** Set instead (proxy.ts) on pages whose reads do not honour `rel` yet (lib/releases/http-cache.ts pinnablePath). */
const UNREAD_HEADER = "x-nianbao-rel-unread";

interface Resolved {
  shown: ReleaseShown;
  release: Release | null;
  note: string | null;
}

async function resolve(raw: string): Promise<Resolved> {
  const latest = await getLatestReleaseId();
  const rel = parseRel(raw);
  const pinned = rel !== null && rel <= latest ? await getRelease(rel) : null;
  if (pinned) return { shown: { id: pinned.id, pinned: true }, release: pinned, note: null };
  const current = latest ? await getRelease(latest) : null;
  const shown = { id: current?.id ?? null, pinned: false };
  if (!raw) return { shown, release: current, note: null };
  const what = rel === null ? `链接中的数据版本参数 rel=${raw.slice(0, 20)} 无效` : `数据版本 ${rel} 不存在`;
  const en = rel === null ? "malformed rel" : `no release ${rel}`;
  return { shown, release: current, note: `${what}，显示的是当前数据（${en}: showing current data）。` };
}

export async function ReleaseScope({ children }: { children: ReactNode }) {
  let resolved: Resolved;
  try {
    const h = await headers();
    resolved = await resolve(h.get(REL_HEADER) ?? "");
    if (h.get(UNREAD_HEADER)) {
      resolved.note =
        "本页暂不支持固定数据版本（rel），显示的是当前数据（this page does not read rel yet: current data）。";
    }
  } catch {
    // the page reports database problems itself; the footer must not break the layout
    return (
      <>
        <DemoBanner rel={null} />
        {children}
      </>
    );
  }
  const { shown, release, note } = resolved;
  return (
    <ReleaseProvider value={shown}>
      <DemoBanner rel={shown.pinned ? shown.id : null} />
      {shown.pinned ? <PinnedBanner /> : null}
      {children}
      <footer
        className="page-width px-3 pb-6 pt-2 text-xs text-slate-600 sm:px-4"
        data-testid="release-footer"
        data-release={shown.id ?? ""}
      >
        {note ? (
          <p role="note" className="mb-1 text-amber-800" data-testid="release-note">
            {note}
          </p>
        ) : null}
        <p>
          {release ? (
            <>
              {shown.pinned ? "固定" : "当前"}
              {releaseName(release.id)}（{formatReleaseTime(release.createdAt)}，{releaseKindLabel(release.kind)}）
              {shown.pinned ? "：本页数字不随之后的导入变化。" : "。"}
            </>
          ) : (
            "尚无数据版本。"
          )}{" "}
          <Link className="underline" href="/releases">
            全部数据版本
          </Link>
        </p>
      </footer>
    </ReleaseProvider>
  );
}
