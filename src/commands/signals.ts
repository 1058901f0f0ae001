// The ways a command is told to stop from outside: Ctrl+C (SIGINT, when the terminal is not in raw
// mode), kill (SIGTERM) and a closed terminal (SIGHUP). Node's default for each ends the process
// without running 'exit' handlers, which would leave speech processes and the alternate screen behind.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Call `handler` (once) on any of them; returns the function that stops listening. */
export function onStopSignals(handler: () => void): () => void {
  let fired = false;
  const once = () => {
    if (fired) return;
    fired = true;
    handler();
  };
  for (const s of SIGNALS) process.on(s, once);
  return () => {
    for (const s of SIGNALS) process.off(s, once);
  };
}
