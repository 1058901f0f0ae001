// The terminal around the reader: full screen for the visual layout, and the environment Ink reads.

/**
 * The visual layout takes the whole screen, as less and vim do: the alternate screen keeps the
 * scrollback (and whatever npm printed first) out of Ink's way and gives it back on exit. Returns the
 * function that gives it back (also run on process exit, whatever ends it). The screen-reader layout
 * stays in the normal buffer, where every line it appends can be read back.
 */
export function enterFullScreen(stdout: NodeJS.WriteStream): () => void {
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    stdout.write('\x1b[?25h\x1b[?1049l'); // the cursor too, in case Ink never showed it again
    process.off('exit', leave);
  };
  stdout.write('\x1b[?1049h\x1b[H\x1b[2J');
  process.once('exit', leave);
  return leave;
}

/**
 * Ink draws nothing but the last frame when it thinks it runs in CI (CI or CONTINUOUS_INTEGRATION set).
 * When both ends are terminals a person is reading: let Ink draw (it reads these when it is loaded).
 */
export function letInkDraw(): void {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}
