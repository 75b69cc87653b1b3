/** Chinese names of template families and report statuses. */

export const FAMILY_LABELS: Record<string, string> = {
  "2021": "2021版模板（国办公开办函〔2021〕30号）",
  "2019": "2019版模板（国办公开办函〔2019〕60号）",
  legacy: "旧版统计表（2008–2018）",
};

export const FAMILY_SHORT: Record<string, string> = { "2021": "2021版", "2019": "2019版", legacy: "旧版" };

export const STATUS_LABELS: Record<string, string> = {
  active: "现行版本",
  superseded: "已被取代",
  failed: "解析失败",
};
