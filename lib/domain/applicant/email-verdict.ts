// The email check's verdict, as its heading reads. The checker judges the wording only; the rules
// may still refuse emailing the program (not applied yet, no call from it yet in program-initiated
// mode, an accepted offer), and then the verdict must never say "ready to send".

/** "ready to send", "2 things to fix", or, while the rules refuse, a verdict that says to hold. */
export function emailCheckVerdict(problems: number, refused: boolean): string {
  const toFix = `${problems} thing${problems === 1 ? "" : "s"} to fix`;
  if (refused) return problems === 0 ? "the wording passes, but do not send it yet" : `${toFix}, and do not send it yet`;
  return problems === 0 ? "ready to send" : toFix;
}
