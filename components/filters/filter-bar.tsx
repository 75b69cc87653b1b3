"use client";
/** The filters of a view: region cascade, year range (or one year), level, kind. Every change is a new URL. */
import Link from "next/link";
import type { RegionChoices } from "@/lib/queries/region-options";
import { KIND_LABELS, LEVEL_LABELS } from "@/lib/labels";
import { KINDS, LEVELS } from "@/lib/url-state";
import { CopyLinkButton } from "@/components/copy-link-button";
import { useUrlState } from "./use-url-state";
import { SelectField } from "./select-field";

interface Props {
  regions: RegionChoices;
  years: number[];
  /** Where "clear filters" goes (the view without parameters). */
  resetHref: string;
  /**
   * A view of one year (the scorecard): one 年度 select, bound to `year`, instead of the range; `value` is the year
   * shown (the view's default when the URL names none). Choosing one clears the range carried from other views.
   */
  singleYear?: { value: number | null };
  children?: React.ReactNode;
}

export function FilterBar({ regions, years, resetHref, singleYear, children }: Props) {
  const { state, navigate, pending } = useUrlState();
  const province = state.region.slice(0, 2);
  const city = state.region.length >= 4 ? state.region.slice(0, 4) : "";
  const county = state.region.length >= 6 ? state.region.slice(0, 6) : "";
  const yearOptions = years.map((y) => ({ value: String(y), label: `${y}年` }));
  const toOptions = (list: { code: string; name: string }[]) => list.map((r) => ({ value: r.code, label: r.name }));

  return (
    <form
      className="card mb-4 flex flex-wrap items-end gap-3"
      aria-label="筛选条件"
      aria-busy={pending}
      data-testid="filter-bar"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="flex flex-wrap items-end gap-2">
        <legend className="sr-only">地区</legend>
        <SelectField
          label="省"
          testId="filter-province"
          value={province}
          all="全国"
          options={toOptions(regions.provinces)}
          onChange={(v) => navigate({ region: v })}
        />
        <SelectField
          label="市"
          testId="filter-city"
          value={city}
          all="全部市"
          options={toOptions(regions.cities)}
          disabled={!province}
          onChange={(v) => navigate({ region: v || province })}
        />
        <SelectField
          label="县/区"
          testId="filter-county"
          value={county}
          all="全部县区"
          options={toOptions(regions.counties)}
          disabled={!city}
          onChange={(v) => navigate({ region: v || city })}
        />
      </fieldset>
      {singleYear ? (
        <SelectField
          label="年度"
          testId="filter-year"
          value={singleYear.value === null ? "" : String(singleYear.value)}
          all="最新年度"
          options={yearOptions}
          onChange={(v) => navigate({ year: v ? Number(v) : null, from: null, to: null })}
        />
      ) : (
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="sr-only">年份</legend>
          <SelectField
            label="起始年"
            testId="filter-from"
            value={state.from === null ? "" : String(state.from)}
            all="最早"
            options={yearOptions}
            onChange={(v) => navigate({ from: v ? Number(v) : null })}
          />
          <SelectField
            label="截止年"
            testId="filter-to"
            value={state.to === null ? "" : String(state.to)}
            all="最新"
            options={yearOptions}
            onChange={(v) => navigate({ to: v ? Number(v) : null })}
          />
        </fieldset>
      )}
      <SelectField
        label="机构层级"
        testId="filter-level"
        value={state.level ?? ""}
        all="全部层级"
        options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
        onChange={(v) => navigate({ level: (v || null) as typeof state.level })}
      />
      <SelectField
        label="机构类型"
        testId="filter-kind"
        value={state.kind ?? ""}
        all="全部类型"
        options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        onChange={(v) => navigate({ kind: (v || null) as typeof state.kind })}
      />
      {children}
      <div className="flex flex-wrap gap-2">
        <Link className="btn" href={resetHref} data-testid="filter-reset">
          清除筛选
        </Link>
        <CopyLinkButton />
      </div>
    </form>
  );
}
