// The emails: plain text plus simple HTML, with whatever a dean typed escaped in the HTML.
import { describe, expect, it } from "vitest";
import { invitationEmail, magicLinkEmail } from "@/lib/server/mail/templates";

describe("mail templates", () => {
  it("puts the sign-in link in both bodies and says how long it works", () => {
    const mail = magicLinkEmail("a@school.edu", "https://soap.school.edu/api/auth/callback/nodemailer?token=t&email=a", "soap.school.edu", 60);
    expect(mail.text).toContain("https://soap.school.edu/api/auth/callback/nodemailer?token=t&email=a");
    expect(mail.html).toContain('href="https://soap.school.edu/api/auth/callback/nodemailer?token=t&amp;email=a"');
    expect(mail.text).toContain("expires in 60 minutes");
  });

  it("escapes names in the invitation's HTML", () => {
    const mail = invitationEmail({
      to: "x@school.edu",
      name: "<script>alert(1)</script>",
      role: "APPLICANT",
      schoolName: "Northfield & Co",
      invitedByName: "Dana Dean",
      url: "https://soap.school.edu/invite/abc",
      expiresLabel: "Tue, Mar 17",
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).toContain("Northfield &amp; Co");
    expect(mail.subject).toBe("Northfield & Co invited you to SOAP Desk");
    expect(mail.text).toContain("Accept the invitation: https://soap.school.edu/invite/abc");
  });

  it("speaks to each person invited in the words meant for them", () => {
    const base = { to: "x@school.edu", name: "Sam", schoolName: "Northfield", invitedByName: "Dana Dean", url: "https://s/i/a", expiresLabel: "Tue" };
    const applicant = invitationEmail({ ...base, role: "APPLICANT" }).text;
    const advocate = invitationEmail({ ...base, role: "ADVOCATE" }).text;
    const dean = invitationEmail({ ...base, role: "DEAN" }).text;
    expect(applicant).toContain("as an applicant");
    expect(applicant).toContain("your faculty advocates");
    expect(advocate).toContain("as a faculty advocate");
    expect(advocate).toContain("the applicants you speak for");
    // The applicant's words are not the advocate's: no "your faculty advocates", no "your target list".
    expect(advocate).not.toMatch(/your faculty advocates|your target list|a program makes to you/);
    expect(dean).toContain("as a member of the dean's office");
    expect(dean).not.toMatch(/your faculty advocates|the applicants you speak for/);
  });
});
