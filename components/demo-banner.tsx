/**
 * Says that the figures are generated demo data, on every page whose data holds any: the current data, or as of the
 * release a pinned link (`rel`) shows.
 */
import { hasDemoData } from "@/lib/queries/site";
import { releaseName } from "@/lib/releases/labels";

export async function DemoBanner({ rel }: { rel: number | null }) {
  let demo = false;
  try {
    demo = await hasDemoData({ rel });
  } catch {
    return null; // the page below reports database problems itself; the banner must not break the layout
  }
  if (!demo) return null;
  return (
    <aside
      aria-label="示例数据提示"
      data-testid="demo-banner"
      data-release={rel ?? ""}
      className="border-b border-amber-300 bg-amber-50 py-2 text-sm text-amber-900"
    >
      <p className="page-width px-4">
        <strong>示例数据</strong>：{rel === null ? "当前数据库" : `${releaseName(rel)} `}
        含有生成的示例报告，数字不代表任何真实机构。导入真实年度报告（
        <code>npm run ingest -- 文件夹</code>）即可分析真实数据。
      </p>
    </aside>
  );
}
