// Who to ask for when calling a program back, and links a phone can tap: the coordinator answers
// the program's phone and email in SOAP, so they come first; the program director otherwise.

export interface ProgramContactFields {
  phone: string;
  prefersEmail: boolean;
  coordinatorName: string;
  coordinatorEmail: string;
  directorName: string;
  directorEmail: string;
}

export interface ContactPerson {
  role: "coordinator" | "program director";
  name: string;
  email: string;
}

export interface ProgramContact {
  /** The number as stored, for people to read; "" when none is on file. */
  phone: string;
  /** `tel:` link, or null when there is no number. */
  telHref: string | null;
  prefersEmail: boolean;
  person: ContactPerson | null;
}

/** `tel:` keeps only digits and a leading "+": "+1 (555) 010-0199" -> "tel:+15550100199". */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits === "") return null;
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}

export function mailtoAddress(email: string): string | null {
  const trimmed = email.trim();
  return trimmed === "" ? null : `mailto:${trimmed}`;
}

/** The coordinator when named or reachable by email, else the program director, else nobody. */
export function contactPerson(p: ProgramContactFields): ContactPerson | null {
  const coordinator = { name: p.coordinatorName.trim(), email: p.coordinatorEmail.trim() };
  if (coordinator.name || coordinator.email) return { role: "coordinator", ...coordinator };
  const director = { name: p.directorName.trim(), email: p.directorEmail.trim() };
  if (director.name || director.email) return { role: "program director", ...director };
  return null;
}

export function programContact(p: ProgramContactFields): ProgramContact {
  return { phone: p.phone.trim(), telHref: telHref(p.phone), prefersEmail: p.prefersEmail, person: contactPerson(p) };
}
