// Tap-to-call: a tel: link keeps only digits and a leading "+", and the person to ask for is the
// coordinator when there is one, else the program director.
import { describe, expect, it } from "vitest";
import { contactPerson, mailtoAddress, programContact, telHref } from "@/lib/domain/applicant/program-contact";

const blank = { phone: "", prefersEmail: false, coordinatorName: "", coordinatorEmail: "", directorName: "", directorEmail: "" };

describe("telHref", () => {
  it.each([
    ["(555) 010-0199", "tel:5550100199"],
    ["+1 (555) 010-0199", "tel:+15550100199"],
    [" 555.010.0199 ", "tel:5550100199"],
    ["1-555-010-0199", "tel:15550100199"],
    ["555 + 0100", "tel:5550100"],
  ])("%s -> %s", (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it("is null when there is no number", () => {
    expect(telHref("")).toBeNull();
    expect(telHref("  ")).toBeNull();
    expect(telHref("call the office")).toBeNull();
  });
});

describe("contactPerson", () => {
  it("prefers the coordinator", () => {
    const p = { ...blank, coordinatorName: "Sam Lee", coordinatorEmail: "im@example.org", directorName: "Dr. Ana Ruiz", directorEmail: "pd@example.org" };
    expect(contactPerson(p)).toEqual({ role: "coordinator", name: "Sam Lee", email: "im@example.org" });
  });

  it("falls back to the program director", () => {
    expect(contactPerson({ ...blank, directorName: "Dr. Ana Ruiz", directorEmail: "pd@example.org" })).toEqual({
      role: "program director",
      name: "Dr. Ana Ruiz",
      email: "pd@example.org",
    });
  });

  it("is null when nobody is on file", () => {
    expect(contactPerson(blank)).toBeNull();
  });
});

describe("programContact and mailtoAddress", () => {
  it("bundles the phone, its tel: link and the person", () => {
    expect(programContact({ ...blank, phone: "+1 555 010 0199 ", coordinatorEmail: "im@example.org" })).toEqual({
      phone: "+1 555 010 0199",
      telHref: "tel:+15550100199",
      prefersEmail: false,
      person: { role: "coordinator", name: "", email: "im@example.org" },
    });
  });

  it("makes a mailto: link only from an address", () => {
    expect(mailtoAddress(" im@example.org ")).toBe("mailto:im@example.org");
    expect(mailtoAddress("")).toBeNull();
  });
});
