import { describe, expect, it } from "vitest";
import type { AgencyKind, AgencyLevel } from "@/lib/parser/types";
import { agencyKind } from "./classify";
import { describeAgency } from "./index";

const table: Array<[string, AgencyKind, AgencyLevel]> = [
  ["国务院", "government", "national"],
  ["国务院办公厅", "government_office", "national"],
  ["教育部", "department", "national"],
  ["国家统计局", "department", "national"],
  ["海关总署", "department", "national"],
  ["浙江省人民政府", "government", "province"],
  ["浙江省人民政府办公厅", "government_office", "province"],
  ["内蒙古自治区教育厅", "department", "province"],
  ["北京市民政局", "department", "province"],
  ["淮安市人民政府", "government", "city"],
  ["朝阳市民政局", "department", "city"],
  ["中共温州市委宣传部", "department", "city"],
  ["温州市住房公积金管理中心", "department", "city"],
  ["瓯海区人民政府办公室", "government_office", "county"],
  ["洪泽区人民政府", "government", "county"],
  ["北京市朝阳区人民政府", "government", "county"],
  ["国家税务总局温州市瓯海区税务局", "department", "county"],
  ["济源市人民政府", "government", "county"],
  ["同江市繁荣街道", "street", "township"],
  ["小板桥街道办事处", "street", "township"],
  ["繁荣街道办", "street", "township"],
  ["永兴傣族乡人民政府", "township", "township"],
  ["舒城县城关镇", "township", "township"],
  ["舒城县城关镇人民政府办公室", "government_office", "township"],
  ["温州市瓯海区档案馆", "department", "county"],
  ["某某县城乡建设局", "department", "county"],
  ["某某市市场监督管理局", "department", "city"],
  ["温州市瓯海区某某协会秘书处", "department", "county"],
  ["温州日报", "other", "city"],
  ["景德镇人民政府", "government", "city"],
  ["景德镇市浮梁县人民政府", "government", "county"],
  ["瓯海区", "other", "county"],
];

describe("agency kind and level", () => {
  it.each(table)("%s → %s, %s", (name, kind, level) => {
    expect(describeAgency(name, "").agency).toEqual({ name, kind, level });
  });

  it("a street or township agency is township level even when only its county is known", () => {
    expect(describeAgency("舒城县某某街道办事处", "").agency.level).toBe("township");
    expect(describeAgency("舒城县某某街道办事处", "").region?.path).toEqual(["安徽省", "六安市", "舒城县"]);
  });
});

describe("prefecture administrations (行政公署)", () => {
  it("classes a 地区/盟 行政公署 as a government and its office as the government office", () => {
    expect(agencyKind("和田地区行政公署")).toBe("government");
    expect(agencyKind("阿拉善盟行政公署办公室")).toBe("government_office");
    expect(agencyKind("和田地区行署")).toBe("government");
  });
});
