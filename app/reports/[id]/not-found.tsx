import Link from "next/link";

export default function ReportNotFound() {
  return (
    <div className="card flex flex-col gap-2" data-testid="not-found">
      <h1 className="text-lg font-semibold">未找到这份报告</h1>
      <p className="text-sm text-slate-600">报告编号应为 16 位十六进制字符（源文件 SHA-256 的前 16 位）。链接可能有误，或这份报告尚未入库。</p>
      <p className="text-sm">
        <Link href="/quality" className="text-blue-800 underline">查看数据质量与解析失败的文件</Link>
        {" · "}
        <Link href="/" className="text-blue-800 underline">返回总览</Link>
      </p>
    </div>
  );
}
