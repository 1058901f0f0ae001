// Windows: SAPI (System.Speech) through PowerShell. The script is passed with -EncodedCommand and the
// text inside it as Base64 of UTF-8, so nothing in a passage is ever parsed by PowerShell; Huihui
// (zh-CN), Hanhan (zh-TW) and Tracy (zh-HK) are the usual Chinese voices.
import { existsSync, statSync } from 'node:fs';
import { onPath, run } from '../proc.js';
import {
  type Availability,
  chineseVoiceName,
  type Engine,
  mainlandFirst,
  type Prepared,
  RATE_RANGE,
  type SpeakOptions,
  SpeechError,
  speechTimeoutMs,
  type Voice,
} from '../types.js';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** The PowerShell script for one utterance; text and voice only ever appear as Base64. */
export function sapiScript(text: string, opts: SpeakOptions, file?: string): string {
  const rate = Math.max(-10, Math.min(10, Math.round(((opts.rate ?? RATE_RANGE.default) - RATE_RANGE.default) / 30)));
  const lines = [
    '$ErrorActionPreference = "Stop"',
    '[Console]::OutputEncoding = [Text.Encoding]::UTF8',
    'Add-Type -AssemblyName System.Speech',
    '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer',
    `$t = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${b64(text)}'))`,
    `$s.Rate = ${rate}`,
  ];
  if (opts.voice) lines.push(`$s.SelectVoice([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${b64(opts.voice)}')))`);
  if (file) lines.push(`$s.SetOutputToWaveFile([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${b64(file)}')))`);
  lines.push('$s.Speak($t)', '$s.Dispose()');
  return lines.join('\n');
}

/** -EncodedCommand takes the script as Base64 of UTF-16LE. */
export function encodedCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

const PS_ARGS = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand'];

export class SapiEngine implements Engine {
  readonly id = 'sapi';
  readonly label = 'Windows SAPI';
  readonly defaultRate = RATE_RANGE.default;

  async probe(): Promise<Availability> {
    if (process.platform !== 'win32') return { ok: false, detail: 'only on Windows' };
    if (!(await onPath('powershell'))) return { ok: false, detail: 'PowerShell is missing' };
    const voices = await this.voices();
    return voices.length
      ? { ok: true, detail: `${voices.length} Chinese voices` }
      : { ok: false, detail: 'no Chinese voice: add the Chinese speech pack in Settings › Time & language › Speech' };
  }

  async voices(): Promise<Voice[]> {
    const script = [
      '[Console]::OutputEncoding = [Text.Encoding]::UTF8',
      'Add-Type -AssemblyName System.Speech',
      '(New-Object System.Speech.Synthesis.SpeechSynthesizer).GetInstalledVoices() | ForEach-Object { $_.VoiceInfo.Name + "`t" + $_.VoiceInfo.Culture.Name }',
    ].join('\n');
    const r = await run('powershell', [...PS_ARGS, encodedCommand(script)], { timeoutMs: 10_000 });
    return r.stdout
      .toString('utf8')
      .split(/\r?\n/)
      .map((l) => l.split('\t'))
      .filter(([, lang]) => lang?.startsWith('zh'))
      .map(
        ([name, lang]): Voice => ({
          id: name!,
          name: chineseVoiceName(lang!, name!.replace(/^Microsoft /, '')),
          lang: lang!,
          script: lang === 'zh-CN' ? 'simplified' : 'traditional',
        }),
      )
      .sort(mainlandFirst);
  }

  prepare(text: string, opts: SpeakOptions): Prepared {
    return {
      cancel: () => {},
      play: async (signal, started) => {
        started?.();
        const r = await run('powershell', [...PS_ARGS, encodedCommand(sapiScript(text, opts))], { timeoutMs: speechTimeoutMs(text), signal });
        if (signal.aborted) return;
        if (r.error || r.code !== 0) throw new SpeechError(`SAPI failed: ${r.error?.message ?? r.stderr.trim().split('\n')[0]}`);
      },
    };
  }

  async synthesize(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void> {
    const r = await run('powershell', [...PS_ARGS, encodedCommand(sapiScript(text, opts, file))], { timeoutMs: speechTimeoutMs(text), signal });
    if (r.error || r.code !== 0) throw new SpeechError(`SAPI failed: ${r.error?.message ?? r.stderr.trim().split('\n')[0]}`);
    if (!existsSync(file) || statSync(file).size <= 44) throw new SpeechError(`SAPI wrote no audio to ${file}`);
  }
}
