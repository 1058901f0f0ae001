// Ink render options shared by the reader and the bench, so the bench measures what users get.
export const RENDER_OPTIONS = {
  exitOnCtrlC: false,
  patchConsole: false,
  // Ink's default 30 fps throttle holds a frame back up to 33 ms when two renders fall in one window,
  // which a reader feels as a lagging cursor.
  maxFps: 120,
  // Not incrementalRendering: in Ink 6.8 it leaves stale lines behind (a second status line after a
  // move, seen in tmux); whole frames cost about the same here.
  incrementalRendering: false,
  // Ink's own screen-reader output still rewrites the frame; ours only appends (ScreenReaderLayout).
  isScreenReaderEnabled: false,
} as const;
