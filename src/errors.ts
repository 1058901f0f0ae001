// Errors a user can act on. The CLI prints `langdu: <message>` on one line and exits with `exitCode`;
// anything else that escapes is a bug and is reported as one (still one line, no stack trace).
import { safeLine } from './terminal-safe.js';

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
 * A name or value from outside (a path, an argument, a library's words) made safe to quote in a one-line
 * message: the door's one-line form (terminal-safe.ts), so a file named `\e]0;x\a.txt` shows as
 * `␛]0;x␇.txt` and can neither retitle the terminal nor break the message's one line.
 */
export const forTerminal = safeLine;
