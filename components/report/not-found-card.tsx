/** The body of a Chinese 404 page: what was not found, why that may be, and where to go instead. */
import Link from "next/link";

export function NotFoundCard({ title, hint }: { title: string; hint: string }) {
  return (
    <div className="card flex flex-col gap-2" data-testid="not-found">
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="text-sm text-slate-600">{hint}</p>
      <p className="text-sm">
        <Link href="/quality" className="text-blue-800 underline">
          查看数据质量与解析失败的文件
        </Link>
        {" · "}
        <Link href="/" className="text-blue-800 underline">
          返回总览
        </Link>
      </p>
    </div>
  );
}
