// Errors a user can act on. The CLI prints `langdu: <message>` on one line and exits with `exitCode`;
// anything else that escapes is a bug and is reported as one (still one line, no stack trace).
export class LangduError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'LangduError';
  }
}

/** Wrong usage of the command line: exit code 2. */
export class UsageError extends LangduError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/**
 * A name from outside (a path, an argument) made safe to print in a message: control characters,
 * newline and tab included, become `?` as ls shows them, so a file named `\e]0;x\a.txt` can neither
 * retitle the terminal nor break the message's one line.
 */
export function forTerminal(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
