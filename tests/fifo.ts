// Waiting on a FIFO, seen from outside (Linux /proc), so a test can act the moment langdu holds one
// open instead of after a guessed sleep.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // not there yet, or gone
  }
};

/** Whether process `pid` holds `path` open. */
export function holdsOpen(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false; // closed meanwhile
      }
    });
  } catch {
    return false; // not started yet, or gone
  }
}

/** The langdu process a tmux pane runs (a child of the pane's shell), or 0 while there is none. */
export function langduIn(panePid: number): number {
  const children = read(`/proc/${panePid}/task/${panePid}/children`).split(' ').filter(Boolean);
  return Number(children.find((pid) => read(`/proc/${pid}/cmdline`).includes('langdu.js')) ?? 0);
}
