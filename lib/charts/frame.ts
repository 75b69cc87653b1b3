/** The common frame of the charts over years with a legend: palette, grid and a scrolling legend. */
import { LABELS_INSIDE } from "./grid";

const PALETTE = ["#8a1c1c", "#2563eb", "#d97706", "#059669", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#64748b"];

export function legendFrame() {
  return {
    color: PALETTE,
    grid: { left: 8, right: 16, top: 56, bottom: 8, ...LABELS_INSIDE },
    legend: { type: "scroll" as const, top: 0 },
  };
}
