// The sleep timer's clock: the reducer keeps the minutes chosen (and a seq for each choice); this hook
// counts them and reports a minute before the end (said) and the end (the reading stops). A new choice
// or off clears the old clock. `minuteMs` is a minute's length: tests give a short one.
import { useEffect } from 'react';
import type { Command } from '../../reader/state.js';

export function useSleepTimer(sleep: { minutes: number; seq: number }, apply: (cmd: Command) => void, minuteMs = 60_000): void {
  useEffect(() => {
    if (!sleep.minutes) return;
    const warn = setTimeout(() => apply({ type: 'sleepWarn', seq: sleep.seq }), (sleep.minutes - 1) * minuteMs);
    const end = setTimeout(() => apply({ type: 'sleepEnd', seq: sleep.seq }), sleep.minutes * minuteMs);
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [sleep.seq, sleep.minutes, apply, minuteMs]);
}
