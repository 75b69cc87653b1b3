/** Says on every page that the figures are generated demo data, while any are stored. */
import { hasDemoData } from "@/lib/queries/site";

export async function DemoBanner() {
  let demo = false;
  try {
    demo = await hasDemoData();
  } catch {
    return null; // the page below reports database problems itself; the banner must not break the layout
  }
  if (!demo) return null;
  return (
    <aside
      aria-label="示例数据提示"
      data-testid="demo-banner"
      className="border-b border-amber-300 bg-amber-50 py-2 text-sm text-amber-900"
    >
      <p className="page-width px-4">
        <strong>示例数据</strong>：当前数据库含有生成的示例报告，数字不代表任何真实机构。导入真实年度报告（
        <code>npm run ingest -- 文件夹</code>）即可分析真实数据。
      </p>
    </aside>
  );
}
