/** Previous / next links of a paginated list (no total needed: the query fetches one row more). */
import Link from "next/link";

interface Props {
  page: number;
  hasNext: boolean;
  hrefOf: (page: number) => string;
  testId: string;
  total?: number;
}

export function Pager({ page, hasNext, hrefOf, testId, total }: Props) {
  if (page === 1 && !hasNext) return total ? <p className="mt-1 text-xs text-slate-500">共 {total} 项</p> : null;
  return (
    <nav className="mt-2 flex items-center gap-3 text-sm" aria-label="分页" data-testid={testId}>
      {page > 1 ? (
        <Link className="btn" href={hrefOf(page - 1)} scroll={false} rel="prev">
          上一页
        </Link>
      ) : null}
      <span className="text-slate-600">
        第 {page} 页{total !== undefined ? `，共 ${total} 项` : ""}
      </span>
      {hasNext ? (
        <Link className="btn" href={hrefOf(page + 1)} scroll={false} rel="next">
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
