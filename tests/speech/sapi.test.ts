// The Windows engine through a stand-in for PowerShell (tests/fixtures/fake-windows) that runs only
// langdu's helper script and speaks its JSON line protocol, with a Windows 11 machine's SAPI5 and
// OneCore voices; speech is espeak-ng's. It logs every start (with its command line) and request.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needTool } from '../e2e/tmux.js';
import { type LogEntry, recordedPlays, Scratch, soxInfo } from './fake-platform.js';

// The second part alone (its heading, two points): earcons and pauses, in as few seconds as can be.
const PART = ['--at', '2'];
const ready = needTool('espeak-ng') && needTool('sox');
const s = new Scratch('fake-windows');
afterAll(() => s.remove());

const synthOf = (log: LogEntry[], file: string) => log.find((e) => e.ev === 'request-synth' && e.file === file);

describe.runIf(ready)('Windows SAPI, through a PowerShell stand-in', () => {
  it('speaks with a OneCore voice (Settings › Speech) as well as the SAPI5 ones', () => {
    s.reset();
    const r = s.langdu(['export', '--engine', 'sapi', '--voice', 'Microsoft Yaoyao', '--at', '2', '-o', join(s.dir, 'onecore.wav'), s.report]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // A OneCore voice (Settings › Speech) is used through Windows.Media.SpeechSynthesis.
    const synths = s.entries().filter((e) => e.ev === 'request-synth');
    expect(synths.length).toBeGreaterThan(0);
    expect(synths.every((e) => e.voice === 'Microsoft Yaoyao' && e.kind === 'onecore')).toBe(true);
  });

  it('exports 16-bit PCM that sox reads, with one PowerShell for all the pieces', () => {
    s.reset();
    const wav = join(s.dir, 'report.wav');
    const r = s.langdu(['export', '--engine', 'sapi', '--rate', '560', ...PART, '-o', wav, s.report]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Huihui');
    const info = soxInfo(wav);
    expect(info).toMatchObject({ encoding: 'Signed Integer PCM', bits: 16, rate: 22050 });
    expect(info.samples).toBeGreaterThan(22050);
    const log = s.entries();
    expect(log.filter((e) => e.ev === 'start')).toHaveLength(1);
    expect(log.filter((e) => e.ev === 'request-synth').length).toBeGreaterThan(1);
    // The default is the SAPI5 Huihui (listed first); the text never went on a command line.
    expect(log.find((e) => e.ev === 'request-synth')!.voice).toBe('Microsoft Huihui Desktop');
    expect(log.some((e) => e.ev === 'non-ascii-request')).toBe(false);
  });

  it('says a report through one PowerShell, with pauses and earcons, the next sentence made while this one plays', () => {
    s.reset();
    const r = s.langdu(['speak', '--engine', 'sapi', '--rate', '560', ...PART, s.report]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const log = s.entries();
    const starts = log.filter((e) => e.ev === 'start');
    expect(starts).toHaveLength(1);
    for (const e of starts) expect(e.cmdline!.length).toBeLessThan(300);
    // The voices are asked for once (the probe's answer is kept for the session).
    expect(log.filter((e) => e.ev === 'request-voices')).toHaveLength(1);
    const plays = log.filter((e) => e.ev === 'play');
    const speech = plays.filter((p) => synthOf(log, p.file!));
    const sentences = log.filter((e) => e.ev === 'request-synth');
    expect(speech.map((p) => synthOf(log, p.file!)!.text)).toEqual(sentences.map((e) => e.text));
    expect(sentences.map((e) => e.text).join('')).toContain('加强学习');
    // Prefetch: sentence n+1 was asked for before sentence n finished playing.
    const ended = (file: string) => log.find((e) => e.ev === 'played' && e.file === file)!;
    for (let k = 0; k + 1 < speech.length; k++) {
      expect(synthOf(log, speech[k + 1]!.file!)!.t).toBeLessThan(ended(speech[k]!.file!).t);
    }
    // The pauses and earcons were played by the same helper.
    const kinds = recordedPlays(s.record);
    expect(kinds.tones).toBeGreaterThanOrEqual(2);
    expect(plays.length).toBe(speech.length + kinds.tones + kinds.silent);
  });

  it('reports a PowerShell that fails (CLIXML on stderr) as one line in Chinese', () => {
    const r = s.langdu(['speak', '--engine', 'sapi', s.report], { LANGDU_FAKE_PS_FAIL: 'startup' });
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^langdu: .*[\u4e00-\u9fff].*Could not load file or assembly 'System\.Speech'/);
    expect(r.err).not.toMatch(/CLIXML|_x000D_|<Objs|At line/);
  });

  it('reports a synthesis that fails as one line in Chinese', () => {
    const r = s.langdu(['speak', '--engine', 'sapi', s.report], { LANGDU_FAKE_PS_FAIL: 'synth' });
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^langdu: Windows 语音合成失败：Speak error: the audio device is in use/);
  });
});
