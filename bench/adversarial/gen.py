#!/usr/bin/env python3
"""adv11 adversarial page generator (Nianbao, session 18).

usage: gen.py OUTDIR [CLASS ...]     (no class: all classes; fixed seed per class)
Writes OUTDIR/<class>/<class>-NN.txt|html and OUTDIR/<class>/expected.json (samples/real format, values as printed).
Each class starts from a realistic page of one family and applies one quirk (or two that each read right alone).
"""
import json, os, random, sys, zlib

# ----------------------------------------------------------------------------------------------------------- data
PLACES = [("浙江省", "湖州市", "吴兴区"), ("江苏省", "常州市", "武进区"), ("山东省", "临沂市", "郯城县"),
          ("河南省", "洛阳市", "偃师区"), ("四川省", "绵阳市", "涪城区"), ("湖南省", "株洲市", "醴陵市"),
          ("广东省", "江门市", "新会区"), ("安徽省", "芜湖市", "繁昌区"), ("江西省", "赣州市", "南康区"),
          ("河北省", "保定市", "涿州市"), ("福建省", "漳州市", "龙海区"), ("湖北省", "宜昌市", "夷陵区"),
          ("广西壮族自治区", "桂林市", "临桂区"), ("陕西省", "宝鸡市", "陈仓区"), ("辽宁省", "鞍山市", "海城市"),
          ("云南省", "曲靖市", "麒麟区"), ("贵州省", "遵义市", "汇川区"), ("山西省", "晋中市", "榆次区")]
DEPTS = ["人力资源和社会保障局", "自然资源和规划局", "市场监督管理局", "住房和城乡建设局", "卫生健康局", "教育局",
         "民政局", "交通运输局", "财政局", "农业农村局", "应急管理局", "司法局", "水利局", "商务局", "文化和旅游局",
         "统计局", "城市管理局", "发展和改革局"]
TOWNS = ["城关镇", "新集镇", "北关街道办事处", "东城街道办事处", "李庄镇", "桥头镇", "南湖街道办事处", "大同镇"]
LEGACY_DEPTS = ["环境保护局", "国土资源局", "人口和计划生育局", "工商行政管理局", "劳动和社会保障局", "建设局",
                "卫生局", "教育局", "民政局", "交通局", "财政局", "农业局", "安全生产监督管理局", "规划局", "物价局"]
CN_DIGITS = "〇一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_num(n):
    """12 -> 十二, 3 -> 三, 25 -> 二十五, 0 -> 零 (how reports write small counts in words)."""
    if n == 0: return "零"
    if n < 10: return CN_DIGITS[n]
    if n < 20: return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100: return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    h = CN_DIGITS[n // 100] + "百"
    r = n % 100
    if r == 0: return h
    if r < 10: return h + "零" + CN_DIGITS[r]
    return h + (cn_num(r) if r >= 20 else "一" + cn_num(r))


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


class Page:
    """A page as blocks: prose strings and tables (lists of rows of cells)."""

    def __init__(self):
        self.blocks = []

    def p(self, s):
        self.blocks.append(("p", s))

    def t(self, rows, name=""):
        self.blocks.append(("t", rows, name))

    def render(self, style="lines", header=None):
        out = []
        for b in self.blocks:
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "raw":
                out.append(b[1])
            else:
                for row in b[1]:
                    if style == "pipe":
                        out.append("| " + " | ".join(row) + " |")
                    elif style == "tabs":
                        out.append("\t".join(row))
                    elif style == "cells":  # one cell per line
                        out.extend(row)
                    else:
                        out.append(" ".join(row))
        if style == "onebody":
            body = " ".join(x.replace("\n", " ") for x in out)
        else:
            body = "\n".join(out)
        return (header or "") + body + "\n"


def crawler_header(title, pub, agency, url_id):
    return (f"标题: {title}\n发布时间: {pub} 09:{url_id % 60:02d}\n文号: \n发布机构: {agency}\n栏目: 政府信息公开年报\n"
            f"原文链接: http://www.example.gov.cn/zwgk/ndbg/{pub[:4]}{pub[5:7]}/t{pub.replace('-', '')}_{url_id}.html\n"
            "==================== 正文 ====================\n")


def chrome_line(title, pub, r):
    return (f"当前位置：首页 > 政务公开 > 政府信息公开年报 {title} 来源：本站 时间：{pub} "
            f"【字体：大 中 小】 {r.choice(['浏览次数', '访问量', '点击数'])}：{r.randint(120, 9800)}")


# ----------------------------------------------------------------------------------------------- modern numbers
COLS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"]
ROWS21 = [  # (group label, item label, key)
    ("三、本年度办理结果", "（一）予以公开", "outcome.granted"),
    (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "outcome.partial"),
    ("（三）不予公开", "1.属于国家秘密", "outcome.denied.state_secret"),
    (None, "2.其他法律行政法规禁止公开", "outcome.denied.prohibited_by_law"),
    (None, "3.危及“三安全一稳定”", "outcome.denied.three_safeties"),
    (None, "4.保护第三方合法权益", "outcome.denied.third_party"),
    (None, "5.属于三类内部事务信息", "outcome.denied.internal_affairs"),
    (None, "6.属于四类过程性信息", "outcome.denied.process_info"),
    (None, "7.属于行政执法案卷", "outcome.denied.enforcement_file"),
    (None, "8.属于行政查询事项", "outcome.denied.admin_query"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", "outcome.unable.not_held"),
    (None, "2.没有现成信息需要另行制作", "outcome.unable.needs_creation"),
    (None, "3.补正后申请内容仍不明确", "outcome.unable.unclear"),
    ("（五）不予处理", "1.信访举报投诉类申请", "outcome.rejected.petition"),
    (None, "2.重复申请", "outcome.rejected.duplicate"),
    (None, "3.要求提供公开出版物", "outcome.rejected.publication"),
    (None, "4.无正当理由大量反复申请", "outcome.rejected.excessive"),
    (None, "5.要求行政机关确认或重新出具已获取信息", "outcome.rejected.confirmation"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "outcome.other.no_correction"),
    (None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "outcome.other.unpaid_fee"),
    (None, "3.其他", "outcome.other.misc"),
    (None, "（七）总计", "outcome.total"),
]
ROWS19 = [r for r in ROWS21 if not r[2].startswith("outcome.other.")]
ROWS19.insert(len(ROWS19) - 1, (None, "（六）其他处理", "outcome.other"))
OUT_KINDS = ["outcome.granted", "outcome.partial", "outcome.denied.third_party", "outcome.denied.process_info",
             "outcome.unable.not_held", "outcome.unable.needs_creation", "outcome.rejected.duplicate",
             "outcome.rejected.petition", "outcome.other.misc"]
WEIGHTS = [10, 3, 1, 1, 5, 2, 1, 1, 1]


def modern_numbers(r, scale=None):
    """A consistent §三 (R1, R2, R3) and §四 (R4), and §二 figures."""
    scale = scale or r.choice([3, 8, 15, 30, 60, 150])
    v = {}
    cols = {c: {} for c in COLS[:-1]}
    for c in COLS[:-1]:
        w = {"natural_person": 1.0, "commercial": 0.25, "research": 0.03, "public_interest": 0.03,
             "legal_service": 0.08, "other_org": 0.12}[c]
        new = max(0, int(r.gauss(scale * w, scale * w * 0.4))) if r.random() < (0.98 if w > 0.2 else 0.4) else 0
        co = r.randint(0, max(0, new // 8)) if r.random() < 0.5 else 0
        cf = r.randint(0, max(0, (new + co) // 6)) if r.random() < 0.5 else 0
        handled = new + co - cf
        d = {k: 0 for k in OUT_KINDS}
        for _ in range(handled):
            d[r.choices(OUT_KINDS, WEIGHTS)[0]] += 1
        cols[c] = dict(new=new, co=co, cf=cf, out=d, handled=handled)
    rowkeys = [k for _, _, k in ROWS21] + ["outcome.other"]
    for c in COLS[:-1]:
        x = cols[c]
        v[f"apps.new.{c}"] = x["new"]
        v[f"apps.carried_over.{c}"] = x["co"]
        v[f"apps.carried_forward.{c}"] = x["cf"]
        for k in rowkeys:
            if k in ("outcome.total", "outcome.other"): continue
            v[f"{k}.{c}"] = x["out"].get(k, 0)
        v[f"outcome.other.{c}"] = x["out"]["outcome.other.misc"]
        v[f"outcome.total.{c}"] = x["handled"]
    for k in ["apps.new", "apps.carried_over", "apps.carried_forward", "outcome.other"] + rowkeys:
        if f"{k}.natural_person" in v:
            v[f"{k}.total"] = sum(v[f"{k}.{c}"] for c in COLS[:-1])
    for g in ["review", "litigation_direct", "litigation_after_review"]:
        big = {"review": 6, "litigation_direct": 3, "litigation_after_review": 2}[g]
        a = [r.randint(0, big) if r.random() < 0.6 else 0 for _ in range(4)]
        a[1] = r.randint(0, 1) if r.random() < 0.3 else 0
        for k, n in zip(["upheld", "corrected", "other", "pending"], a):
            v[f"{g}.{k}"] = n
        v[f"{g}.total"] = sum(a)
    for k in ["upheld", "corrected", "other", "pending", "total"]:
        v[f"litigation.{k}"] = v[f"litigation_direct.{k}"] + v[f"litigation_after_review.{k}"]
    v["active.licensing.decisions"] = r.choice([0, r.randint(1, 60), r.randint(100, 9000)])
    v["active.penalty.decisions"] = r.choice([0, r.randint(1, 40), r.randint(50, 900)])
    v["active.coercion.decisions"] = r.choice([0, 0, r.randint(1, 20)])
    v["active.normative_docs.in_force"] = r.randint(0, 60)
    return v


def group_sums(v):
    for g, subs in [("outcome.denied", [k for _, _, k in ROWS21 if k.startswith("outcome.denied.")]),
                    ("outcome.unable", [k for _, _, k in ROWS21 if k.startswith("outcome.unable.")]),
                    ("outcome.rejected", [k for _, _, k in ROWS21 if k.startswith("outcome.rejected.")])]:
        for c in COLS:
            v[f"{g}.{c}"] = sum(v[f"{s}.{c}"] for s in subs)


EXPECT_MODERN = ["apps.new.total", "apps.new.natural_person", "apps.carried_over.total", "outcome.granted.total",
                 "outcome.partial.total", "outcome.denied.total", "outcome.unable.total", "outcome.unable.not_held.total",
                 "outcome.total.total", "apps.carried_forward.total", "review.upheld", "review.corrected",
                 "review.other", "review.pending", "review.total", "litigation_direct.total",
                 "litigation_after_review.total", "litigation.total", "active.licensing.decisions",
                 "active.penalty.decisions"]


def fmt(n, r=None, commas=False):
    s = str(n)
    if commas and n >= 1000: s = f"{n:,}"
    return s


class Modern:
    def __init__(self, r, year=None, agency=None, scale=None):
        self.r = r
        self.year = year or r.choice([2019, 2020, 2021, 2022, 2023])
        self.form = "2019" if self.year < 2021 else "2021"
        prov, city, county = r.choice(PLACES)
        kind = r.random()
        if agency: self.agency = agency
        elif kind < 0.6: self.agency = f"{city}{county}{r.choice(DEPTS)}"
        elif kind < 0.8: self.agency = f"{city}{county}人民政府"
        else: self.agency = f"{county}{r.choice(TOWNS)}"
        self.place = (prov, city, county)
        self.own = "我局" if self.agency.endswith("局") else "本机关"
        self.v = modern_numbers(r, scale)
        group_sums(self.v)
        self.title = f"{self.agency}{self.year}年政府信息公开工作年度报告"
        self.pub = f"{self.year + 1}-0{r.randint(1, 3)}-{r.randint(10, 28)}"

    def expected(self, keys=None):
        return {k: self.v[k] for k in (keys or EXPECT_MODERN)}

    # -------- blocks
    def intro(self, pg):
        y = self.year
        pg.p(self.title)
        pg.p(f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{self.agency}编制。"
             f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。本报告电子版可在{self.place[1]}人民政府门户网站下载。"
             f"如对本报告有疑问，请与{self.agency}办公室联系（电话：0{self.r.randint(310, 919)}-{self.r.randint(2000000, 8999999)}）。")

    def overview(self, pg, count_sentence=True):
        y, v = self.year, self.v
        pg.p("一、总体情况")
        pg.p(f"{y}年，{self.own}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署，"
             f"全年通过门户网站主动公开政府信息{self.r.randint(80, 900)}条。")
        if count_sentence:
            pg.p(f"（二）依申请公开。{y}年，{self.own}共收到政府信息公开申请{v['apps.new.total']}件，"
                 f"均在法定期限内答复。")
        pg.p("（三）政府信息管理。严格落实信息发布审查制度，规范公开属性认定。（四）平台建设。（五）监督保障。")

    def sec2(self, pg, n=str):
        v = self.v
        pg.p("二、主动公开政府信息情况")
        if self.form == "2021":
            pg.t([["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                  ["规章", n(0), n(0), n(0)], ["行政规范性文件", n(self.r.randint(0, 9)), n(0), n(v["active.normative_docs.in_force"])],
                  ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", n(v["active.licensing.decisions"])],
                  ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", n(v["active.penalty.decisions"])],
                  ["行政强制", n(v["active.coercion.decisions"])], ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"],
                  ["行政事业性收费", n(0)]], "sec2")
        else:
            pg.t([["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                  ["规章", n(0), n(0), n(0)], ["规范性文件", n(2), n(2), n(v["active.normative_docs.in_force"])],
                  ["第二十条第（五）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                  ["行政许可", n(self.r.randint(10, 90)), n(0), n(v["active.licensing.decisions"])],
                  ["其他对外管理服务事项", n(0), n(0), n(0)],
                  ["第二十条第（六）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                  ["行政处罚", n(self.r.randint(10, 90)), n(0), n(v["active.penalty.decisions"])],
                  ["行政强制", n(self.r.randint(1, 9)), n(0), n(v["active.coercion.decisions"])],
                  ["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费", n(0), n(0)],
                  ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购", n(3), "12.5"]], "sec2")

    def sec3_rows(self, n=str, v=None, repeat_group=False):
        v = v or self.v
        rows = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"],
                ["申请人情况", "自然人", "法人或其他组织", "总计"],
                ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
        rows.append(["一、本年新收政府信息公开申请数量"] + [n(v[f"apps.new.{c}"]) for c in COLS])
        rows.append(["二、上年结转政府信息公开申请数量"] + [n(v[f"apps.carried_over.{c}"]) for c in COLS])
        group = None
        for g, label, key in (ROWS21 if self.form == "2021" else ROWS19):
            if g: group = g
            if key in ("outcome.total", "outcome.other"): group = None
            cells = []
            if g or (repeat_group and group and group != "三、本年度办理结果"):
                cells.append(g or group)
            cells.append(label)
            rows.append(cells + [n(v[f"{key}.{c}"]) for c in COLS])
        rows.append(["四、结转下年度继续办理"] + [n(v[f"apps.carried_forward.{c}"]) for c in COLS])
        return rows

    def sec3(self, pg, n=str, **kw):
        pg.p("三、收到和处理政府信息公开申请情况")
        pg.t(self.sec3_rows(n, **kw), "sec3")

    def sec4_rows(self, n=str, v=None):
        v = v or self.v
        nums = [n(v[f"{g}.{k}"]) for g in ["review", "litigation_direct", "litigation_after_review"]
                for k in ["upheld", "corrected", "other", "pending", "total"]]
        return [["行政复议", "行政诉讼"], ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
                ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2, nums]

    def sec4(self, pg, n=str):
        pg.p("四、政府信息公开行政复议、行政诉讼情况")
        pg.t(self.sec4_rows(n), "sec4")

    def tail(self, pg):
        pg.p("五、存在的主要问题及改进情况")
        pg.p(f"{self.year}年，{self.own}政府信息公开工作取得了一定成效，但仍存在公开内容不够全面、解读形式较为单一等问题。"
             f"下一步，{self.own}将进一步完善工作机制，加强业务培训。")
        pg.p("六、其他需要报告的事项")
        pg.p("本年度未收取信息处理费。" if self.form == "2021" else "无其他需要报告的事项。")
        pg.p(f"{self.agency}")
        pg.p(f"{self.year + 1}年1月{self.r.randint(10, 28)}日")

    def page(self, n=str, count_sentence=True):
        pg = Page()
        self.intro(pg)
        self.overview(pg, count_sentence)
        self.sec2(pg, n)
        self.sec3(pg, n)
        self.sec4(pg, n)
        self.tail(pg)
        return pg

    def header(self, uid, chrome=True):
        h = crawler_header(self.title, self.pub, self.agency, uid)
        if chrome:
            h += chrome_line(self.title, self.pub, self.r) + "\n"
        return h


# ----------------------------------------------------------------------------------------------- legacy numbers
class Legacy:
    def __init__(self, r, year=None, agency=None, form=None, scale=None):
        self.r = r
        self.year = year or r.randint(2008, 2018)
        prov, city, county = r.choice(PLACES)
        self.place = (prov, city, county)
        k = r.random()
        if agency: self.agency = agency
        elif k < 0.75: self.agency = f"{county}{r.choice(LEGACY_DEPTS)}"
        else: self.agency = f"{county}人民政府办公室"
        self.own = "我局" if self.agency.endswith("局") else "本机关"
        self.form = form or r.choice(["national", "fujian"])
        scale = scale or r.choice([2, 6, 15, 40])
        N = max(1, int(r.gauss(scale, scale / 3)))
        a = dict(already=0, granted=0, partial=0, denied=0, not_this=0, not_exist=0, amend=0, other_ch=0)
        kinds = list(a) if self.form == "national" else ["granted", "partial", "denied"]
        for _ in range(N):
            a[r.choices(kinds, [3, 10, 2, 1, 2, 2, 1, 1][:len(kinds)] if self.form == "national" else [10, 2, 1])[0]] += 1
        self.a = a
        self.N = N
        self.rev = [r.randint(0, 2) if r.random() < 0.4 else 0 for _ in range(3)]
        self.lit = [r.randint(0, 1) if r.random() < 0.3 else 0 for _ in range(3)]
        self.complaints = r.choice([0, 0, 1, 2, r.randint(3, 9)])
        self.active = r.randint(20, 900)
        self.title = f"{self.agency}{self.year}年度政府信息公开工作年度报告"
        self.pub = f"{self.year + 1}-0{r.randint(1, 3)}-{r.randint(10, 28)}"

    def expected(self):
        a = self.a
        e = {"legacy.active.total": self.active, "apps.new.total": self.N,
             "outcome.granted.total": a["already"] + a["granted"], "outcome.partial.total": a["partial"],
             "outcome.denied.total": a["denied"], "review.total": sum(self.rev), "litigation.total": sum(self.lit),
             "legacy.complaints": self.complaints}
        if self.form == "national":
            e["outcome.unable.total"] = a["not_this"] + a["not_exist"]
            e.update({"review.upheld": self.rev[0], "review.corrected": self.rev[1], "review.other": self.rev[2],
                      "litigation.upheld": self.lit[0], "litigation.corrected": self.lit[1]})
        return e

    def rows(self, n=str, unit=True, cols=None):
        """Rows of the 统计表: [label, unit, value...]. cols: function(key, this_value) -> list of value cells."""
        a = self.a
        cols = cols or (lambda key, x: [n(x)])
        U = (lambda u: [u]) if unit else (lambda u: [])
        if self.form == "national":
            spec = [("一、主动公开情况", "——", None, None), ("（一）主动公开政府信息数", "条", "active", self.active),
                    ("其中：主动公开规范性文件数", "条", "x", self.r.randint(0, 12)),
                    ("二、依申请公开情况", "——", None, None), ("（一）收到申请数", "件", "apps", self.N),
                    ("1.当面申请数", "件", "x", self.N // 2), ("2.传真申请数", "件", "x", 0),
                    ("3.网络申请数", "件", "x", self.N - self.N // 2 - self.N // 4), ("4.信函申请数", "件", "x", self.N // 4),
                    ("（二）申请办结数", "件", "x", self.N), ("1.按时办结数", "件", "x", self.N), ("2.延期办结数", "件", "x", 0),
                    ("（三）申请答复数", "件", "x", self.N), ("1.属于已主动公开范围数", "件", "x", a["already"]),
                    ("2.同意公开答复数", "件", "x", a["granted"]), ("3.同意部分公开答复数", "件", "x", a["partial"]),
                    ("4.不同意公开答复数", "件", "x", a["denied"]), ("其中：涉及国家秘密", "件", "x", 0),
                    ("涉及商业秘密", "件", "x", 0), ("涉及个人隐私", "件", "x", a["denied"]),
                    ("5.不属于本行政机关公开数", "件", "x", a["not_this"]), ("6.申请信息不存在数", "件", "x", a["not_exist"]),
                    ("7.告知作出更改补充数", "件", "x", a["amend"]), ("8.告知通过其他途径办理数", "件", "x", a["other_ch"]),
                    ("三、行政复议数量", "件", "rev", sum(self.rev)), ("（一）维持具体行政行为数", "件", "x", self.rev[0]),
                    ("（二）被依法纠错数", "件", "x", self.rev[1]), ("（三）其他情形数", "件", "x", self.rev[2]),
                    ("四、行政诉讼数量", "件", "lit", sum(self.lit)),
                    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "x", self.lit[0]),
                    ("（二）被依法纠错数", "件", "x", self.lit[1]), ("（三）其他情形数", "件", "x", self.lit[2]),
                    ("五、举报投诉数量", "件", "compl", self.complaints),
                    ("六、依申请公开信息收取的费用", "万元", "x", 0),
                    ("七、机构建设和保障经费情况", "——", None, None), ("（一）政府信息公开工作专门机构数", "个", "x", 1),
                    ("（二）设置政府信息公开查阅点数", "个", "x", self.r.randint(1, 4)),
                    ("（三）从事政府信息公开工作人员数", "人", "x", self.r.randint(2, 6)),
                    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "x", 1),
                    ("2.兼职人员数", "人", "x", self.r.randint(1, 5)),
                    ("八、政府信息公开会议和培训情况", "——", None, None),
                    ("（一）召开政府信息公开工作会议或专题会议数", "次", "x", self.r.randint(1, 6)),
                    ("（二）举办各类培训班数", "次", "x", self.r.randint(1, 4)),
                    ("（三）接受培训人员数", "人次", "x", self.r.randint(10, 90))]
            head = [["指标", "单位", "统计数"]] if unit else [["指标", "统计数"]]
        else:
            spec = [("主动公开信息数", "条", "active", self.active), ("其中：1．网站公开", "条", "x", self.active),
                    ("2．政府公报公开", "条", "x", 0), ("受理依申请公开信息总数", "条", "apps", self.N),
                    ("其中：1．当面申请数", "条", "x", self.N - self.N // 3), ("2．传真申请数", "条", "x", 0),
                    ("3．电子邮件申请数", "条", "x", self.N // 3), ("对申请的答复总数", "条", "x", self.N),
                    ("其中：1．同意公开答复数", "条", "x", a["granted"]), ("2．同意部分公开答复数", "条", "x", a["partial"]),
                    ("3．否决公开答复总数", "条", "x", a["denied"]), ("行政复议数", "件", "rev", sum(self.rev)),
                    ("行政诉讼数", "件", "lit", sum(self.lit)), ("行政申诉数", "件", "compl", self.complaints)]
            head = [["指标名称", "计量单位", "年末统计"]] if unit else [["指标名称", "年末统计"]]
        rows = list(head)
        for label, u, key, x in spec:
            if key is None:
                rows.append([label] + U(u))
            else:
                rows.append([label] + U(u) + cols(key, x))
        return rows

    def prose(self, pg, counts=True):
        y, a = self.year, self.a
        pg.p(self.title)
        pg.p(f"本年度报告根据《中华人民共和国政府信息公开条例》要求，由{self.agency}编制。全文包括概述、主动公开政府信息情况、"
             f"依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、"
             f"存在的主要问题及改进措施和附表。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
        pg.p(f"一、概述 {y}年，{self.own}认真贯彻落实《条例》，明确办公室为政府信息公开工作机构，配备兼职工作人员{self.r.randint(1, 3)}名。")
        pg.p(f"二、主动公开政府信息情况 {y}年，{self.own}共主动公开政府信息{self.active}条，全文电子化率100%。")
        if counts:
            pg.p(f"三、依申请公开政府信息情况 {y}年，{self.own}共收到政府信息公开申请{self.N}件，"
                 f"均已按期答复。")
        pg.p("四、政府信息公开的收费及减免情况 本年度未收取任何费用。")
        if counts:
            rv, lt = sum(self.rev), sum(self.lit)
            pg.p("五、因政府信息公开申请行政复议、提起行政诉讼的情况 " +
                 (f"本年度因政府信息公开申请行政复议{rv}件" if rv else "本年度未发生因政府信息公开申请行政复议的情况") + "，" +
                 (f"提起行政诉讼{lt}件。" if lt else "未发生行政诉讼案件。"))
        pg.p("六、存在的主要问题及改进措施 一是公开内容不够全面；二是工作人员业务水平有待提高。下一步，将加强培训，完善机制。")

    def table(self, pg, n=str, caption=True, **kw):
        if caption:
            pg.p(f"附表：{self.agency}{self.year}年政府信息公开情况统计表" if self.r.random() < 0.5 else "附表：政府信息公开情况统计表")
        pg.t(self.rows(n, **kw), "stat")

    def page(self, **kw):
        pg = Page()
        self.prose(pg)
        self.table(pg, **kw)
        pg.p(f"{self.agency}")
        pg.p(f"{self.year + 1}年1月{self.r.randint(10, 28)}日")
        return pg

    def header(self, uid, chrome=True):
        h = crawler_header(self.title, self.pub, self.agency, uid)
        if chrome:
            h += chrome_line(self.title, self.pub, self.r) + "\n"
        return h


STYLES = ["lines", "lines", "onebody", "pipe", "tabs"]

# --------------------------------------------------------------------------------------------------- classes
CLASSES = {}


def cls(name, n=14, ext="txt"):
    def deco(f):
        CLASSES[name] = (f, n, ext)
        return f
    return deco


def fold_footer(r, page_no, total, title):
    """A PDF page break as a converter prints it: footer, then the next page's running header sometimes."""
    f = r.choice([f"— {page_no} —", f"- {page_no} -", f"第 {page_no} 页 共 {total} 页", f"第{page_no}页", f"{page_no} / {total}",
                  f"— {page_no} —\n{title}"])
    return f


# ---- M: modern (2019/2021 forms) ----
@cls("m_base")
def m_base(r, i):
    m = Modern(r)
    pg = m.page()
    return pg.render(r.choice(STYLES), m.header(i)), m, "control: a plain page of the family"


@cls("m_own_count_disagree")
def m_own_count_disagree(r, i):
    """silent18 #1: own count sentence, §三 table says another number, no lead-in saying whose."""
    m = Modern(r, year=r.choice([2019, 2020, 2021, 2022, 2023]))
    t = m.v["apps.new.total"]
    p = r.choice([t + r.randint(2, 9), max(1, t - r.randint(2, 9)), int(str(t)[::-1]) if t > 10 and str(t)[::-1] != str(t) else t + 7])
    if p == t: p = t + 3
    pg = m.page()
    # rewrite the count sentence with the disagreeing prose figure
    pg.blocks = [("p", b[1].replace(f"共收到政府信息公开申请{t}件", r.choice([
        f"共收到政府信息公开申请{p}件", f"共受理政府信息公开申请{p}件", f"全年收到依申请公开申请{p}件"])))
        if b[0] == "p" else b for b in pg.blocks]
    e = m.expected()
    e["apps.new.total"] = p
    return pg.render(r.choice(STYLES), m.header(i)), (m, e), f"prose says {p}, §三 新收 总计 prints {t}; expected = prose (the agency's own sentence); either way must be flagged"


@cls("m_cover_letter")
def m_cover_letter(r, i):
    m = Modern(r)
    m.agency = f"{m.place[1]}{m.place[2]}人民政府"
    m.title = f"{m.agency}{m.year}年政府信息公开工作年度报告"
    pg = m.page()
    area = r.randint(200, 3000)
    cover = (f"关于报送{m.place[2]}{m.year}年度政府信息公开工作年度报告的函\n{m.place[1]}人民政府办公室：\n"
             f"现将我区{m.year}年度政府信息公开工作年度报告报送你办。{m.year}年，全区各级行政机关共收到政府信息公开申请{area}件，"
             f"办结{area - r.randint(1, 30)}件；发生政府信息公开行政复议{r.randint(5, 40)}件、行政诉讼{r.randint(2, 20)}件。\n"
             f"{m.place[2]}人民政府办公室\n{m.year + 1}年1月{r.randint(10, 25)}日\n")
    return cover + pg.render(r.choice(STYLES)), m, f"cover letter quoting the district's totals ({area}) before the government's own report"


@cls("m_nav_numbers")
def m_nav_numbers(r, i):
    m = Modern(r)
    pg = m.page()
    nav = (f"索引号：{r.randint(10**10, 10**11)}/{m.year + 1}-{r.randint(10, 99):05d} 发布机构：{m.agency} 公开方式：主动公开\n"
           f"生成日期：{m.pub} 分类：政府信息公开年报 文号：无\n")
    side = (f"\n相关链接：{m.agency}{m.year - 1}年政府信息公开工作年度报告 {m.agency}{m.year - 2}年政府信息公开工作年度报告\n"
            f"上一篇：{m.agency}{m.year - 1}年政府信息公开工作年度报告 下一篇：关于{m.year + 1}年第{r.randint(1, 4)}季度政务公开工作的通报\n"
            f"访问量：{r.randint(100, 99999)} 【打印本页】【关闭窗口】 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 下一页\n"
            f"主办单位：{m.place[1]}人民政府办公室 网站标识码：{r.randint(3300000000, 3399999999)} ICP备{r.randint(10000000, 99999999)}号-1\n")
    return m.header(i) + nav + pg.render(r.choice(STYLES)) + side, m, "index metadata before and navigation with a run of 15 page numbers after"


@cls("m_pdf_footer_sec3")
def m_pdf_footer_sec3(r, i):
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1]
            at = r.randint(6, len(rows) - 4)
            f = fold_footer(r, r.randint(3, 6), 8, m.title)
            rows = rows[:at] + [[f]] + rows[at:]
            pg.blocks[k] = ("t", rows, "sec3")
    return pg.render(r.choice(["lines", "lines", "onebody"]), m.header(i, chrome=False)), m, "PDF page footer/header between two §三 rows"


@cls("m_pdf_footer_sec4")
def m_pdf_footer_sec4(r, i):
    """§四's 15 numbers split by a page break: a run of 16/17 numbers with the page number in it."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec4":
            rows = b[1]
            nums = rows[-1]
            at = r.randint(3, 12)
            f = r.choice([f"- {r.randint(4, 7)} -", f"— {r.randint(4, 7)} —", f"{r.randint(4, 7)}", f"第{r.randint(4, 7)}页"])
            rows = rows[:-1] + [nums[:at], [f], nums[at:]]
            pg.blocks[k] = ("t", rows, "sec4")
    return pg.render(r.choice(["lines", "onebody"]), m.header(i, chrome=False)), m, "§四 numbers split by a page footer (page number among them)"


@cls("m_fullwidth")
def m_fullwidth(r, i):
    m = Modern(r)
    pg = m.page(n=lambda x: str(x).translate(FW))
    return pg.render(r.choice(STYLES), m.header(i)), m, "full-width digits in all tables"


@cls("m_units_glued")
def m_units_glued(r, i):
    m = Modern(r)
    u = r.choice(["件", "个", "项"])
    pg = Page()
    m.intro(pg); m.overview(pg)
    m.sec2(pg, n=lambda x: f"{x}{u}" if r.random() < 0.0 else str(x))
    m.sec3(pg, n=lambda x: f"{x}件")
    m.sec4(pg, n=lambda x: f"{x}件")
    m.tail(pg)
    return pg.render(r.choice(STYLES), m.header(i)), m, "every §三/§四 cell with 件 glued to the number"


@cls("m_commas")
def m_commas(r, i):
    m = Modern(r, scale=r.choice([900, 1500, 3000]))
    pg = m.page(n=lambda x: f"{x:,}")
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, "thousands separators (1,234) in big counts"


@cls("m_merged_repeat")
def m_merged_repeat(r, i):
    m = Modern(r)
    pg = Page()
    m.intro(pg); m.overview(pg); m.sec2(pg)
    pg.p("三、收到和处理政府信息公开申请情况")
    pg.t(m.sec3_rows(repeat_group=True), "sec3")
    m.sec4(pg); m.tail(pg)
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, "merged group cells (（三）不予公开 …) repeated on every sub-row"


@cls("m_word_residue_mid")
def m_word_residue_mid(r, i):
    m = Modern(r)
    pg = m.page()
    res = r.choice(["Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE",
                    "Normal 0 10 pt 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable "
                    "{mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; font-size:10.5pt;}"])
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] in ("sec3", "sec4"):
            rows = b[1]
            pg.blocks[k] = ("t", rows[:3] + [[res]] + rows[3:], b[2])
    return pg.render(r.choice(["lines", "onebody"]), m.header(i)), m, "Word style residue (Normal 0 7.8 磅 0 2 …) inside §三 and §四 after their headers"


@cls("m_prev_year_report_after")
def m_prev_year_report_after(r, i):
    """Two reports on one page: this year's, then the crawler also captured last year's (相关阅读 expanded)."""
    m = Modern(r, year=r.choice([2020, 2022, 2023]))
    p = Modern(r, year=m.year - 1, agency=m.agency)
    p.place = m.place
    a = m.page().render("lines")
    b = p.page().render("lines")
    glue = r.choice(["\n相关阅读：\n", "\n【往年报告】\n", "\n附件：\n"])
    return m.header(i) + a + glue + b, m, f"last year's whole report ({p.year}) follows this year's on the same page"


@cls("m_prev_year_report_before")
def m_prev_year_report_before(r, i):
    m = Modern(r, year=r.choice([2020, 2022, 2023]))
    p = Modern(r, year=m.year - 1, agency=m.agency)
    a = m.page().render("lines")
    b = p.page().render("lines")
    return m.header(i) + f"上一篇：\n" + b + f"\n本篇：\n" + a, m, f"last year's report ({p.year}) printed before this year's (title says {m.year})"


@cls("m_zone_all_area_after_nodata")
def m_zone_all_area_after_nodata(r, i):
    """silent18 #5 (modern): the agency had no data; the page then prints the whole zone's §三 and §四."""
    m = Modern(r)
    m.agency = r.choice([f"{m.place[1]}{m.place[2]}人民政府", f"{m.place[1]}{r.choice(['经济技术开发区', '高新区', '新区'])}管理委员会"])
    m.title = f"{m.agency}{m.year}年政府信息公开工作年度报告"
    m.own = "本机关"
    zone = Modern(r, year=m.year, scale=r.choice([30, 80, 200]))
    zone.form = m.form
    area = "全县" if m.agency.endswith("县人民政府") else r.choice(["全区", "全区", "全开发区"])
    pg = Page()
    m.intro(pg)
    pg.p("一、总体情况")
    pg.p(f"{m.year}年，{m.own}认真贯彻落实《条例》，全年主动公开政府信息{r.randint(50, 300)}条。")
    m.sec2(pg)
    pg.p("三、收到和处理政府信息公开申请情况")
    pg.p(r.choice(["本年度无相关数据。", f"{m.own}本年度无相关数据。", "本年度无相关数据"]))
    pg.p(r.choice([f"{area}收到和处理政府信息公开申请情况如下：", f"附：{area}政府信息公开申请办理情况统计",
                   f"{area}情况："]))
    pg.t(zone.sec3_rows(), "sec3")
    pg.p("四、政府信息公开行政复议、行政诉讼情况")
    pg.p(r.choice(["本年度无相关数据。", "本年度无相关数据"]))
    pg.t(zone.sec4_rows(), "sec4")
    m.tail(pg)
    e = {k: 0 for k in ["apps.new.total", "outcome.granted.total", "outcome.total.total", "review.total",
                        "litigation_direct.total", "litigation_after_review.total"]}
    return pg.render(r.choice(STYLES), m.header(i)), (m, e), f"'本年度无相关数据' then the {area}'s tables"


@cls("m_subunit_table_after")
def m_subunit_table_after(r, i):
    m = Modern(r)
    m.agency = f"{m.place[1]}{m.place[2]}{r.choice(['市场监督管理局', '公安分局', '自然资源和规划局'])}"
    m.title = f"{m.agency}{m.year}年政府信息公开工作年度报告"
    sub = Modern(r, year=m.year)
    sub.form = m.form
    pg = m.page()
    unit = r.choice(["局属单位", "所属事业单位", "各基层所（队）", "下属单位"])
    pg.p(r.choice([f"附件：{unit}收到和处理政府信息公开申请情况", f"附：{unit}政府信息公开申请情况统计",
                   f"{unit}情况"]))
    pg.t(sub.sec3_rows(), "sec3b")
    pg.t(sub.sec4_rows(), "sec4b")
    return pg.render(r.choice(STYLES), m.header(i)), m, "a second §三/§四 of the bureau's subunits after its own report"


@cls("m_prose_last_year")
def m_prose_last_year(r, i):
    m = Modern(r)
    pg = m.page()
    t = m.v["apps.new.total"]
    last = t + r.randint(3, 30)
    rv = m.v["review.total"] + r.randint(1, 5)
    add = r.choice([f"{m.year - 1}年，{m.own}共收到政府信息公开申请{last}件，被申请行政复议{rv}件。",
                    f"与{m.year - 1}年（{last}件）相比，申请量有所下降；上年因政府信息公开被申请行政复议{rv}件。",
                    f"较上年的{last}件减少{last - t}件。{m.year - 1}年行政复议{rv}件、行政诉讼{r.randint(1, 4)}件。"])
    pg.blocks = [("p", b[1].replace("均在法定期限内答复。", "均在法定期限内答复。" + add)) if b[0] == "p" else b for b in pg.blocks]
    return pg.render(r.choice(STYLES), m.header(i)), m, "the overview quotes last year's application, 复议 and 诉讼 counts"


@cls("m_html_table")
def m_html_table(r, i):
    m = Modern(r)
    pg = m.page()

    def html_tbl(rows, name):
        h = ["<table border=\"1\" cellspacing=\"0\">"]
        if name == "sec3":
            h.append("<tr><td colspan=\"3\" rowspan=\"2\">申请人情况</td><td rowspan=\"2\">自然人</td>"
                     "<td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>")
            h.append("<tr>" + "".join(f"<td>{x}</td>" for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>")
            grp_rows = {}
            for row in rows[3:]:
                nums = row[-7:]
                labels = row[:-7]
                if len(labels) == 2 and labels[0] != "三、本年度办理结果":
                    g = labels[0]
                    span = sum(1 for gg, _, k in (ROWS21 if m.form == "2021" else ROWS19) if False)
                h.append("<tr>" + "".join(f"<td colspan=\"{3 if len(labels) == 1 else 2}\">{x}</td>" if j == 0 else f"<td>{x}</td>"
                                          for j, x in enumerate(labels)) + "".join(f"<td>{x}</td>" for x in nums) + "</tr>")
        elif name == "sec4":
            h.append("<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>")
            h.append("<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
                     "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
                     "<td colspan=\"5\">复议后起诉</td></tr>")
            h.append("<tr>" + "".join(f"<td>{x}</td>" for x in rows[2]) + "</tr>")
            h.append("<tr>" + "".join(f"<td>{x}</td>" for x in rows[3]) + "</tr>")
        else:
            for row in rows:
                h.append("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>")
        h.append("</table>")
        return "\n".join(h)

    out = [f"<html><head><meta charset=\"utf-8\"><title>{m.title}</title></head><body>",
           f"<div class=\"crumb\">首页 &gt; 政务公开 &gt; 年报</div><h1>{m.title}</h1>"]
    for b in pg.blocks:
        if b[0] == "p": out.append(f"<p>{b[1]}</p>")
        else: out.append(html_tbl(b[1], b[2]))
    out.append("</body></html>")
    return "\n".join(out), m, "HTML page: §三 with rowspan/colspan header cells, §四 with spanning headers"


@cls("m_rows_per_cell_footer")
def m_rows_per_cell_footer(r, i):
    """Combination: one cell per line (PDF text) + a page footer inside §三."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1]
            at = r.randint(6, len(rows) - 4)
            rows = rows[:at] + [[f"- {r.randint(3, 6)} -"]] + rows[at:]
            pg.blocks[k] = ("t", rows, "sec3")
    return pg.render("cells", m.header(i, chrome=False)), m, "one cell per line, with a page footer '- N -' between two §三 rows"


@cls("m_footnote_numbers")
def m_footnote_numbers(r, i):
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            note = r.choice([f"注：1.本表数据统计截至{m.year}年12月31日；2.“其他”含{r.randint(2, 9)}件因申请人撤回申请终止办理。",
                             f"说明：本年度共有{r.randint(2, 9)}件申请通过政府信息公开平台提交，{r.randint(1, 5)}件通过信函提交。",
                             f"注：上表中“三、本年度办理结果”含上年结转的{m.v['apps.carried_over.total']}件。"])
            pg.blocks.insert(k + 1, ("p", note))
            break
    return pg.render(r.choice(STYLES), m.header(i)), m, "a footnote with numbers right after the §三 table"


@cls("m_sec3_transposed")
def m_sec3_transposed(r, i):
    """§三 printed transposed (applicants as rows, template rows as columns): a converter rotating a wide sheet."""
    m = Modern(r)
    pg = Page()
    m.intro(pg); m.overview(pg); m.sec2(pg)
    pg.p("三、收到和处理政府信息公开申请情况")
    rows = m.sec3_rows()[3:]
    names = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    labels = [" ".join(x[:-7]) for x in rows]
    t = [["申请人情况"] + labels]
    for j, nm in enumerate(names):
        t.append([nm] + [x[-7 + j] for x in rows])
    pg.t(t, "sec3")
    m.sec4(pg); m.tail(pg)
    return pg.render(r.choice(["lines", "pipe"]), m.header(i)), m, "§三 transposed: applicant kinds as rows, template rows as columns"


# ---- L: legacy (2008–2018) ----
@cls("l_base")
def l_base(r, i):
    L = Legacy(r)
    return L.page().render(r.choice(STYLES), L.header(i)), L, "control: a plain legacy page"


@cls("l_complaints_two_rows")
def l_complaints_two_rows(r, i):
    """silent18 #2: 申诉 and 举报 printed as two rows."""
    L = Legacy(r)
    s, j = r.randint(0, 4), r.randint(1, 5)
    L.complaints = s + j
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = []
            for row in b[1]:
                if row[0] in ("行政申诉数", "五、举报投诉数量"):
                    a, bb = r.choice([("行政申诉数", "举报数"), ("（一）行政申诉数", "（二）举报数"), ("申诉件数", "举报件数"),
                                      ("接受行政申诉数", "接受举报数")])
                    rows.append([a, "件", str(s)] if len(row) == 3 else [a, str(s)])
                    rows.append([bb, "件", str(j)] if len(row) == 3 else [bb, str(j)])
                else:
                    rows.append(row)
            pg.blocks[k] = ("t", rows, b[2])
    return pg.render(r.choice(STYLES), L.header(i)), L, f"申诉 {s} and 举报 {j} as two rows; legacy.complaints = {s + j}"


@cls("l_xinfang_sentence")
def l_xinfang_sentence(r, i):
    """silent18 #3: a sentence-only legacy report with '收到信访举报N件' (not disclosure complaints)."""
    L = Legacy(r, form="fujian")
    L.complaints = 0
    x = r.randint(2, 40)
    pg = Page()
    L.prose(pg)
    a = L.a
    pg.blocks.insert(4, ("p", r.choice([
        f"全年共办理群众来信来访{x + r.randint(5, 30)}件次，收到信访举报{x}件，办结率100%。",
        f"{L.year}年，{L.own}收到信访举报{x}件，均已按规定转办。",
        f"（三）信访工作 全年受理信访举报{x}件，及时办结。"])))
    pg.p(f"七、其他事项 本年度{L.own}未收到针对政府信息公开工作的申诉、举报。")
    e = {"apps.new.total": L.N, "review.total": sum(L.rev), "litigation.total": sum(L.lit), "legacy.complaints": 0}
    return pg.render(r.choice(["lines", "onebody"]), L.header(i)), (L, e), f"'收到信访举报{x}件' in prose; the report's own 申诉/举报 count is 0"


@cls("l_column_by_column")
def l_column_by_column(r, i):
    """silent18 #4: the 统计表 saved column by column: all labels, then all units, then all values."""
    L = Legacy(r, form=r.choice(["fujian", "national"]))
    pg = Page()
    L.prose(pg, counts=False)
    rows = [row for row in L.rows() if len(row) == 3]
    pg.p("附表：政府信息公开情况统计表")
    pg.blocks.append(("raw", "\n".join([row[0] for row in rows])))
    pg.blocks.append(("raw", "\n".join([row[1] for row in rows])))
    pg.blocks.append(("raw", "\n".join([row[2] for row in rows])))
    e = L.expected()
    return pg.render("lines", L.header(i)), (L, e), "statistics table saved column by column (labels, units, values)"


@cls("l_zone_all_area_after_nodata")
def l_zone_all_area_after_nodata(r, i):
    """silent18 #5 (legacy): the agency had nothing this year; then the 全区/全县 统计表."""
    L = Legacy(r)
    area = r.choice(["全区", "全县", "全区"])
    L.agency = r.choice([f"{L.place[2]}人民政府", f"{L.place[1]}{r.choice(['经济技术开发区', '高新技术产业开发区', '综合保税区'])}管理委员会"])
    area = "全县" if L.agency.endswith("县人民政府") else "全区"
    L.own = "本机关"
    L.title = f"{L.agency}{L.year}年度政府信息公开工作年度报告"
    Z = Legacy(r, year=L.year, form=L.form, scale=r.choice([20, 60, 150]))
    pg = Page()
    L.N = 0
    L.a = {k: 0 for k in L.a}
    L.rev = [0, 0, 0]; L.lit = [0, 0, 0]; L.complaints = 0
    pg.p(L.title)
    pg.p(f"一、概述 {L.year}年，{L.own}认真贯彻落实《条例》。二、主动公开政府信息情况 本年度主动公开政府信息{L.active}条。")
    pg.p("三、依申请公开政府信息情况 " + r.choice(["本年度无相关数据。", "本年度无相关数据", "无相关数据。"]))
    pg.p(r.choice([f"附：{area}政府信息公开情况统计表", f"{area}政府信息公开情况统计表", f"附表（{area}）"]))
    pg.t(Z.rows(), "stat")
    e = {"apps.new.total": 0, "outcome.granted.total": 0, "review.total": 0, "litigation.total": 0}
    return pg.render(r.choice(STYLES), L.header(i)), (L, e), f"'本年度无相关数据' then the {area}'s 统计表"


def two_col(L, order, r, header_words):
    def cols(key, x):
        other = x + r.randint(1, 60) if key != "x" or r.random() < 0.7 else x
        return [str(x), str(other)] if order == "this_first" else [str(other), str(x)]
    rows = L.rows(cols=cols)
    rows[0] = rows[0][:-1] + header_words
    return rows


@cls("l_cumulative_first")
def l_cumulative_first(r, i):
    L = Legacy(r)
    pg = Page()
    L.prose(pg)
    pg.p("附表：政府信息公开情况统计表")
    hw = r.choice([["历年累计", f"{L.year}年度"], ["累计数", "本年度"], [f"截至{L.year}年底累计", f"{L.year}年"]])
    pg.t(two_col(L, "cum_first", r, hw), "stat")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"two value columns with the cumulative one first ({hw[0]} | {hw[1]})"


@cls("l_last_year_column")
def l_last_year_column(r, i):
    L = Legacy(r, year=r.randint(2010, 2018))
    pg = Page()
    L.prose(pg)
    pg.p("附表：政府信息公开情况统计表")
    order = r.choice(["this_first", "cum_first"])
    if order == "this_first":
        hw = r.choice([[f"{L.year}年", f"{L.year - 1}年"], ["本年度", "上年度"], [f"{L.year}年度统计数", f"{L.year - 1}年度统计数"]])
    else:
        hw = r.choice([[f"{L.year - 1}年", f"{L.year}年"], ["上年度", "本年度"], [f"{L.year - 1}年度统计数", f"{L.year}年度统计数"]])
    # the "other" column here is last year's figure (any number)
    pg.t(two_col(L, order, r, hw), "stat")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"columns {hw[0]} | {hw[1]} (last year beside this year)"


@cls("l_page_footer_mid")
def l_page_footer_mid(r, i):
    L = Legacy(r)
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = b[1]
            for _ in range(r.choice([1, 2])):
                at = r.randint(3, len(rows) - 2)
                rows = rows[:at] + [[fold_footer(r, r.randint(2, 5), 5, L.title)]] + rows[at:]
            pg.blocks[k] = ("t", rows, b[2])
    return pg.render(r.choice(["lines", "onebody", "lines"]), L.header(i, chrome=False)), L, "PDF page footer(s) between 统计表 rows"


@cls("l_units_glued")
def l_units_glued(r, i):
    L = Legacy(r)
    pg = Page()
    L.prose(pg)
    L.table(pg, unit=False, n=lambda x: f"{x}件")
    rows = pg.blocks[-1][1]
    # units that fit the row: 条 for 主动公开, 人/次 for staff rows
    return pg.render(r.choice(STYLES), L.header(i)), L, "no unit column; 件 glued to every figure"


@cls("l_cn_numerals_sentences")
def l_cn_numerals_sentences(r, i):
    L = Legacy(r, form="fujian", scale=r.choice([3, 8, 15]))
    a = L.a
    pg = Page()
    pg.p(L.title)
    pg.p(f"一、概述 {cn_year(L.year)}年，{L.own}认真贯彻落实《条例》。二、主动公开情况 全年主动公开政府信息{L.active}条。")
    rv, lt = sum(L.rev), sum(L.lit)
    pg.p(f"三、依申请公开情况 全年共受理政府信息公开申请{cn_num(L.N)}件，其中同意公开{cn_num(a['granted'])}件，"
         f"同意部分公开{cn_num(a['partial'])}件，不予公开{cn_num(a['denied'])}件。")
    pg.p("四、行政复议和行政诉讼情况 " + (f"本年度因政府信息公开申请行政复议{cn_num(rv)}件" if rv else "本年度未发生行政复议案件") + "，" +
         (f"提起行政诉讼{cn_num(lt)}件。" if lt else "未发生行政诉讼。"))
    pg.p(f"五、申诉举报 本年度收到有关政府信息公开的申诉{cn_num(L.complaints)}件。" if L.complaints else "五、本年度未收到有关政府信息公开的申诉、举报。")
    e = {"apps.new.total": L.N, "outcome.granted.total": a["granted"], "outcome.partial.total": a["partial"],
         "outcome.denied.total": a["denied"], "review.total": rv, "litigation.total": lt, "legacy.complaints": L.complaints}
    return pg.render(r.choice(["lines", "onebody"]), L.header(i)), (L, e), "sentences only, counts in Chinese numerals (十二件)"


@cls("l_prose_last_year")
def l_prose_last_year(r, i):
    L = Legacy(r, year=r.randint(2010, 2018))
    pg = L.page()
    last = L.N + r.randint(2, 20)
    add = r.choice([f"与上年的{last}件相比减少{last - L.N}件。", f"{L.year - 1}年为{last}件。",
                    f"历年累计受理申请{last + L.N + r.randint(5, 50)}件。", f"上年度受理{last}件，同意公开{last - 1}件。"])
    pg.blocks = [("p", b[1].replace("均已按期答复。", "均已按期答复。" + add)) if b[0] == "p" else b for b in pg.blocks]
    return pg.render(r.choice(STYLES), L.header(i)), L, "the application sentence quotes last year's or cumulative counts"


@cls("l_fullwidth")
def l_fullwidth(r, i):
    L = Legacy(r)
    return L.page(n=lambda x: str(x).translate(FW)).render(r.choice(STYLES), L.header(i)), L, "full-width digits in the 统计表"


@cls("l_merged_heading_repeat")
def l_merged_heading_repeat(r, i):
    """A merged heading cell (三、行政复议数量) repeated on its sub-rows when a converter unmerges cells."""
    L = Legacy(r, form="national")
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows, head = [], None
            for row in b[1]:
                lab = row[0]
                if lab[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"):
                    head = lab
                    rows.append(row)
                elif head and not lab.startswith("其中") and head[:2] in ("三、", "四、"):
                    rows.append([head] + row)
                else:
                    rows.append(row)
            pg.blocks[k] = ("t", rows, b[2])
    return pg.render(r.choice(["lines", "pipe", "tabs"]), L.header(i)), L, "the 行政复议/诉讼 heading cell repeated on each sub-row (unmerged cells)"


@cls("l_subunit_table")
def l_subunit_table(r, i):
    L = Legacy(r)
    S = Legacy(r, year=L.year, form=L.form)
    pg = L.page()
    unit = r.choice(["局属各单位", "下属事业单位", "各乡镇（街道）", "系统内各单位"])
    pg.p(r.choice([f"附表二：{unit}政府信息公开情况统计表", f"附：{unit}情况汇总", f"{unit}统计表"]))
    pg.t(S.rows(), "stat2")
    return pg.render(r.choice(STYLES), L.header(i)), L, "a second 统计表 of the agency's subunits after its own"


@cls("l_nav_cover")
def l_nav_cover(r, i):
    """Combination: navigation text with numbers + a cover line quoting the county's totals."""
    L = Legacy(r)
    cty = L.place[2]
    head = (f"索引号：{r.randint(10**9, 10**10)}/{L.year + 1}-{r.randint(1, 999):05d} 浏览次数：{r.randint(50, 9999)} "
            f"相关文章：{cty}{L.year - 1}年度政府信息公开工作年度报告（{r.randint(1, 99)}）\n"
            f"按照{cty}政务公开办通知要求（{L.year}年全县共受理政府信息公开申请{r.randint(100, 900)}件），现将本单位年度报告公布如下。\n")
    return L.header(i) + head + L.page().render(r.choice(STYLES)), L, "navigation numbers and a line quoting the county's total"


@cls("l_rows_reordered")
def l_rows_reordered(r, i):
    L = Legacy(r, form="fujian")
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = b[1]
            head, body = rows[:1], rows[1:]
            tail = [x for x in body if x[0] in ("行政复议数", "行政诉讼数", "行政申诉数")]
            rest = [x for x in body if x not in tail]
            r.shuffle(tail)
            pg.blocks[k] = ("t", head + tail + rest, b[2])
    return pg.render(r.choice(STYLES), L.header(i)), L, "行政复议/诉讼/申诉 rows printed first, before 主动公开"


@cls("l_prose_table_nextyear")
def l_prose_table_nextyear(r, i):
    """Combination: the 统计表 captioned with the year (一年度) + a footer with the next year's plan counts."""
    L = Legacy(r)
    pg = L.page()
    pg.p(f"{L.year + 1}年工作计划：计划主动公开政府信息{L.active + r.randint(10, 90)}条，组织培训{r.randint(2, 6)}次，"
         f"力争依申请公开答复率达到100%。")
    return pg.render(r.choice(STYLES), L.header(i)), L, "next year's plan with counts after the table"


@cls("l_html_rowspan")
def l_html_rowspan(r, i):
    L = Legacy(r, form="national")
    pg = Page()
    L.prose(pg)
    rows = L.rows()
    h = ["<table border=\"1\">", "<tr><td>统 计 指 标</td><td>单位</td><td>统计数</td></tr>"]
    # heading rows span the unit and value cells; 行政复议 heading row spans two rows with its first sub-row
    for row in rows[1:]:
        if len(row) == 2:
            h.append(f"<tr><td colspan=\"3\">{row[0]}</td></tr>")
        else:
            h.append("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>")
    h.append("</table>")
    out = [f"<html><head><meta charset=\"utf-8\"><title>{L.title}</title></head><body><h2>{L.title}</h2>"]
    for b in pg.blocks:
        out.append(f"<p>{b[1]}</p>")
    out.append("<p>附表：政府信息公开情况统计表</p>")
    out.extend(h)
    out.append("</body></html>")
    return "\n".join(out), L, "HTML 统计表 with colspan heading rows"



# ---------------------------------------------------------------------------------------------- round 2
@cls("l_transposed_wide")
def l_transposed_wide(r, i):
    """The 统计表 printed wide: one header row of row names, one row of figures (a horizontal county form)."""
    L = Legacy(r, form=r.choice(["fujian", "national"]))
    pg = Page()
    L.prose(pg, counts=r.random() < 0.5)
    rows = [row for row in L.rows() if len(row) == 3][1:]
    pg.p(f"附表：{L.agency}{L.year}年政府信息公开情况统计表")
    pg.t([["项目"] + [x[0] for x in rows], ["单位"] + [x[1] for x in rows], ["统计数"] + [x[2] for x in rows]], "stat")
    return pg.render(r.choice(["lines", "pipe", "tabs"]), L.header(i)), L, "统计表 transposed: row names across one row, figures across the next"


@cls("l_complaints_two_rows_b")
def l_complaints_two_rows_b(r, i):
    """silent18 #2 variants: 接受…数 labels, equal or differing figures, 举报 first."""
    L = Legacy(r)
    s = r.randint(1, 5)
    j = s if r.random() < 0.5 else r.randint(1, 6)
    L.complaints = s + j
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = []
            for row in b[1]:
                if row[0] in ("行政申诉数", "五、举报投诉数量"):
                    pair = r.choice([("接受行政申诉数", "接受举报数"), ("接受举报数", "接受行政申诉数"), ("行政申诉数", "举报数"),
                                     ("五、行政申诉数量", "六、举报数量"), ("受理申诉数", "受理举报数")])
                    rows.append([pair[0], "件", str(s)] if len(row) == 3 else [pair[0], str(s)])
                    rows.append([pair[1], "件", str(j)] if len(row) == 3 else [pair[1], str(j)])
                else:
                    rows.append(row)
            pg.blocks[k] = ("t", rows, b[2])
    return pg.render(r.choice(STYLES), L.header(i)), L, f"two rows (申诉 {s}, 举报 {j}); legacy.complaints = {s + j}"


@cls("l_system_first")
def l_system_first(r, i):
    """The whole system's (全系统) 统计表 first, then 本机关's; the report is the bureau's own."""
    L = Legacy(r)
    S = Legacy(r, year=L.year, form=L.form, scale=r.choice([30, 80]))
    pg = Page()
    L.prose(pg)
    pg.p(r.choice(["附表1：全系统政府信息公开情况统计表", "（一）全系统汇总", f"附表一：{L.place[2]}{L.agency[len(L.place[2]):]}系统统计表"]))
    pg.t(S.rows(), "stat")
    pg.p(r.choice(["附表2：本机关政府信息公开情况统计表", "（二）局机关本级", "附表二：本级统计表"]))
    pg.t(L.rows(), "stat2")
    return pg.render(r.choice(STYLES), L.header(i)), L, "全系统 table first, then the bureau's own (本级) table"


@cls("m_system_first")
def m_system_first(r, i):
    m = Modern(r)
    m.agency = f"{m.place[1]}{r.choice(['公安局', '市场监督管理局', '税务局', '自然资源和规划局'])}"
    m.title = f"{m.agency}{m.year}年政府信息公开工作年度报告"
    S = Modern(r, year=m.year, scale=r.choice([100, 300]))
    S.form = m.form
    pg = Page()
    m.intro(pg); m.overview(pg); m.sec2(pg)
    pg.p("三、收到和处理政府信息公开申请情况")
    pg.p(r.choice(["（一）全市系统情况", "1.全系统汇总情况"]))
    pg.t(S.sec3_rows(), "sec3s")
    pg.p(r.choice(["（二）市局机关本级情况", "2.局机关本级情况"]))
    pg.t(m.sec3_rows(), "sec3")
    m.sec4(pg); m.tail(pg)
    return pg.render(r.choice(STYLES), m.header(i)), m, "§三 twice: the whole system's first, then the bureau's own (本级)"


@cls("l_hotline_table")
def l_hotline_table(r, i):
    """A 政府办's report appending its 12345 hotline / 市长信箱 statistics with 投诉/举报 rows."""
    L = Legacy(r)
    pg = L.page()
    t = r.choice(["12345政务服务便民热线办理情况统计表", "市长信箱办理情况统计", "便民服务热线受理情况统计表",
                  "政务服务“好差评”情况统计表"])
    n = r.randint(300, 9000)
    pg.p(f"附表二：{t}")
    pg.t([["项目", "单位", "数量"], ["受理群众诉求", "件", str(n)], ["其中：咨询", "件", str(n // 2)],
          ["投诉", "件", str(n // 5)], ["举报", "件", str(r.randint(10, 90))], ["求助", "件", str(n // 10)],
          ["办结数", "件", str(n - r.randint(1, 20))]], "hot")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"a second table '{t}' with 投诉/举报 rows after the 统计表"


@cls("l_tousu_sentence")
def l_tousu_sentence(r, i):
    L = Legacy(r, form="fujian")
    x = r.randint(10, 300)
    pg = L.page()
    pg.blocks.insert(4, ("p", r.choice([
        f"全年共受理群众投诉举报{x}件，其中涉及政府信息公开的{L.complaints}件。",
        f"本年度，{L.own}共接到各类投诉举报{x}件，办结率100%。",
        f"12345热线转办投诉、举报{x}件，均按时办结。"])))
    return pg.render(r.choice(STYLES), L.header(i)), L, f"prose: '投诉举报{x}件' of the agency's business; 统计表's 申诉 row is the count"


@cls("m_old_form_new_year")
def m_old_form_new_year(r, i):
    """A 2021–2023 report still printed on the 2019 form (one (六)其他处理 row, §二 with 上一年项目数量)."""
    m = Modern(r, year=r.choice([2021, 2022, 2023]))
    m.form = "2019"
    pg = m.page()
    e = m.expected()
    return pg.render(r.choice(STYLES), m.header(i)), (m, e), "a 2021+ report on the 2019 form"


@cls("m_sec4_two_year_rows")
def m_sec4_two_year_rows(r, i):
    m = Modern(r)
    pg = m.page()
    last = Modern(r, year=m.year - 1)
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec4":
            rows = b[1]
            lab = r.choice([(f"{m.year}年", f"{m.year - 1}年"), ("本年度", "上年度")])
            ordr = r.random() < 0.5
            a, c = [lab[0]] + rows[-1], [lab[1]] + last.sec4_rows()[-1]
            rows = rows[:-1] + ([a, c] if ordr else [c, a])
            rows[2] = ["年度"] + rows[2]
            pg.blocks[k] = ("t", rows, "sec4")
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, "§四 with two rows: this year and last year, labelled"


@cls("l_prev_year_before")
def l_prev_year_before(r, i):
    L = Legacy(r, year=r.randint(2010, 2018))
    P = Legacy(r, year=L.year - 1, agency=L.agency, form=L.form)
    glue = r.choice(["上一篇：\n", "【往年年报】\n", "相关阅读：\n"])
    return L.header(i) + glue + P.page().render("lines") + "\n本篇：\n" + L.page().render("lines"), L, \
        f"last year's whole report ({P.year}) before this year's (title {L.year})"


@cls("m_fees_decimal")
def m_fees_decimal(r, i):
    m = Modern(r, year=r.choice([2021, 2022, 2023]))
    fee = r.choice([round(r.uniform(0.1, 99), 2), round(r.uniform(100, 9999), 2), round(r.uniform(1000, 99999), 1)])
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = [x if x[0] != "行政事业性收费" else ["行政事业性收费", (f"{fee:,}" if r.random() < 0.4 else str(fee))] for x in b[1]]
            pg.blocks[k] = ("t", rows, "sec2")
    m.v["active.fees.amount_wan"] = fee
    e = m.expected(EXPECT_MODERN + ["active.fees.amount_wan"])
    e["active.fees.amount_wan"] = fee
    return pg.render(r.choice(STYLES), m.header(i)), (m, e), f"§二 fee amount {fee} 万元 (decimal, maybe with commas)"


# ---------------------------------------------------------------------------------------------- round 3
@cls("l_cells_style")
def l_cells_style(r, i):
    """PDF text: one cell per line (label, unit, figure each on its own line)."""
    L = Legacy(r)
    return L.page().render("cells", L.header(i, chrome=False)), L, "统计表 one cell per line (PDF text extraction)"


@cls("l_cells_footer")
def l_cells_footer(r, i):
    """Combination: one cell per line + a PDF page footer between rows."""
    L = Legacy(r)
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = b[1]
            at = r.randint(4, len(rows) - 3)
            pg.blocks[k] = ("t", rows[:at] + [[r.choice([f"- {r.randint(2, 5)} -", f"第 {r.randint(2, 5)} 页", str(r.randint(2, 5))])]] + rows[at:], b[2])
    return pg.render("cells", L.header(i, chrome=False)), L, "one cell per line with a page footer (- N - / 第 N 页 / bare N) between rows"


@cls("l_column_by_column_nounit")
def l_column_by_column_nounit(r, i):
    """silent18 #4 variant: labels block then figures block (no unit column), with the prose's counts agreeing."""
    L = Legacy(r, form=r.choice(["fujian", "national"]))
    pg = Page()
    L.prose(pg, counts=True)
    rows = [row for row in L.rows() if len(row) == 3]
    pg.p("附表：政府信息公开情况统计表")
    pg.blocks.append(("raw", "\n".join([row[0] for row in rows])))
    pg.blocks.append(("raw", "\n".join([row[2] for row in rows])))
    return pg.render("lines", L.header(i)), L, "labels block then figures block; prose states apps/复议/诉讼 counts"


@cls("l_other_table_review")
def l_other_table_review(r, i):
    """A 政府办/司法局 report appending its 依法行政 statistics: all 行政复议/行政诉讼 cases, not disclosure ones."""
    L = Legacy(r)
    L.agency = f"{L.place[2]}{r.choice(['司法局', '人民政府法制办公室', '人民政府办公室'])}"
    L.title = f"{L.agency}{L.year}年度政府信息公开工作年度报告"
    pg = L.page()
    t = r.choice(["行政复议、行政应诉案件情况统计表", "依法行政工作情况统计", "行政执法监督情况统计表"])
    pg.p(f"附表二：{L.place[2]}{L.year}年{t}")
    pg.t([["项目", "单位", "数量"], ["行政复议案件数", "件", str(r.randint(20, 200))], ["其中：维持", "件", str(r.randint(5, 60))],
          ["撤销", "件", str(r.randint(1, 9))], ["行政诉讼案件数", "件", str(r.randint(10, 90))],
          ["行政机关负责人出庭应诉数", "次", str(r.randint(3, 30))], ["规范性文件备案审查数", "件", str(r.randint(5, 50))]], "law")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"a second table '{t}' (all 复议/诉讼 cases of the area) after the 统计表"


@cls("l_review_business_sentence")
def l_review_business_sentence(r, i):
    """Sentences only; a 司法局 reports its 复议 business in the same report, and that no 复议 concerned disclosure."""
    L = Legacy(r, form="fujian")
    L.agency = f"{L.place[2]}{r.choice(['司法局', '人民政府法制办公室'])}"
    L.title = f"{L.agency}{L.year}年度政府信息公开工作年度报告"
    L.rev = [0, 0, 0]; L.lit = [0, 0, 0]
    pg = Page()
    L.prose(pg)
    x, y = r.randint(20, 300), r.randint(5, 80)
    pg.blocks.insert(3, ("p", r.choice([
        f"{L.year}年，我局依法办理行政复议案件{x}件，办理行政应诉案件{y}件，主动公开行政复议决定书{r.randint(5, 40)}份。",
        f"全年共受理行政复议申请{x}件，审结{x - r.randint(1, 9)}件；代理政府行政诉讼案件{y}件。"])))
    e = {"apps.new.total": L.N, "review.total": 0, "litigation.total": 0}
    return pg.render(r.choice(["lines", "onebody"]), L.header(i)), (L, e), f"the agency's 复议 business ({x}) in prose; no disclosure 复议/诉讼"


@cls("l_cumulative_only")
def l_cumulative_only(r, i):
    """The 统计表 prints only 截至本年底累计 figures; this year's counts are in the prose."""
    L = Legacy(r, form="fujian", year=r.randint(2011, 2018))
    pg = Page()
    L.prose(pg, counts=True)
    cum = Legacy(r, year=L.year, agency=L.agency, form="fujian", scale=r.choice([20, 60]))
    rows = cum.rows()
    rows[0] = [rows[0][0], rows[0][1], r.choice([f"截至{L.year}年底累计", "历年累计", f"2008年至{L.year}年累计"])]
    pg.p("附表：政府信息公开情况统计表（累计）")
    pg.t(rows, "stat")
    e = {"apps.new.total": L.N, "review.total": sum(L.rev), "litigation.total": sum(L.lit)}
    return pg.render(r.choice(STYLES), L.header(i)), (L, e), "统计表 of cumulative figures only (header 历年累计); this year's counts in prose"


@cls("m_zone_own_none_phrases")
def m_zone_own_none_phrases(r, i):
    """silent18 #5 variants: the agency says it received none, then the whole area's §三 follows without a heading number."""
    m = Modern(r)
    m.agency = f"{m.place[1]}{m.place[2]}{r.choice(['经济技术开发区管理委员会', '高新区管委会', '人民政府'])}"
    m.title = f"{m.agency}{m.year}年政府信息公开工作年度报告"
    zone = Modern(r, year=m.year, scale=r.choice([30, 80]))
    zone.form = m.form
    pg = Page()
    m.intro(pg)
    pg.p("一、总体情况")
    pg.p(f"{m.year}年，{r.choice(['本机关', '管委会本级'])}未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼。")
    m.sec2(pg)
    pg.p("三、收到和处理政府信息公开申请情况")
    pg.p(r.choice(["（全区汇总）", "全区各部门、各街道汇总如下：", "下表为辖区汇总数据："]))
    pg.t(zone.sec3_rows(), "sec3")
    pg.p("四、政府信息公开行政复议、行政诉讼情况")
    pg.t(m.sec4_rows(), "sec4")
    m.tail(pg)
    e = {k: 0 for k in ["apps.new.total", "outcome.granted.total", "outcome.total.total"]}
    e.update({k: m.v[k] for k in ["review.total", "litigation_direct.total"]})
    e["review.total"] = 0; e["litigation_direct.total"] = 0
    for k in [f"review.{x}" for x in ("upheld", "corrected", "other", "pending", "total")] + [
            f"{g}.{x}" for g in ("litigation_direct", "litigation_after_review") for x in ("upheld", "corrected", "other", "pending", "total")]:
        m.v[k] = 0
    pg.blocks = [b if not (b[0] == "t" and b[2] == "sec4") else ("t", m.sec4_rows(), "sec4") for b in pg.blocks]
    return pg.render(r.choice(STYLES), m.header(i)), (m, e), "'本机关未收到政府信息公开申请' then the area's §三 labelled 全区汇总"


# ---------------------------------------------------------------------------------------------- round 4
def s2t(text, variant="tw"):
    import subprocess
    return subprocess.run(["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "s2t.cjs"), variant], input=text.encode(), capture_output=True).stdout.decode()


@cls("m_traditional")
def m_traditional(r, i):
    """The site's 繁体版 (a toggle on most government sites) captured by the crawler."""
    m = Modern(r)
    return s2t(m.page().render(r.choice(STYLES), m.header(i)), r.choice(["tw", "hk", "t"])), m, "the page in traditional characters (site's 繁體版)"


@cls("l_traditional")
def l_traditional(r, i):
    L = Legacy(r)
    return s2t(L.page().render(r.choice(STYLES), L.header(i)), r.choice(["tw", "hk", "t"])), L, "legacy page in traditional characters"


@cls("m_total_first_column")
def m_total_first_column(r, i):
    """§三 printed with the 总计 column first (header 申请人情况 | 总计 | 自然人 | 法人或其他组织…), figures in that order."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1]
            new = rows[:1] + [["申请人情况", "总计", "自然人", "法人或其他组织"], rows[2]]
            for row in rows[3:]:
                new.append(row[:-7] + [row[-1]] + row[-7:-1])
            pg.blocks[k] = ("t", new, "sec3")
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, "§三 with the 总计 column printed first"


@cls("m_row_omitted")
def m_row_omitted(r, i):
    """A clerk's §三 without rows that are all zero (二、上年结转 or the 8 不予公开 sub-rows) — the others labelled."""
    m = Modern(r)
    pg = m.page()
    drop = r.choice(["上年结转", "不予公开subs", "不予处理subs"])
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1]
            new = []
            for row in rows:
                lab = " ".join(row[:-7]) if len(row) > 7 else ""
                nums = row[-7:]
                zero = all(x == "0" for x in nums)
                if drop == "上年结转" and "上年结转" in lab and zero: continue
                if drop == "不予公开subs" and zero and any(w in lab for w in ["属于国家秘密", "禁止公开", "三安全", "内部事务", "行政执法案卷", "行政查询"]): continue
                if drop == "不予处理subs" and zero and any(w in lab for w in ["重复申请", "公开出版物", "大量反复", "重新出具"]): continue
                new.append(row)
            pg.blocks[k] = ("t", new, "sec3")
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, f"§三 printed without its all-zero rows ({drop})"


@cls("m_sec2_extra_rows")
def m_sec2_extra_rows(r, i):
    """Provinces' extra §二 rows (行政确认, 行政奖励, 行政裁决, 其他对外管理服务事项) beside 行政许可 and 行政处罚."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = []
            for row in b[1]:
                rows.append(row)
                if row[0] == "行政许可":
                    for w in r.sample(["行政确认", "行政奖励", "行政裁决", "行政给付", "其他行政权力"], 2):
                        rows.append([w] + [str(r.randint(0, 400)) for _ in row[1:]])
                if row[0] == "行政强制":
                    rows.append(["行政检查"] + [str(r.randint(0, 400)) for _ in row[1:]])
            pg.blocks[k] = ("t", rows, "sec2")
    return pg.render(r.choice(STYLES), m.header(i)), m, "§二 with extra provincial rows (行政确认/奖励/裁决, 行政检查)"


@cls("m_sec4_total_first")
def m_sec4_total_first(r, i):
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec4":
            rows = b[1]
            nums = rows[-1]
            new = []
            for g in range(3):
                x = nums[g * 5:(g + 1) * 5]
                new += [x[4]] + x[:4]
            sub = ["总计", "结果维持", "结果纠正", "其他结果", "尚未审结"]
            rows = [rows[0], sub + ["未经复议直接起诉", "复议后起诉"], sub * 2, new]
            pg.blocks[k] = ("t", rows, "sec4")
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, "§四 groups printed 总计 first (总计 维持 纠正 其他 尚未审结)"


def zero_as(r):
    w = r.choice(["—", "/", "无", "-", "0件", "／"])
    return lambda x: w if x == 0 else str(x)


@cls("l_dash_zero")
def l_dash_zero(r, i):
    L = Legacy(r)
    return L.page(n=zero_as(r)).render(r.choice(STYLES), L.header(i)), L, "统计表 zeros printed as —, /, 无 or 0件"


@cls("l_remarks_column")
def l_remarks_column(r, i):
    """A 备注 column after the figure, with numbers of its own (同比, 其中 …)."""
    L = Legacy(r, year=r.randint(2010, 2018))

    def cols(key, x):
        rem = ""
        if key in ("apps", "active") and r.random() < 0.9:
            rem = r.choice([f"同比增加{r.randint(1, 9)}件", f"上年{x + r.randint(1, 30)}", f"其中网上{max(0, x // 2)}件", f"较{L.year - 1}年下降{r.randint(1, 40)}%"])
        if key == "rev" and r.random() < 0.7:
            rem = r.choice([f"{L.year - 1}年结转1件", f"已审结{x}件", "均维持"])
        return [str(x)] + ([rem] if rem else [])
    pg = Page()
    L.prose(pg)
    rows = L.rows(cols=cols)
    rows[0] = rows[0] + ["备注"]
    pg.p("附表：政府信息公开情况统计表")
    pg.t(rows, "stat")
    return pg.render(r.choice(STYLES), L.header(i)), L, "a 备注 column with numbers (同比, 上年, 其中网上) beside the figures"


@cls("l_excel_decimals")
def l_excel_decimals(r, i):
    L = Legacy(r)
    return L.page(n=lambda x: f"{x}.0" if r.random() < 0.7 else str(x)).render(r.choice(STYLES), L.header(i)), L, \
        "Excel export: counts as 3.0"


@cls("m_fullwidth_footer_sec4")
def m_fullwidth_footer_sec4(r, i):
    """Combination: full-width digits + a page footer inside §四's run."""
    m = Modern(r)
    pg = m.page(n=lambda x: str(x).translate(FW))
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec4":
            rows = b[1]
            nums = rows[-1]
            at = r.randint(3, 12)
            f = r.choice([f"－{r.randint(4, 7)}－".translate(FW), f"— {r.randint(4, 7)} —".translate(FW), f"第{r.randint(4, 7)}页".translate(FW)])
            pg.blocks[k] = ("t", rows[:-1] + [nums[:at], [f], nums[at:]], "sec4")
    return pg.render(r.choice(["lines", "onebody"]), m.header(i, chrome=False)), m, "full-width digits and a full-width page footer inside §四"


@cls("l_units_glued_cumfirst")
def l_units_glued_cumfirst(r, i):
    """Combination: no unit column, 件 glued, and the cumulative column first."""
    L = Legacy(r)
    pg = Page()
    L.prose(pg)
    pg.p("附表：政府信息公开情况统计表")

    def cols(key, x):
        other = x + r.randint(1, 60)
        return [f"{other}件", f"{x}件"]
    rows = L.rows(unit=False, cols=cols)
    rows[0] = rows[0][:-1] + r.choice([["历年累计", "本年度"], ["累计", f"{L.year}年"]])
    pg.t(rows, "stat")
    return pg.render(r.choice(STYLES), L.header(i)), L, "件 glued to figures and the cumulative column first"


# ---------------------------------------------------------------------------------------------- round 5
@cls("m_sec2_2019_signed")
def m_sec2_2019_signed(r, i):
    """2019-form §二 as clerks fill it: 本年增/减 signed (+3, -2) or 增加3, blank cells as —, units glued."""
    m = Modern(r, year=r.choice([2019, 2020]))
    pg = m.page()
    ch = {}
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = []
            for row in b[1]:
                if row[0] in ("行政许可", "行政处罚", "行政强制", "其他对外管理服务事项") and len(row) == 4:
                    d = r.choice([r.randint(1, 9), -r.randint(1, 9), 0])
                    sd = r.choice([f"+{d}" if d > 0 else str(d), (f"增加{d}" if d > 0 else f"减少{-d}" if d < 0 else "无变化")])
                    if d == 0 and r.random() < 0.5: sd = r.choice(["—", "/", "0"])
                    prev = row[1] if r.random() < 0.7 else r.choice(["—", "/"])
                    dec = row[3] + (r.choice(["", "件", "项"]))
                    rows.append([row[0], prev, sd, dec])
                else:
                    rows.append(row)
            pg.blocks[k] = ("t", rows, "sec2")
    return pg.render(r.choice(STYLES), m.header(i)), m, "2019 §二: 本年增/减 as +3/-2/增加3/减少2/无变化, blank prev cells as —, units glued to decisions"


@cls("m_sec2_2019_extra_after")
def m_sec2_2019_extra_after(r, i):
    """2019 §二 with one provincial row after 其他对外管理服务事项 (not between): 行政确认 | 行政奖励."""
    m = Modern(r, year=r.choice([2019, 2020]))
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = []
            for row in b[1]:
                rows.append(row)
                if row[0] == "其他对外管理服务事项":
                    rows.append([r.choice(["行政确认", "行政奖励", "行政征收"])] + [str(r.randint(0, 90)), "0", str(r.randint(0, 900))])
            pg.blocks[k] = ("t", rows, "sec2")
    return pg.render(r.choice(STYLES), m.header(i)), m, "2019 §二 with an extra row after 其他对外管理服务事项"


# ---------------------------------------------------------------------------------------------- round 6
@cls("m_sec2_no_change_phrase")
def m_sec2_no_change_phrase(r, i):
    """2019 §二: prev cell '/' and 本年增/减 in words (无变化, 持平, 增加3), then the decisions count."""
    m = Modern(r, year=r.choice([2019, 2020]))
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = []
            for row in b[1]:
                if row[0] in ("行政许可", "行政处罚") and len(row) == 4:
                    rows.append([row[0], r.choice(["/", "—", row[1]]), r.choice(["无变化", "持平", "不变", f"增加{r.randint(1, 5)}", "/"]), row[3]])
                else:
                    rows.append(row)
            pg.blocks[k] = ("t", rows, "sec2")
    return pg.render(r.choice(STYLES), m.header(i)), m, "2019 §二: 上一年项目数量 '/', 本年增/减 in words, then 处理决定数量"


@cls("m_dash_zero")
def m_dash_zero(r, i):
    m = Modern(r)
    w = r.choice(["—", "/", "-", "无"])
    pg = m.page(n=lambda x: w if x == 0 else str(x))
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, f"zeros printed as '{w}' in every table"


@cls("m_subtotal_column")
def m_subtotal_column(r, i):
    """§三 with a 法人或其他组织 小计 column (eight figures a row), as some local templates print it."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1]
            new = rows[:1] + [["申请人情况", "自然人", "法人或其他组织", "总计"],
                              ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计"]]
            for row in rows[3:]:
                nums = row[-7:]
                sub = sum(int(x) for x in nums[1:6])
                new.append(row[:-7] + nums[:6] + [str(sub), nums[6]])
            pg.blocks[k] = ("t", new, "sec3")
    return pg.render(r.choice(["lines", "pipe", "tabs"]), m.header(i)), m, "§三 with a 小计 column for 法人或其他组织 (8 figures a row)"


@cls("m_column_by_column")
def m_column_by_column(r, i):
    """§三 saved column by column (a converter reading the sheet column-major): row names, then each column's figures."""
    m = Modern(r)
    pg = Page()
    m.intro(pg); m.overview(pg); m.sec2(pg)
    pg.p("三、收到和处理政府信息公开申请情况")
    rows = m.sec3_rows()
    pg.blocks.append(("raw", "\n".join(rows[0] + rows[1] + rows[2])))
    body = rows[3:]
    pg.blocks.append(("raw", "\n".join(" ".join(x[:-7]) for x in body)))
    for j in range(7):
        pg.blocks.append(("raw", "\n".join(x[-7 + j] for x in body)))
    m.sec4(pg); m.tail(pg)
    return pg.render("lines", m.header(i)), m, "§三 column by column: all row names, then the figures of each applicant column"


# ---------------------------------------------------------------------------------------------- round 7
@cls("l_table_figures_lost")
def l_table_figures_lost(r, i):
    """The 统计表's figures were an embedded object the crawler lost: rows and units print, no figures; prose has counts."""
    L = Legacy(r, form=r.choice(["fujian", "national"]))
    a = L.a
    pg = Page()
    L.prose(pg)
    rv, lt = sum(L.rev), sum(L.lit)
    pg.blocks.insert(4, ("p", f"其中，同意公开{a['already'] + a['granted']}件，同意部分公开{a['partial']}件，不同意公开{a['denied']}件。"))
    pg.p("附表：政府信息公开情况统计表")
    pg.t([row[:2] for row in L.rows()], "stat")
    e = {"apps.new.total": L.N, "outcome.granted.total": a["already"] + a["granted"], "outcome.partial.total": a["partial"],
         "outcome.denied.total": a["denied"], "review.total": rv, "litigation.total": lt}
    return pg.render(r.choice(STYLES), L.header(i)), (L, e), "统计表 rows and units without figures (lost); prose states apps/answers/复议/诉讼"


@cls("m_header_repeated_midtable")
def m_header_repeated_midtable(r, i):
    """A PDF table continued on the next page repeats its header rows (申请人情况 自然人 …) mid-§三."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1]
            at = r.randint(7, len(rows) - 4)
            hdr = rows[1:3]
            extra = [[fold_footer(r, r.randint(3, 6), 8, m.title)]] if r.random() < 0.5 else []
            pg.blocks[k] = ("t", rows[:at] + extra + hdr + rows[at:], "sec3")
    return pg.render(r.choice(["lines", "onebody", "cells"]), m.header(i, chrome=False)), m, "§三 header rows repeated mid-table (PDF page continuation), sometimes after a footer"


@cls("l_header_repeated_midtable")
def l_header_repeated_midtable(r, i):
    L = Legacy(r)
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = b[1]
            at = r.randint(5, len(rows) - 4)
            extra = [[fold_footer(r, r.randint(2, 5), 5, L.title)]] if r.random() < 0.5 else []
            pg.blocks[k] = ("t", rows[:at] + extra + rows[:1] + rows[at:], b[2])
    return pg.render(r.choice(["lines", "onebody", "cells"]), L.header(i, chrome=False)), L, "统计表 header (指标 单位 统计数) repeated mid-table after a page break"


def wrap_label(r, row, nfig):
    lab = " ".join(row[:-nfig]) if len(row) > nfig else row[0]
    if len(lab) < 14:
        return [row]
    cut1 = r.randint(6, len(lab) - 6)
    if r.random() < 0.5:
        return [[lab[:cut1]] + row[-nfig:], [lab[cut1:]]]
    cut2 = r.randint(cut1 + 2, len(lab) - 2)
    return [[lab[:cut1]], [lab[cut1:cut2]] + row[-nfig:], [lab[cut2:]]]


@cls("m_label_wrap")
def m_label_wrap(r, i):
    """PDF text: long row labels wrap, and the figures sit on the label's first or middle line."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1][:3]
            for row in b[1][3:]:
                rows += wrap_label(r, row, 7)
            pg.blocks[k] = ("t", rows, "sec3")
    return pg.render("lines", m.header(i, chrome=False)), m, "long §三 labels wrapped over 2–3 lines with the figures on the first or middle line"


@cls("l_label_wrap")
def l_label_wrap(r, i):
    L = Legacy(r, form="national")
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = b[1][:1]
            for row in b[1][1:]:
                rows += wrap_label(r, row, 2) if len(row) == 3 else [row]
            pg.blocks[k] = ("t", rows, b[2])
    return pg.render("lines", L.header(i, chrome=False)), L, "long 统计表 labels wrapped over 2–3 lines, unit and figure on the first or middle line"


# ---------------------------------------------------------------------------------------------- round 8
@cls("m_sec2_2019_extra_penalty")
def m_sec2_2019_extra_penalty(r, i):
    """2019 §二: a provincial row between 行政处罚 and 行政强制 (行政检查/行政征收)."""
    m = Modern(r, year=r.choice([2019, 2020]))
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = []
            for row in b[1]:
                rows.append(row)
                if row[0] == "行政处罚":
                    rows.append([r.choice(["行政检查", "行政征收", "行政确认"]), str(r.randint(0, 90)), str(r.randint(0, 9)), str(r.randint(0, 900))])
            pg.blocks[k] = ("t", rows, "sec2")
    return pg.render(r.choice(STYLES), m.header(i)), m, "2019 §二 with a provincial row between 行政处罚 and 行政强制"


@cls("m_break_inside_row")
def m_break_inside_row(r, i):
    """A PDF page break between a §三 row's label and its figures; the running header names the year."""
    m = Modern(r)
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec3":
            rows = b[1]
            at = r.randint(4, len(rows) - 2)
            row = rows[at]
            brk = r.choice([[f"— {r.randint(3, 6)} —"], [f"- {r.randint(3, 6)} -", m.title], [str(r.randint(3, 6)), m.title]])
            new = rows[:at] + [row[:-7]] + [[x] for x in brk] + [row[-7:]] + rows[at + 1:]
            pg.blocks[k] = ("t", new, "sec3")
    return pg.render("lines", m.header(i, chrome=False)), m, "page break (footer, running header with the year) between a §三 label and its figures"


@cls("l_break_inside_row")
def l_break_inside_row(r, i):
    L = Legacy(r)
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = b[1]
            cand = [j for j, x in enumerate(rows) if len(x) == 3 and j > 2]
            at = r.choice(cand)
            row = rows[at]
            brk = r.choice([[f"— {r.randint(2, 5)} —"], [f"- {r.randint(2, 5)} -", L.title], [str(r.randint(2, 5))]])
            new = rows[:at] + [row[:2]] + [[x] for x in brk] + [row[2:]] + rows[at + 1:]
            pg.blocks[k] = ("t", new, b[2])
    return pg.render("lines", L.header(i, chrome=False)), L, "page break (footer / running header) between a 统计表 row's unit and its figure"



@cls("m_sec2_2019_one_extra")
def m_sec2_2019_one_extra(r, i):
    """2019 §二: ONE provincial row between 行政许可 and 其他对外管理服务事项."""
    m = Modern(r, year=r.choice([2019, 2020]))
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = []
            for row in b[1]:
                rows.append(row)
                if row[0] == "行政许可":
                    rows.append([r.choice(["行政确认", "行政奖励", "行政裁决", "行政给付"]), str(r.randint(0, 90)), str(r.randint(0, 9)), str(r.randint(0, 900))])
            pg.blocks[k] = ("t", rows, "sec2")
    return pg.render(r.choice(STYLES), m.header(i)), m, "2019 §二 with one provincial row between 行政许可 and 其他对外管理服务事项"



@cls("m_comparison_table")
def m_comparison_table(r, i):
    """§一 carries a small two-year comparison table of key counts (上年 | 本年 | 同比) before the template tables."""
    m = Modern(r, year=r.choice([2020, 2021, 2022, 2023]))
    p = Modern(r, year=m.year - 1)
    pg = m.page()
    v, w = m.v, p.v
    pct = lambda a, b: "—" if b == 0 else f"{(a - b) * 100 // b:+d}%"
    order = r.random() < 0.5
    hdr = ["项目", f"{m.year - 1}年", f"{m.year}年", "同比"] if order else ["项目", f"{m.year}年", f"{m.year - 1}年", "同比"]
    rows = [hdr]
    for lab, k in [("收到政府信息公开申请", "apps.new.total"), ("予以公开", "outcome.granted.total"), ("部分公开", "outcome.partial.total"),
                   ("行政复议", "review.total"), ("行政诉讼", "litigation.total"), ("行政许可", "active.licensing.decisions")]:
        a, b = v[k], w[k]
        rows.append([lab, str(b), str(a), pct(a, b)] if order else [lab, str(a), str(b), pct(a, b)])
    at = next(j for j, b in enumerate(pg.blocks) if b[0] == "p" and b[1].startswith("（三）政府信息管理"))
    pg.blocks[at:at] = [("p", f"近两年主要数据对比如下："), ("t", rows, "cmp")]
    return pg.render(r.choice(STYLES), m.header(i)), m, "a two-year comparison table (上年 | 本年 | 同比) of key counts in §一"


@cls("l_comparison_table")
def l_comparison_table(r, i):
    L = Legacy(r, year=r.randint(2010, 2018))
    P = Legacy(r, year=L.year - 1, form=L.form)
    pg = L.page()
    e, f = L.expected(), P.expected()
    order = r.random() < 0.5
    hdr = ["指标", "单位", f"{L.year - 1}年", f"{L.year}年"] if order else ["指标", "单位", f"{L.year}年", f"{L.year - 1}年"]
    rows = [hdr]
    for lab, k in [("收到申请数", "apps.new.total"), ("同意公开答复数", "outcome.granted.total"), ("行政复议数", "review.total"),
                   ("行政诉讼数", "litigation.total")]:
        rows.append([lab, "件", str(f[k]), str(e[k])] if order else [lab, "件", str(e[k]), str(f[k])])
    at = 3
    pg.blocks[at:at] = [("p", "近两年依申请公开情况对比表："), ("t", rows, "cmp")]
    return pg.render(r.choice(STYLES), L.header(i)), L, "a two-year comparison table (上年 | 本年) of key rows in the prose, before the 统计表"


@cls("m_other_agency_before")
def m_other_agency_before(r, i):
    """The column's previous article (another agency's same-year report) captured before this page's report."""
    m = Modern(r)
    o = Modern(r, year=m.year)
    o.form = m.form
    glue = r.choice(["上一篇：\n", "相关文章：\n", ""])
    return m.header(i) + glue + o.page().render("lines") + "\n" + m.page().render("lines"), m, \
        f"another agency's ({o.agency}) same-year report before this page's report (title: {m.agency})"


# ---------------------------------------------------------------------------------------------- round 9: combinations
@cls("l_cells_cumfirst")
def l_cells_cumfirst(r, i):
    L = Legacy(r)
    pg = Page()
    L.prose(pg)
    pg.p("附表：政府信息公开情况统计表")
    hw = r.choice([["历年累计", f"{L.year}年度"], ["累计数", "本年度"]])
    pg.t(two_col(L, "cum_first", r, hw), "stat")
    return pg.render("cells", L.header(i, chrome=False)), L, f"one cell per line + cumulative column first ({hw[0]} | {hw[1]})"


@cls("l_dash_zero_cumfirst")
def l_dash_zero_cumfirst(r, i):
    L = Legacy(r)
    w = r.choice(["—", "/", "无"])
    pg = Page()
    L.prose(pg)
    pg.p("附表：政府信息公开情况统计表")

    def cols(key, x):
        other = x + r.randint(0, 30)
        f = lambda y: w if y == 0 else str(y)
        return [f(other), f(x)]
    rows = L.rows(cols=cols)
    rows[0] = rows[0][:-1] + ["历年累计", f"{L.year}年"]
    pg.t(rows, "stat")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"zeros as '{w}' + cumulative column first"


@cls("l_complaints_cells")
def l_complaints_cells(r, i):
    """Combination: 申诉 and 举报 two rows (different figures) + one cell per line."""
    L = Legacy(r)
    s, j = r.randint(0, 4), r.randint(1, 5)
    if s == j: j += 1
    L.complaints = s + j
    pg = L.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t":
            rows = []
            for row in b[1]:
                if row[0] in ("行政申诉数", "五、举报投诉数量"):
                    rows.append(["行政申诉数", "件", str(s)]); rows.append(["举报数", "件", str(j)])
                else:
                    rows.append(row)
            pg.blocks[k] = ("t", rows, b[2])
    return pg.render("cells", L.header(i, chrome=False)), L, f"申诉 {s} and 举报 {j} rows, one cell per line"


@cls("m_traditional_footer_sec4")
def m_traditional_footer_sec4(r, i):
    text, m, _ = m_pdf_footer_sec4(r, i)
    return s2t(text, r.choice(["tw", "hk"])), m, "traditional characters + a page footer inside §四's run"


@cls("m_merged_repeat_footer")
def m_merged_repeat_footer(r, i):
    m = Modern(r)
    pg = Page()
    m.intro(pg); m.overview(pg); m.sec2(pg)
    pg.p("三、收到和处理政府信息公开申请情况")
    rows = m.sec3_rows(repeat_group=True)
    at = r.randint(6, len(rows) - 4)
    rows = rows[:at] + [[fold_footer(r, r.randint(3, 6), 8, m.title)]] + rows[at:]
    pg.t(rows, "sec3")
    m.sec4(pg); m.tail(pg)
    return pg.render(r.choice(["lines", "onebody"]), m.header(i, chrome=False)), m, "merged group cells repeated + a page footer in §三"


@cls("l_remarks_lastyear")
def l_remarks_lastyear(r, i):
    """Combination: this year | last year columns + a 备注 column with numbers."""
    L = Legacy(r, year=r.randint(2010, 2018))

    def cols(key, x):
        rem = r.choice(["", "", f"同比增加{r.randint(1, 9)}", f"其中网上{x // 2}件"]) if key != "x" else ""
        return [str(x), str(x + r.randint(0, 20))] + ([rem] if rem else [])
    pg = Page()
    L.prose(pg)
    rows = L.rows(cols=cols)
    rows[0] = rows[0][:-1] + [f"{L.year}年", f"{L.year - 1}年", "备注"]
    pg.p("附表：政府信息公开情况统计表")
    pg.t(rows, "stat")
    return pg.render(r.choice(STYLES), L.header(i)), L, "this year | last year columns + a 备注 column with numbers"


# ---------------------------------------------------------------------------------------------- round 10: sentences
def legacy_sentences_page(L, r, apps_sentence, extra=""):
    a = L.a
    rv, lt = sum(L.rev), sum(L.lit)
    pg = Page()
    pg.p(L.title)
    pg.p(f"一、概述 {L.year}年，{L.own}认真贯彻落实《条例》，进一步完善工作机制。二、主动公开情况 全年主动公开政府信息{L.active}条。")
    pg.p("三、依申请公开情况 " + apps_sentence +
         f"其中同意公开{a['granted']}件，同意部分公开{a['partial']}件，不予公开{a['denied']}件。" + extra)
    pg.p("四、行政复议和行政诉讼情况 " + (f"本年度因政府信息公开申请行政复议{rv}件" if rv else "本年度未发生因政府信息公开申请行政复议的情况") + "，" +
         (f"提起行政诉讼{lt}件。" if lt else "未发生行政诉讼。"))
    pg.p("五、存在的问题和改进措施 公开内容有待进一步丰富。")
    e = {"apps.new.total": L.N, "outcome.granted.total": a["granted"], "outcome.partial.total": a["partial"],
         "outcome.denied.total": a["denied"], "review.total": rv, "litigation.total": lt}
    return pg, e


@cls("l_sentences_cumulative")
def l_sentences_cumulative(r, i):
    L = Legacy(r, form="fujian", year=r.randint(2010, 2018))
    cum = L.N + r.randint(5, 80)
    first = r.choice([f"自《条例》施行以来，{L.own}累计受理政府信息公开申请{cum}件。{L.year}年共受理申请{L.N}件，",
                      f"{L.year}年，{L.own}受理政府信息公开申请{L.N}件（历年累计{cum}件），",
                      f"截至{L.year}年底，累计受理申请{cum}件，累计行政复议{r.randint(1, 5)}件；本年度受理申请{L.N}件，"])
    pg, e = legacy_sentences_page(L, r, first)
    return pg.render(r.choice(["lines", "onebody"]), L.header(i)), (L, e), f"sentences only: cumulative {cum} beside this year's {L.N}"


@cls("l_sentences_area_then_own")
def l_sentences_area_then_own(r, i):
    L = Legacy(r, form="fujian")
    area = L.N + r.randint(50, 900)
    first = r.choice([f"{L.year}年，全县各部门共受理政府信息公开申请{area}件，其中{L.own}受理{L.N}件，",
                      f"全区共收到政府信息公开申请{area}件，行政复议{r.randint(2, 20)}件。{L.own}本年度收到申请{L.N}件，",
                      f"据统计，{L.year}年全市政府信息公开申请总量为{area}件；{L.own}共受理{L.N}件，"])
    pg, e = legacy_sentences_page(L, r, first)
    return pg.render(r.choice(["lines", "onebody"]), L.header(i)), (L, e), f"sentences only: the area's {area} first, then the agency's own {L.N}"


@cls("l_sentences_lastyear")
def l_sentences_lastyear(r, i):
    L = Legacy(r, form="fujian", year=r.randint(2010, 2018))
    last = L.N + r.randint(1, 20)
    first = r.choice([f"{L.year - 1}年{L.own}受理申请{last}件，{L.year}年受理{L.N}件，",
                      f"全年受理政府信息公开申请{L.N}件，较上年（{last}件）减少{last - L.N}件，",
                      f"与上年{last}件相比，今年共受理申请{L.N}件，"])
    pg, e = legacy_sentences_page(L, r, first)
    return pg.render(r.choice(["lines", "onebody"]), L.header(i)), (L, e), f"sentences only: last year's {last} beside this year's {L.N}"


# ---------------------------------------------------------------------------------------------- round 11
TOPICS = ["某地块征收补偿安置方案", "某小区规划许可证", "企业环评批复文件", "某路段改造工程招标文件", "低保审批名单",
          "行政处罚决定书", "某项目立项批复", "土地出让合同", "拆迁补偿标准", "年度财政预算执行情况"]
KINDS = ["予以公开", "部分公开", "不予公开", "本机关不掌握相关政府信息", "告知通过其他途径办理", "重复申请"]


def ledger(r, year, n):
    rows = [["序号", "申请人", "申请内容", "受理日期", "答复日期", "答复类型"]]
    for j in range(1, n + 1):
        mth = r.randint(1, 12)
        rows.append([str(j), r.choice(["张", "王", "李", "赵", "陈"]) + "**", r.choice(TOPICS), f"{year}-{mth:02d}-{r.randint(1, 28):02d}",
                     f"{year}-{min(12, mth + 1):02d}-{r.randint(1, 28):02d}", r.choice(KINDS)])
    return rows


@cls("m_application_ledger")
def m_application_ledger(r, i):
    m = Modern(r, scale=r.choice([3, 8]))
    pg = m.page()
    at = next(j for j, b in enumerate(pg.blocks) if b[0] == "p" and b[1].startswith("四、政府信息公开行政复议"))
    pg.blocks[at:at] = [("p", r.choice(["附：依申请公开办理台账", "本年度依申请公开办理情况一览表"])),
                        ("t", ledger(r, m.year, max(1, min(12, m.v["apps.new.total"]))), "ledger")]
    return pg.render(r.choice(STYLES), m.header(i)), m, "an applications ledger (序号, dates, 答复类型) between §三 and §四"


@cls("l_application_ledger")
def l_application_ledger(r, i):
    L = Legacy(r, scale=r.choice([2, 6]))
    pg = L.page()
    pg.p(r.choice(["附表二：依申请公开政府信息办理情况登记表", "附：依申请公开台账"]))
    pg.t(ledger(r, L.year, max(1, min(12, L.N))), "ledger")
    return pg.render(r.choice(STYLES), L.header(i)), L, "an applications ledger (序号, dates, 答复类型) after the 统计表"


@cls("l_zone_own_none_phrases")
def l_zone_own_none_phrases(r, i):
    """silent18 #5 variants (legacy): the government says it (本级) received none; then the 全县/全区 汇总 统计表."""
    L = Legacy(r)
    L.agency = f"{L.place[2]}人民政府"
    L.own = "本机关"
    L.title = f"{L.agency}{L.year}年度政府信息公开工作年度报告"
    area = "全县" if L.place[2].endswith("县") else "全区" if L.place[2].endswith("区") else "全市"
    Z = Legacy(r, year=L.year, form=L.form, scale=r.choice([20, 60]))
    pg = Page()
    pg.p(L.title)
    pg.p(f"一、概述 {L.year}年，{r.choice(['县政府本级', '区政府本级', '本机关'])}未收到政府信息公开申请，也未发生因政府信息公开引起的行政复议和行政诉讼。")
    pg.p(r.choice([f"{area}各部门、各乡镇汇总情况见附表。", f"附表为{area}汇总数据。", ""]))
    pg.p(r.choice([f"附表：{area}政府信息公开情况统计表（汇总）", "附表：政府信息公开情况统计表（汇总）", f"{area}汇总"]))
    pg.t(Z.rows(), "stat")
    e = {"apps.new.total": 0, "review.total": 0, "litigation.total": 0}
    return pg.render(r.choice(STYLES), L.header(i)), (L, e), f"'本级未收到申请' then the {area}'s 汇总 统计表"



@cls("m_cells_style")
def m_cells_style(r, i):
    m = Modern(r)
    return m.page().render("cells", m.header(i, chrome=False)), m, "one cell per line (PDF text) for every table"


@cls("m_sec2_extra_cells")
def m_sec2_extra_cells(r, i):
    """Combination: the 2019 §二 two provincial rows + one cell per line."""
    text, m, _ = m_sec2_extra_rows(r, i)
    return text, m, "§二 extra provincial rows"


@cls("m_sec2_2019_two_extra_onebody")
def m_sec2_2019_two_extra_onebody(r, i):
    """2019 §二, two provincial rows after 行政许可, whole body on one line (crawler)."""
    m = Modern(r, year=r.choice([2019, 2020]))
    pg = m.page()
    for k, b in enumerate(pg.blocks):
        if b[0] == "t" and b[2] == "sec2":
            rows = []
            for row in b[1]:
                rows.append(row)
                if row[0] == "行政许可":
                    for w in r.sample(["行政确认", "行政奖励", "行政裁决", "行政给付", "行政征收"], 2):
                        rows.append([w, str(r.randint(0, 90)), str(r.randint(0, 9)), str(r.randint(0, 900))])
            pg.blocks[k] = ("t", rows, "sec2")
    return pg.render(r.choice(["onebody", "lines", "pipe"]), m.header(i)), m, "2019 §二 with two provincial rows after 行政许可"



@cls("l_multiyear_table")
def l_multiyear_table(r, i):
    """The only table is a multi-year one (指标 | 单位 | 2009年 … 2012年); this year's column is one of them."""
    L = Legacy(r, year=r.randint(2011, 2018))
    k = r.choice([3, 4, 5])
    years = list(range(L.year - k + 1, L.year + 1))
    if r.random() < 0.3: years = years[::-1]
    pos = years.index(L.year)

    def cols(key, x):
        out = []
        for y in years:
            out.append(str(x) if y == L.year else str(max(0, x + r.randint(-5, 20))))
        return out
    pg = Page()
    L.prose(pg, counts=False)
    rows = L.rows(cols=cols)
    rows[0] = rows[0][:-1] + [f"{y}年" for y in years]
    pg.p(f"附表：{years[0] if years[0] < years[-1] else years[-1]}—{L.year}年政府信息公开情况统计表")
    pg.t(rows, "stat")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"multi-year 统计表 with columns {years[0]}…{years[-1]}; this year's is column {pos + 1}"



@cls("l_other_subject_table")
def l_other_subject_table(r, i):
    """A township/bureau appends a look-alike table of another subject (村务/居务/党务公开, 来信来访) under a title
    that is not '…统计表': 汇总表, 情况表, 一览表."""
    L = Legacy(r)
    pg = L.page()
    kind = r.choice(["village", "letters"])
    if kind == "village":
        t = r.choice(["村务公开情况汇总表", "村（居）务公开工作情况表", "居务公开情况一览表", "党务公开工作情况表"])
        rows = [["项目", "单位", "数量"], ["公开事项数", "条", str(r.randint(50, 900))], ["村民申请查阅数", "件", str(r.randint(1, 40))],
                ["同意查阅数", "件", str(r.randint(1, 30))], ["投诉举报数", "件", str(r.randint(1, 20))]]
    else:
        t = r.choice(["来信来访情况表", "群众来信来访办理情况一览表", "信访工作情况汇总表"])
        rows = [["项目", "单位", "数量"], ["来信", "件", str(r.randint(10, 300))], ["来访", "批次", str(r.randint(10, 300))],
                ["举报", "件", str(r.randint(1, 50))], ["投诉", "件", str(r.randint(1, 50))], ["办结", "件", str(r.randint(10, 300))]]
    pg.p(f"附表二：{t}")
    pg.t(rows, "other")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"a look-alike table '{t}' (other subject) with 举报/投诉 rows after the 统计表"



@cls("l_appeals_row_other_table")
def l_appeals_row_other_table(r, i):
    """Fujian form (its last row 行政申诉数) + a later table of another subject with a 举报/投诉 row: the 申诉+举报
    two-row sum must not reach into the other table."""
    L = Legacy(r, form="fujian")
    pg = L.page()
    t, rows = r.choice([
        ("党务公开工作情况表", [["公开事项数", "条"], ["投诉举报数", "件"]]),
        ("12345热线办理情况统计表", [["受理诉求", "件"], ["其中：投诉", "件"], ["举报", "件"]]),
        ("来信来访情况表", [["来信", "件"], ["来访", "批次"], ["举报", "件"]]),
        ("村务公开情况汇总表", [["公开事项数", "条"], ["村民申请查阅数", "件"], ["投诉举报数", "件"]]),
        ("效能投诉受理情况", [["受理效能投诉", "件"], ["举报", "件"], ["办结", "件"]])])
    pg.p(r.choice([f"附表二：{t}", f"附：{t}", t]))
    pg.t([["项目", "单位", "数量"]] + [x + [str(r.randint(1, 400))] for x in rows], "other")
    return pg.render(r.choice(STYLES), L.header(i)), L, f"行政申诉数 row, then '{t}' with a 举报/投诉 row"



@cls("m_own_count_disagree_b")
def m_own_count_disagree_b(r, i):
    """silent18 #1 variants: other receipt wordings, the sentence in §三's lead or in §一."""
    m = Modern(r)
    t = m.v["apps.new.total"]
    p = t + r.choice([-1, 1]) * r.randint(2, 9)
    if p < 1: p = t + 4
    sent = r.choice([f"全年共接到政府信息公开申请{p}件", f"本年度{m.own}受理依申请公开{p}件", f"共有{p}件政府信息公开申请",
                     f"全年新收政府信息公开申请{p}件", f"收到公民、法人和其他组织提出的政府信息公开申请{p}件",
                     f"{m.year}年度共收到依申请公开件{p}件"])
    pg = m.page(count_sentence=False)
    where = r.choice(["sec3lead", "overview"])
    if where == "sec3lead":
        at = next(j for j, b in enumerate(pg.blocks) if b[0] == "p" and b[1].startswith("三、收到和处理"))
        pg.blocks.insert(at + 1, ("p", sent + "，均已依法答复。"))
    else:
        at = next(j for j, b in enumerate(pg.blocks) if b[0] == "p" and b[1].startswith("（三）政府信息管理"))
        pg.blocks.insert(at, ("p", "（二）依申请公开。" + sent + "，办结率100%。"))
    e = m.expected()
    e["apps.new.total"] = p
    return pg.render(r.choice(STYLES), m.header(i)), (m, e), f"prose '{sent}' vs §三 新收 总计 {t} ({where}); expected = prose, must be flagged"


@cls("m_zone_sec4_only")
def m_zone_sec4_only(r, i):
    """Own §三; §四 says 本年度无相关数据 then prints the 全区 §四."""
    m = Modern(r)
    m.agency = f"{m.place[1]}{m.place[2]}人民政府"
    m.title = f"{m.agency}{m.year}年政府信息公开工作年度报告"
    zone = Modern(r, year=m.year, scale=80)
    for g in ["review", "litigation_direct", "litigation_after_review"]:
        zone.v[f"{g}.total"] = 0
        for k in ["upheld", "corrected", "other", "pending"]:
            zone.v[f"{g}.{k}"] = r.randint(1, 9)
            zone.v[f"{g}.total"] += zone.v[f"{g}.{k}"]
    pg = Page()
    m.intro(pg); m.overview(pg); m.sec2(pg); m.sec3(pg)
    pg.p("四、政府信息公开行政复议、行政诉讼情况")
    pg.p(r.choice(["本年度无相关数据。全区情况如下：", "本机关本年度无相关数据，全区汇总如下：", "本年度无相关数据。（全区）"]))
    pg.t(zone.sec4_rows(), "sec4")
    m.tail(pg)
    e = m.expected()
    for k in ["review.upheld", "review.corrected", "review.other", "review.pending", "review.total", "litigation_direct.total",
              "litigation_after_review.total", "litigation.total"]:
        e[k] = 0
    return pg.render(r.choice(STYLES), m.header(i)), (m, e), "own §三; §四 '本年度无相关数据' then the 全区 §四"


def expected_of(obj):
    if isinstance(obj, tuple):
        base, e = obj
    else:
        base, e = obj, obj.expected()
    fam = "legacy" if isinstance(base, Legacy) else base.form
    return base, e, fam


def main():
    outdir = sys.argv[1]
    names = sys.argv[2:] or list(CLASSES)
    for name in names:
        f, n, _ = CLASSES[name]
        d = os.path.join(outdir, name)
        os.makedirs(d, exist_ok=True)
        for x in os.listdir(d):
            os.remove(os.path.join(d, x))
        exp = {"_about": f"adv11 class {name} (generated by bench/adversarial/gen.py, seed fixed per class)"}
        r = random.Random(zlib.crc32(name.encode()))
        for i in range(1, n + 1):
            text, obj, note = f(r, i)
            base, e, fam = expected_of(obj)
            ext = "html" if text.lstrip().startswith("<html") else "txt"
            fn = f"{name}-{i:02d}.{ext}"
            with open(os.path.join(d, fn), "w", encoding="utf-8") as fh:
                fh.write(text)
            exp[fn] = {"agency": base.agency, "year": base.year, "format": fam, "values": e, "notes": note}
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
        print(name, n)


if __name__ == "__main__":
    main()
