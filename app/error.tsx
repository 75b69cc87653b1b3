"use client";
/**
 * The error page of every view, inside the site's header. A database that cannot be read (getDb() throws
 * DatabaseUnavailableError) says so in words, like the API's 503; any other fault gets a short apology with the
 * digest that matches the server log. Both offer 重试: `retry()` reads the view again without a full reload,
 * and the link's href (the same URL) still works when opened in a new tab.
 * The HTTP status is Next's 500: a page cannot choose another code, and no loading.tsx streams a 200 first.
 */
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { MouseEvent } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/db/unavailable";

function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const digest = digestOf(error);
  const database = digest === DATABASE_UNAVAILABLE_DIGEST;
  const onRetry = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    retry();
  };
  return (
    <div className="card flex flex-col gap-2" data-testid="error-page" data-fault={database ? "database" : "other"}>
      <h1 className="text-lg font-semibold">{database ? "数据库暂时不可用" : "页面暂时无法显示"}</h1>
      {database ? (
        <p className="text-sm text-slate-600">
          {"年报数据库现在无法打开或没有响应：数据库文件可能被占用、损坏或无法读取，也可能是数据库服务器暂时连不上。"}
          {"请稍后重试；如果一直如此，请联系网站维护者检查数据库。"}
        </p>
      ) : (
        <p className="text-sm text-slate-600">
          服务器处理这个页面时出错。请稍后重试；如果一直如此，请联系网站维护者
          {digest ? (
            <>
              ，并告知错误编号 <code>{digest}</code>
            </>
          ) : null}
          。
        </p>
      )}
      <p className="flex items-center gap-3 text-sm">
        <a href={query ? `${pathname}?${query}` : pathname} onClick={onRetry} className="btn" data-testid="error-retry">
          重试
        </a>
        <Link href="/" className="text-blue-800 underline">
          返回总览
        </Link>
      </p>
    </div>
  );
}
