// The one parser for a command line given as a string (`--player CMD`): no shell, so no $VAR, pipes or
// redirection; spaces separate words and '…' or "…" quote. Pure, so argument parsing can use it without
// loading any speech code.

/** Split a command line into argv: spaces separate, '…' and "…" quote. Throws on an unclosed quote. */
export function splitCommand(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let any = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      any = true;
    } else if (/\s/.test(ch)) {
      if (cur || any) out.push(cur);
      cur = '';
      any = false;
    } else cur += ch;
  }
  if (quote) throw new Error(`unclosed ${quote}`);
  if (cur || any) out.push(cur);
  return out;
}
