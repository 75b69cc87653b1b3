"use client";
/**
 * 数据已更新: on a page pinned to a release (`rel=`) when newer data exists, a banner with a link to the current
 * view and the figures of this view that changed (old → new) and its listed items (校验问题) added or gone, or a line
 * saying none did. Built in the browser from
 * GET /api/releases and the two pages' tables, so the pinned page itself never changes (it is served from cache
 * as immutable; see proxy.ts).
 */
import { useEffect, useState } from "react";
import { diffItems, type ItemChange, readPageItems } from "@/lib/releases/item-diff";
import { diffTables, readPageTables, tablesOnOneSide, type FigureChange } from "@/lib/releases/table-diff";
import { releaseName } from "@/lib/releases/labels";
import { useReleaseShown, withRel } from "./release-context";

const CHANGE_LIMIT = 30;

interface Newer {
  latest: number;
  currentHref: string;
  changes: FigureChange[] | null;
  items: ItemChange[];
  /** Tables only the current page (added) or only the pinned page (removed) shows. */
  tables: { added: string[]; removed: string[] };
}

/** 新版本中新增的表格：…；不再显示的表格：… (a table on one side only has no cells to compare). */
function TableChanges({ added, removed }: Newer["tables"]) {
  if (!added.length && !removed.length) return null;
  return (
    <p data-testid="pinned-banner-tables">
      {added.length ? `新版本中新增的表格：${added.join("、")}。` : ""}
      {removed.length ? `新版本中不再显示的表格：${removed.join("、")}。` : ""}
    </p>
  );
}

async function contentOf(href: string) {
  const res = await fetch(href, { headers: { accept: "text/html" }, cache: "no-store" });
  if (!res.ok) throw new Error(String(res.status));
  const doc = new DOMParser().parseFromString(await res.text(), "text/html");
  return { tables: readPageTables(doc), items: readPageItems(doc) };
}

/** 校验问题：新增 1 条、消除 2 条, each entry listed (+ new, − gone). */
function ItemChanges({ items }: { items: ItemChange[] }) {
  return (
    <ul className="mt-1 list-disc pl-5" data-testid="pinned-banner-items">
      {items.map((c) => (
        <li key={c.list}>
          {c.list}：{c.added.length ? `新增 ${c.added.length} 条` : ""}
          {c.added.length && c.removed.length ? "、" : ""}
          {c.removed.length ? `消除 ${c.removed.length} 条` : ""}
          <ul className="pl-4">
            {c.added.slice(0, CHANGE_LIMIT).map((t, i) => (
              <li key={`a${i}`}>＋ {t}</li>
            ))}
            {c.removed.slice(0, CHANGE_LIMIT).map((t, i) => (
              <li key={`r${i}`}>－ {t}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function PinnedBanner() {
  const { id, pinned } = useReleaseShown();
  const [newer, setNewer] = useState<Newer | null>(null);
  useEffect(() => {
    if (!pinned || id === null) return;
    let live = true;
    (async () => {
      // Never the browser's copy: a 304 answered in the second before the server saw a new release would hide it.
      const res = await fetch("/api/releases", { cache: "no-store" });
      const { latest } = (await res.json()) as { latest: number | null };
      if (!live || latest === null || latest <= id) return;
      const currentHref = withRel(window.location.href, null);
      setNewer({ latest, currentHref, changes: null, items: [], tables: { added: [], removed: [] } });
      const [then, now] = await Promise.all([contentOf(window.location.href), contentOf(currentHref)]);
      const changes = diffTables(then.tables, now.tables, CHANGE_LIMIT);
      const items = diffItems(then.items, now.items);
      if (live) setNewer({ latest, currentHref, changes, items, tables: tablesOnOneSide(then.tables, now.tables) });
    })().catch(() => undefined); // the banner is a courtesy: the pinned page stays as it is
    return () => {
      live = false;
    };
  }, [id, pinned]);
  if (!newer || id === null) return null;
  const { changes, items, tables } = newer;
  const tablesChanged = tables.added.length + tables.removed.length > 0;
  return (
    <aside
      aria-label="数据已更新"
      data-testid="pinned-banner"
      className="border-b border-sky-300 bg-sky-50 py-2 text-sm text-sky-950"
    >
      <div className="page-width px-4">
        <p>
          <strong>数据已更新</strong>：此链接固定在{releaseName(id)}，之后已有{releaseName(newer.latest)}。
          <a className="ml-1 underline" href={newer.currentHref} data-testid="pinned-banner-current">
            查看当前数据
          </a>
        </p>
        {changes === null ? (
          <p className="text-sky-800">正在比较本页数字……</p>
        ) : changes.length === 0 && items.length === 0 && !tablesChanged ? (
          <p data-testid="pinned-banner-none">本页的数字在新版本中没有变化。</p>
        ) : changes.length === 0 && items.length === 0 ? (
          <TableChanges {...tables} />
        ) : changes.length === 0 ? (
          <>
            <p>本页的数字没有变化，以下条目有变化：</p>
            <ItemChanges items={items} />
            <TableChanges {...tables} />
          </>
        ) : (
          <>
            <details open={changes.length <= 5}>
              <summary className="cursor-pointer">
                本页有{changes.length >= CHANGE_LIMIT ? "至少 " : " "}
                {changes.length} 个数字已变化（旧 → 新）
              </summary>
              <ul className="mt-1 list-disc pl-5" data-testid="pinned-banner-changes">
                {changes.map((c, i) => (
                  <li key={i}>
                    {c.table} · {c.row} · {c.column}：
                    <span className="tabular-nums">
                      {c.before} → {c.after}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
            {items.length ? <ItemChanges items={items} /> : null}
            <TableChanges {...tables} />
          </>
        )}
      </div>
    </aside>
  );
}
