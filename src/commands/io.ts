// What a command may touch of the outside world, so tests can run commands without a process.
// Everything a command writes goes through the door (terminal-safe.ts) here, so no message, outline or
// passage can forget it: whatever came from outside shows as text and commands no terminal.
import { safeLine, safeText } from '../terminal-safe.js';

export interface Io {
  /** Text for standard output; line ends and tabs are kept, every other control is shown. */
  out(text: string): void;
  /** Text for standard error, as `out`. */
  err(text: string): void;
  /** Redraw the current line of standard error (a progress bar): the carriage return is ours, the text one line. */
  status(text: string): void;
}

/** An Io over two writers, every byte through the door. */
export function doorIo(out: (t: string) => void, err: (t: string) => void): Io {
  return {
    out: (t) => out(safeText(t)),
    err: (t) => err(safeText(t)),
    status: (t) => err(`\r${safeLine(t)}`),
  };
}

export const processIo: Io = doorIo(
  (t) => void process.stdout.write(t),
  (t) => void process.stderr.write(t),
);
