// A mailto: link that opens the applicant's own mail client with the drafted email.

export function mailtoHref(to: readonly string[], subject: string, body: string): string {
  const recipients = to
    .filter((a) => a.trim() !== "")
    .map((a) => encodeURIComponent(a.trim()))
    .join(",");
  // RFC 6068: line breaks in the body are CRLF, encoded.
  const params = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`;
  return `mailto:${recipients}?${params}`;
}
