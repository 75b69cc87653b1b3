import { NotFoundCard } from "@/components/report/not-found-card";

export default function ReportNotFound() {
  return (
    <NotFoundCard
      title="未找到这份报告"
      hint="报告编号应为 16 位十六进制字符（源文件 SHA-256 的前 16 位）。链接可能有误，或这份报告尚未入库。"
    />
  );
}
