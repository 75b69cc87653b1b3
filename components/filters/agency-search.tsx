"use client";
/**
 * Agency search by name or pinyin initials (`ohq` → 瓯海区…) over /api/agencies, as an ARIA combobox.
 * Picking an agency adds it to the `agencies` URL parameter; chips remove it again.
 */
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { agencyHref } from "@/lib/agency-links";
import { MAX_AGENCIES } from "@/lib/url-state";
import { useUrlState } from "./use-url-state";

interface Hit {
  id: string;
  name: string;
  regionPath: string[];
  years: number[];
}

function useAgencyHits(query: string, region: string): Hit[] {
  const [hits, setHits] = useState<Hit[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) return setHits([]);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q, ...(region ? { region } : {}) });
        const res = await fetch(`/api/agencies?${params}`, { signal: controller.signal });
        if (res.ok) setHits(((await res.json()) as { agencies: Hit[] }).agencies);
      } catch {
        // aborted by the next keystroke, or offline: keep the previous hits
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, region]);
  return hits;
}

export function AgencySearch({
  selected,
  label = "机构",
}: {
  selected: { id: string; name: string }[];
  label?: string;
}) {
  const { state, navigate } = useUrlState();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const hits = useAgencyHits(query, state.region).filter((h) => !state.agencies.includes(h.id));
  const id = useId();
  const full = state.agencies.length >= MAX_AGENCIES;

  function pick(hit: Hit) {
    navigate({ agencies: [...state.agencies, hit.id] });
    setQuery("");
  }

  function onKey(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
    else if (e.key === "Enter" && hits[active]) pick(hits[active]);
    else if (e.key === "Escape") setQuery("");
    else return;
    e.preventDefault();
  }

  return (
    <div className="relative flex min-w-56 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-slate-600">
        {label}（名称或拼音首字母）
      </label>
      <input
        id={id}
        className="field"
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={hits[active] ? `${id}-${active}` : undefined}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder={full ? `最多 ${MAX_AGENCIES} 个` : "如：瓯海 或 ohq"}
        disabled={full}
        value={query}
        data-testid="agency-search"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      {hits.length ? (
        <ul
          id={`${id}-list`}
          role="listbox"
          className={
            "absolute top-full z-20 mt-1 max-h-72 w-full min-w-72 overflow-auto " +
            "rounded border border-slate-300 bg-white shadow-lg"
          }
          data-testid="agency-search-results"
        >
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-2 py-1.5 text-sm ${i === active ? "bg-blue-50" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
            >
              <div>{h.name}</div>
              <div className="text-xs text-slate-500">
                {h.regionPath.join(" · ") || "地区未识别"}
                {h.years.length ? ` · ${h.years[0]}–${h.years[h.years.length - 1]}年` : ""}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {selected.length ? (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label="已选机构" data-testid="agency-chips">
          {selected.map((a) => (
            <li key={a.id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs">
              <Link href={agencyHref(a.id)} className="text-blue-800 underline" title={`${a.name}：机构页`}>
                {a.name}
              </Link>
              <button
                type="button"
                aria-label={`移除 ${a.name}`}
                className="rounded px-1 hover:bg-slate-200"
                onClick={() => navigate({ agencies: state.agencies.filter((x) => x !== a.id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
