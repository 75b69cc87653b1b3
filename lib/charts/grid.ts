/**
 * A grid whose axis labels stay inside its box. ECharts 6 deprecates `grid.containLabel` (it needs the
 * LegacyGridContainLabel feature, or warns and falls back to this very layout); its documented replacement, per
 * `GridOption` in node_modules/echarts/types/dist/shared.d.ts: `containLabel` "is equivalent to
 * {outerBoundsMode: 'same', outerBoundsContain: 'axisLabel'}".
 */
export const LABELS_INSIDE = { outerBoundsMode: "same", outerBoundsContain: "axisLabel" } as const;
