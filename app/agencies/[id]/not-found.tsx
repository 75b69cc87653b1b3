import { NotFoundCard } from "@/components/report/not-found-card";

export default function AgencyNotFound() {
  return (
    <NotFoundCard
      title="未找到这个机关"
      hint="链接中的机关编号可能有误，或这个机关的报告尚未入库。可在总览中按地区或名称查找机关。"
    />
  );
}
