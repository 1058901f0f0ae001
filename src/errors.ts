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
