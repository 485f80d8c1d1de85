import { describe, expect, it } from "vitest";
import { dashboardRow } from "../../../lib/domain/alerts";
import { PAGE_SIZE, dashboardHref, dashboardPage, filterOptions, filterRows, readDashboardQuery, sortRows } from "../../../lib/domain/dashboard/table";
import { NOW, given } from "./builders";

const row = (name: string, build: (b: ReturnType<typeof given>) => ReturnType<typeof given>) => ({
  ...dashboardRow(build(given({ fullName: name, applicantId: name })).build(), NOW),
});

const ana = row("Ana", (b) => b.targets(16).assign("adv1"));
const ben = row("Ben", (b) => b.targets(3));
const cy = { ...row("Cy", (b) => b.targets(15).assign("adv2").offer("o1", "p1", "ACCEPTED")), specialty: "Pediatrics" };
const rows = [ben, cy, ana];

describe("the dashboard's query string", () => {
  it("keeps what parses and drops what does not, so an old link still opens", () => {
    expect(
      readDashboardQuery({ q: " ana ", alert: "THIN_LIST", sort: "applied", dir: "asc", page: "2", strategy: "nonsense", accepted: ["yes", "no"] }),
    ).toEqual({
      q: "ana",
      alert: "THIN_LIST",
      sort: "applied",
      dir: "asc",
      page: 2,
      accepted: "yes",
    });
    expect(readDashboardQuery({ page: "0", sort: "drop table", q: "x".repeat(101) })).toEqual({});
  });

  it("writes a view back as a link, changing only what is asked", () => {
    expect(dashboardHref({ q: "ana", page: 3 }, { page: undefined, sort: "name" })).toBe("?q=ana&sort=name");
    expect(dashboardHref({})).toBe("?");
  });
});

describe("filters, sort and pages", () => {
  it("filters by search text, alert, advocate, specialty, no advocate and acceptance", () => {
    const names = (q: Parameters<typeof filterRows>[1]) => filterRows(rows, q).map((r) => r.fullName);
    expect(names({ q: "an" })).toEqual(["Ana"]);
    expect(names({ q: "dr. one" })).toEqual(["Ana"]);
    expect(names({ alert: "THIN_LIST" })).toEqual(["Ben"]);
    expect(names({ advocate: "adv2" })).toEqual(["Cy"]);
    expect(names({ specialty: "Pediatrics" })).toEqual(["Cy"]);
    expect(names({ noAdvocate: "1" })).toEqual(["Ben"]);
    expect(names({ accepted: "yes" })).toEqual(["Cy"]);
    expect(names({ accepted: "no", strategy: "strong" })).toEqual(["Ben", "Ana"]);
  });

  it("sorts by any column either way, ties by name; by default the most pressing first", () => {
    expect(sortRows(rows, { sort: "targets", dir: "asc" }).map((r) => r.fullName)).toEqual(["Ben", "Cy", "Ana"]);
    expect(sortRows(rows, { sort: "name" }).map((r) => r.fullName)).toEqual(["Ana", "Ben", "Cy"]);
    expect(sortRows(rows, {})[0]?.fullName).toBe("Ben");
  });

  it("pages by 50 and clamps a page past the end", () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...ben, applicantId: `a${i}`, fullName: `P${String(i).padStart(3, "0")}` }));
    const last = dashboardPage(many, { sort: "name", page: 9 });
    expect(last).toMatchObject({ page: 3, pages: 3, total: 120 });
    expect(last.rows).toHaveLength(120 - 2 * PAGE_SIZE);
    expect(dashboardPage(many, { sort: "name" }).rows[0]?.fullName).toBe("P000");
  });

  it("offers the school's specialties and advocates as filter choices", () => {
    expect(filterOptions(rows)).toEqual({
      specialties: ["Internal Medicine", "Pediatrics"],
      advocates: [
        { id: "adv1", name: "Dr. One" },
        { id: "adv2", name: "Dr. Two" },
      ],
    });
  });
});
