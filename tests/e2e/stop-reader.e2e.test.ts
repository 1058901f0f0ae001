// Ctrl+C pressed in the reader while it is still opening a big document (made here): the reader ends
// within a moment, says so, exits 130 and leaves the terminal as it found it (normal screen, cursor
// shown, keys echoed again).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { busyFor } from '../helpers.js';
import { BIN, needTool, programPid, Tmux, tmux } from './tmux.js';

const haveTmux = needTool('tmux');
const cleanup: (() => void)[] = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});

describe.skipIf(!haveTmux)('Ctrl+C in the reader while the document loads', () => {
  it('ends it promptly with exit 130 and gives the screen back', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'langdu-stop-reader-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'long-page.html');
    writeFileSync(
      file,
      `<html><head><title>某市报告</title></head><body><article>${Array.from({ length: 90_000 }, (_, k) => `<p>第${k}段。依法行政，建设法治政府，推进严格规范公正文明执法。</p>`).join('\n')}</article></body></html>`,
    );
    const t = new Tmux(`node ${BIN} --no-speech ${file}`, { XDG_STATE_HOME: join(dir, 's'), XDG_CONFIG_HOME: join(dir, 'c') }, undefined, { ctrlC: true });
    cleanup.push(() => t.kill());
    let pid = 0;
    const deadline = Date.now() + 15_000;
    for (pid = programPid(t); pid === 0 && Date.now() < deadline; pid = programPid(t)) await new Promise((r) => setTimeout(r, 20));
    expect(pid).toBeGreaterThan(0);
    await busyFor(pid, 700, 'opening the page');
    const sent = performance.now();
    t.send('C-c');
    const screen = await t.waitFor('EXIT=');
    const took = performance.now() - sent;
    expect(screen).toContain('langdu: stopped');
    expect(screen).toContain('EXIT=130');
    expect(took).toBeLessThan(3000); // the tmux round trips included; the bench measures the stop itself
    // The terminal as it was: not in the alternate screen, the cursor shown.
    expect(tmux(['display-message', '-p', '-t', t.name, '#{alternate_on} #{cursor_flag}']).trim()).toBe('0 1');
  });
});
