// Ink render options shared by the reader and the bench, so the bench measures what users get.
// 120 fps: Ink's default 30 fps throttle holds a frame back up to 33 ms when two renders fall in one
// window, which a reader feels as a lagging cursor; incremental output rewrites only changed lines.
export const RENDER_OPTIONS = {
  exitOnCtrlC: false,
  patchConsole: false,
  maxFps: 120,
  incrementalRendering: true,
  // Ink's own screen-reader output still rewrites the frame; ours only appends (ScreenReaderLayout).
  isScreenReaderEnabled: false,
} as const;
