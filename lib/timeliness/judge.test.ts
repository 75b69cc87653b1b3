import { describe, expect, it } from "vitest";
import { beijingDate, dayNumber, deadlineFor, publicationDate } from "./deadline";
import { judgeAbsence, judgeAgencyYears, judgeReport, type KnownAgency } from "./judge";
import { countByPlace, countByYear, listOf, PROBLEM_STATUSES } from "./tally";

const dept = { kind: "department", level: "county" };
const gov = { kind: "government", level: "county" };

describe("deadlines", () => {
  it("departments by 1月31日 and governments by 3月31日 from 2019, everyone by 3月31日 before", () => {
    expect(deadlineFor(2023, "department", "city")!.date).toBe("2024-01-31");
    expect(deadlineFor(2023, "government_office", "province")!.date).toBe("2024-01-31");
    expect(deadlineFor(2023, "government", "county")!.date).toBe("2024-03-31");
    expect(deadlineFor(2023, "street", "township")!.date).toBe("2024-03-31");
    expect(deadlineFor(2018, "department", "city")!.date).toBe("2019-03-31");
    expect(deadlineFor(2007, "department", "city")).toBeNull();
  });

  it("reads dates strictly and instants at Beijing time", () => {
    expect(dayNumber("2024-02-30")).toBeNull();
    expect(dayNumber("2024-13-01")).toBeNull();
    expect(beijingDate("2024-01-31T16:30:00Z")).toBe("2024-02-01");
    expect(beijingDate("2024-01-31T15:59:00Z")).toBe("2024-01-31");
  });

  it("takes the stated date, else the page's, else first seen", () => {
    expect(
      publicationDate({ published: "2024-01-02", pagePublished: "2024-01-05", firstSeenAt: "2024-03-01T00:00:00Z" }),
    ).toEqual({ date: "2024-01-02", source: "stated" });
    expect(
      publicationDate({ published: null, pagePublished: "2024-01-05", firstSeenAt: "2024-03-01T00:00:00Z" }),
    ).toEqual({ date: "2024-01-05", source: "page" });
    expect(publicationDate({ published: "unknown", pagePublished: null, firstSeenAt: "2024-03-01T00:00:00Z" })).toEqual(
      { date: "2024-03-01", source: "first_seen" },
    );
    expect(publicationDate({ published: null })).toBeNull();
  });
});

describe("judging one agency and year", () => {
  it("is on time on the deadline day and late by the days after it", () => {
    expect(judgeReport({ year: 2023, ...dept, published: "2024-01-31" })!.status).toBe("on_time");
    expect(judgeReport({ year: 2023, ...dept, published: "2024-02-10" })).toMatchObject({
      status: "late",
      daysLate: 10,
      deadline: "2024-01-31",
    });
    expect(judgeReport({ year: 2023, ...gov, published: "2024-02-10" })!.status).toBe("on_time");
    expect(judgeReport({ year: 2023, ...dept, published: null, firstSeenAt: "2024-04-01T02:00:00Z" })).toMatchObject({
      status: "late",
      daysLate: 61,
      dateSource: "first_seen",
    });
    expect(judgeReport({ year: 2023, ...dept, published: null })!.status).toBe("undated");
  });

  it("is missing only once the deadline has passed", () => {
    expect(judgeAbsence({ year: 2023, ...dept }, "2024-01-31")!.status).toBe("not_due");
    expect(judgeAbsence({ year: 2023, ...dept }, "2024-02-01")!.status).toBe("missing");
    expect(judgeAbsence({ year: 2023, ...gov }, "2024-02-01")!.status).toBe("not_due");
  });
});

describe("agencies over years", () => {
  const agencies: KnownAgency[] = [
    { id: "a", name: "甲局", ...dept, place: "3301", firstYear: 2021 },
    { id: "b", name: "乙区人民政府", ...gov, place: "3302", firstYear: 2022 },
    { id: "c", name: "丙局", ...dept, place: "3301", firstYear: null }, // listed by collect, never published
  ];
  const reports = [
    { agencyId: "a", year: 2021, publicId: "r1", published: "2022-01-10" },
    { agencyId: "a", year: 2023, publicId: "r3", published: "2024-03-01" }, // 2024 is a leap year: 30 days late
    { agencyId: "b", year: 2022, publicId: "r4", published: null },
  ];
  const rows = judgeAgencyYears({ agencies, reports, from: 2020, to: 2024, today: "2025-02-15" });

  it("owes every year from the first report (listed agencies: the whole range), judged against today", () => {
    const of = (id: string) => rows.filter((r) => r.agencyId === id).map((r) => [r.year, r.status]);
    expect(of("a")).toEqual([
      [2021, "on_time"],
      [2022, "missing"],
      [2023, "late"],
      [2024, "missing"],
    ]);
    expect(of("b")).toEqual([
      [2022, "undated"],
      [2023, "missing"],
      [2024, "not_due"],
    ]);
    expect(of("c").map(([, s]) => s)).toEqual(["missing", "missing", "missing", "missing", "missing"]);
  });

  it("counts per year and place and lists the late and missing", () => {
    const y2024 = countByYear(rows).find((c) => c.year === 2024)!;
    expect(y2024).toMatchObject({ missing: 2, not_due: 1, on_time: 0, late: 0 });
    const places = countByPlace(rows);
    expect(places[0]).toMatchObject({ place: "3301", missing: 7, late: 1, on_time: 1 });
    const list = listOf(rows, PROBLEM_STATUSES);
    expect(list.every((r) => r.status === "late" || r.status === "missing")).toBe(true);
    expect(list[0].year).toBe(2024);
    expect(list.filter((r) => r.status === "late")).toMatchObject([{ agencyId: "a", year: 2023, daysLate: 30 }]);
  });
});
