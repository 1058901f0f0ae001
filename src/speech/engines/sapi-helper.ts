// The Windows side of the SAPI engine: one PowerShell process per session, started with a short
// command line (`-File helper.ps1`) and spoken to in JSON lines on stdin/stdout, so text never reaches
// a command line (Windows caps one at 32,767 characters) and PowerShell, Add-Type and the voices load
// once, not per sentence. The script is ASCII (Windows PowerShell 5.1 reads a BOM-less .ps1 as ANSI).
//
// Requests (one JSON object a line, non-ASCII escaped as \uXXXX):
//   {"id":1,"op":"voices"}                        → {"id":1,"ok":true,"voices":[{"name","lang","kind"}]}
//   {"id":2,"op":"synth","text","voice","kind","rate","speakingRate","file"}
//                                                  → {"id":2,"ok":true}   (16-bit mono WAV in file)
//   {"id":3,"op":"play","file"}                   → {"id":3,"ok":true}   (playing starts; returns at once)
//   {"id":4,"op":"stop"}  {"id":5,"op":"quit"}    → {"id":n,"ok":true}
// A failure is {"id":n,"ok":false,"error":"…"}; anything else on stdout is ignored.

export const HELPER_PS1 = `$ErrorActionPreference = 'Stop'
$utf8 = New-Object System.Text.UTF8Encoding $false
[Console]::InputEncoding = $utf8
[Console]::OutputEncoding = $utf8
Add-Type -AssemblyName System.Speech
$sapi = New-Object System.Speech.Synthesis.SpeechSynthesizer
# OneCore voices (Settings > Speech; what Narrator uses) through WinRT, when this Windows has it.
$onecore = $null
$asTask = $null
try {
  [void][Windows.Media.SpeechSynthesis.SpeechSynthesizer, Windows.Media.SpeechSynthesis, ContentType = WindowsRuntime]
  Add-Type -AssemblyName System.Runtime.WindowsRuntime
  $asTask = [System.WindowsRuntimeSystemExtensions].GetMethods() | Where-Object {
    $_.Name -eq 'AsTask' -and $_.IsGenericMethod -and $_.GetParameters().Count -eq 1 -and
    $_.GetParameters()[0].ParameterType.Name -eq 'IAsyncOperation${'`'}1' } | Select-Object -First 1
  $onecore = New-Object Windows.Media.SpeechSynthesis.SpeechSynthesizer
} catch { $onecore = $null }
$player = $null

function Reply($o) {
  [Console]::Out.WriteLine((ConvertTo-Json -InputObject $o -Compress -Depth 4))
  [Console]::Out.Flush()
}

function Get-Voices {
  $list = New-Object System.Collections.ArrayList
  foreach ($v in $sapi.GetInstalledVoices()) {
    if ($v.Enabled) { [void]$list.Add(@{ name = $v.VoiceInfo.Name; lang = $v.VoiceInfo.Culture.Name; kind = 'sapi' }) }
  }
  if ($onecore) {
    foreach ($v in [Windows.Media.SpeechSynthesis.SpeechSynthesizer]::AllVoices) {
      [void]$list.Add(@{ name = $v.DisplayName; lang = $v.Language; kind = 'onecore' })
    }
  }
  return ,$list.ToArray()
}

function Synth-Sapi($r) {
  if ($r.voice) { $sapi.SelectVoice([string]$r.voice) }
  $sapi.Rate = [int]$r.rate
  $fmt = New-Object System.Speech.AudioFormat.SpeechAudioFormatInfo 22050, ([System.Speech.AudioFormat.AudioBitsPerSample]::Sixteen), ([System.Speech.AudioFormat.AudioChannel]::Mono)
  $sapi.SetOutputToWaveFile([string]$r.file, $fmt)
  try { $sapi.Speak([string]$r.text) } finally { $sapi.SetOutputToNull() }
}

function Synth-OneCore($r) {
  if (-not $onecore) { throw 'OneCore voices are not available on this Windows' }
  $v = [Windows.Media.SpeechSynthesis.SpeechSynthesizer]::AllVoices | Where-Object { $_.DisplayName -eq [string]$r.voice } | Select-Object -First 1
  if (-not $v) { throw ('no OneCore voice ' + $r.voice) }
  $onecore.Voice = $v
  try { $onecore.Options.SpeakingRate = [double]$r.speakingRate } catch { }
  $task = $asTask.MakeGenericMethod([Windows.Media.SpeechSynthesis.SpeechSynthesisStream]).Invoke($null, @($onecore.SynthesizeTextToStreamAsync([string]$r.text)))
  [void]$task.Wait(-1)
  $stream = $task.Result
  $in = [System.IO.WindowsRuntimeStreamExtensions]::AsStreamForRead($stream)
  $out = [System.IO.File]::Create([string]$r.file)
  try { $in.CopyTo($out) } finally { $out.Dispose(); $in.Dispose(); $stream.Dispose() }
}

while ($true) {
  $line = [Console]::In.ReadLine()
  if ($null -eq $line) { break }
  $r = $null
  try {
    $r = ConvertFrom-Json -InputObject $line
    switch ([string]$r.op) {
      'voices' { Reply @{ id = $r.id; ok = $true; voices = (Get-Voices) } }
      'synth' {
        if ($r.kind -eq 'onecore') { Synth-OneCore $r } else { Synth-Sapi $r }
        Reply @{ id = $r.id; ok = $true }
      }
      'play' {
        if ($player) { $player.Stop(); $player.Dispose() }
        $player = New-Object System.Media.SoundPlayer ([string]$r.file)
        $player.Load()
        $player.Play()
        Reply @{ id = $r.id; ok = $true }
      }
      'stop' { if ($player) { $player.Stop() }; Reply @{ id = $r.id; ok = $true } }
      'quit' { Reply @{ id = $r.id; ok = $true }; exit 0 }
      default { Reply @{ id = $r.id; ok = $false; error = ('unknown op ' + $r.op) } }
    }
  } catch {
    $id = $null
    if ($r) { $id = $r.id }
    Reply @{ id = $id; ok = $false; error = $_.Exception.Message }
  }
}
`;

/** The arguments PowerShell is started with: a short command line, the script in a file. */
export function helperArgs(script: string): string[] {
  return ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script];
}

/** A request as one line of ASCII JSON (PowerShell's console encoding then cannot garble it). */
export function requestLine(req: object): string {
  return `${JSON.stringify(req).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * What a redirected PowerShell wrote to stderr, as one line: its errors come as CLIXML
 * (`#< CLIXML` then `<Objs …><S S="Error">message_x000D__x000A_</S>…`), which is decoded here;
 * plain text is kept. The position lines PowerShell adds (`At line:1 char:1`, `+ …`) are dropped.
 */
export function stderrLine(stderr: string): string {
  let text = stderr;
  if (stderr.includes('#< CLIXML')) {
    const parts = [...stderr.matchAll(/<S S="Error">([\s\S]*?)<\/S>/g)].map((m) => m[1]!);
    text = parts
      .join('')
      .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!)
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)));
  }
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^(At line:\d+|At .+:\d+ char:\d+|\+ |\+$|CategoryInfo|FullyQualifiedErrorId)/.test(l) && !/^~+$/.test(l));
  return (lines[0] ?? '').slice(0, 200);
}
