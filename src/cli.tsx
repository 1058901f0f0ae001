// Argument parsing: picks a command and hands it its options; nothing else. Every error a user can act
// on is one line on stderr (`langdu: …`) with exit 1 (failure) or 2 (wrong usage), never a stack trace.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import type { BookFormat } from './commands/export-book.js';
import { type Io, processIo } from './commands/io.js';
import { internalErrorLine } from './commands/last-guard.js';
import type { SpeechOptions } from './commands/speak.js';
import { forTerminal, LangduError, UsageError } from './errors.js';
import { recoverArgBytes } from './file-names.js';
import { DEFAULT_DOCUMENT } from './paths.js';
import { isScript, type Script } from './script/index.js';
import type { AudioFormat } from './speech/audio-file.js';
import { splitCommand } from './speech/command-line.js';
import { ENGINE_IDS, RATE_RANGE } from './speech/types.js';

const COMMANDS = ['outline', 'show', 'speak', 'export', 'describe', 'voices', 'help'] as const;

export const HELP = `langdu ${pkg.version} — 朗读: read Chinese reports in the terminal

Usage:
  langdu [FILE] [--screen-reader]      read FILE in the terminal (default: the bundled report)
  langdu outline [FILE] [--json]       print the outline: one line per part, section and point
  langdu show [FILE] [--at ID]         print the text of a node and what is under it, or everything
  langdu speak [FILE] [--at ID] [--dry-run [--pinyin]]
                                       read a node (or the whole report) aloud; Ctrl+C stops
  langdu export [FILE] [--at ID] -o OUT.wav|OUT.mp3 [--split] [--format wav|mp3]
                                       write the speech to a WAV or MP3 file (the MP3 with a chapter
                                       per part and section); --split: one file per part into the
                                       folder OUT
  langdu export [FILE] [--at ID] -o BOOK.epub | -o FOLDER --format daisy
                                       a talking book: an EPUB 3 whose sentences light up as they
                                       are read, or a DAISY 2.02 book for DAISY players
  langdu describe TEXT [--json]        each character of TEXT with its reading in context and a
                                       common word holding it: 权 quán，权力的权
  langdu voices                        speech engines, whether each works here, their Chinese voices
  langdu help                          this text

Options:
  --script original|simplified|traditional
                 show the text as written, in Simplified or in Traditional characters; (export)
                 the book's text, the MP3 chapter titles and the --split file names
  --screen-reader
                 a layout for screen readers that only appends lines (also INK_SCREEN_READER=true
                 or ACCESSIBLE=1)
  --json         (outline) print the document model as JSON; (describe) an array of
                 {"char", "pinyin", "word"} (and "name" for punctuation)
  --at ID        (show, speak, export) the node, by id as in the outline JSON: 1, 1.2, 1.2.3
  --dry-run      (speak) print the spoken form instead of speaking, one sentence a line
  --pinyin       (speak --dry-run) print the reading in pinyin with tone marks instead
  -o, --output OUT
                 (export) the file to write, OUT.wav or OUT.mp3 (its extension chooses the format),
                 or the folder with --split; - writes to standard output. OUT is replaced only if it
                 is a regular file (a symbolic link is written through); its folder must exist
  --split        (export) one file per part, named by id and title, each beginning with its
                 heading; with --at, that node's own heading and text are the first file, then one
                 file per node under it
  --format wav|mp3|epub|daisy
                 (export) the format for -o - and --split (default wav); with a file name, the
                 extension says it; daisy writes a DAISY book into the folder -o names
  --engine E     espeak-ng (Linux), say (macOS), sapi (Windows) or speech-dispatcher
  --voice V      a voice from \`langdu voices\`, e.g. cmn-latn-pinyin
  --rate N       characters per minute (字/分钟), ${RATE_RANGE.min}–${RATE_RANGE.max} (default ${RATE_RANGE.default})
  --no-earcons   (reader, speak, export) no tones at parts, sections and points (pauses stay)
  --player CMD   a command that plays WAV from stdin, instead of the detected player
  --no-speech    (reader) do not look for a speech engine
  --self-voicing, --no-self-voicing
                 (reader) speak every key's answer (where a move landed, 已展开, search hits…) or
                 not; on by default, off by default with --screen-reader (the screen reader speaks)
  -h, --help     this text
  -v, --version  the version

FILE may be a text file (UTF-8 or UTF-16, with or without BOM; GB18030/GBK, Big5), a PDF, a Word
.docx, a saved web page, or a web address (http:// or https://; LANGDU_TIMEOUT=SECONDS from 0.1 to
86400, default 30), up to 64 MiB; a big one is opened in a worker with LANGDU_MEMORY_MB of memory
(default 1024). FILE - reads the report from standard input. With no FILE, the reader, outline, show and
speak --dry-run read standard input when it is piped (cat report.txt | langdu outline); otherwise
they, speak and export open the bundled report. The reader shows a piped report as its outline:
to read it interactively, give its FILE.
A FILE whose name starts with - goes after --: langdu -- -notes.txt

Examples:
  langdu --script simplified
  langdu outline --script simplified
  langdu show --at 1.1.1
  langdu speak --at 1.1.1 --rate 300
  langdu speak --dry-run --at 1.5.1
  langdu speak --dry-run --pinyin --at 1.5.1
  langdu export --at 1.1.1 -o point.wav
  langdu export --at 1.1.1 -o - | aplay
  langdu export -o report.mp3
  langdu export -o parts --split --format mp3
  langdu export -o report.epub
  langdu export -o report-daisy --format daisy
  langdu export --at 1 -o - --format mp3 | mpv -
  langdu describe 银行行长
  langdu outline report.html --json > report.json
  langdu outline https://www.example.gov.cn/art/2025/2/8/art_1229_5000.html
  iconv -f GBK -t UTF-8 old.txt | langdu outline

Exit status: 0 success, 1 failure (bad or unreadable file), 2 wrong usage, 130/143/129 stopped (Ctrl+C, SIGTERM, SIGHUP).
`;

const OPTIONS = {
  script: { type: 'string' },
  json: { type: 'boolean' },
  at: { type: 'string' },
  'screen-reader': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  pinyin: { type: 'boolean' },
  'no-earcons': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  split: { type: 'boolean' },
  format: { type: 'string' },
  engine: { type: 'string' },
  voice: { type: 'string' },
  rate: { type: 'string' },
  player: { type: 'string' },
  'no-speech': { type: 'boolean' },
  'self-voicing': { type: 'boolean' },
  'no-self-voicing': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

/**
 * `langdu -rf.txt` is read as options (-r -f …). When the word that failed could be a file name (it has
 * more than one letter after a single dash, or such a file exists), say how to open it: after `--`.
 */
/** node:util's parseArgs messages, said as langdu's others are: lower case, what is wrong, what to do. */
function inOurWords(message: string): string {
  const unknown = /^Unknown option '([^']*)'$/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}'`;
  const missing = /^Option '(-[^' ]*)(?: <value>)?' argument missing$/.exec(message);
  if (missing) return `option ${missing[1]} needs a value (\`langdu --help\` lists them)`;
  const noValue = /^Option '(-[^' ]*)' does not take an argument$/.exec(message);
  if (noValue) return `option ${noValue[1]} takes no value; write it alone`;
  return message.charAt(0).toLowerCase() + message.slice(1);
}

function dashFileHint(argv: string[], message: string): string {
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  const words = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  const word = words.find(
    (a) => a === option || a.startsWith(`${option}=`) || (!a.startsWith('--') && option.length === 2 && a.startsWith('-') && a.includes(option[1]!)),
  );
  if (!word || (word.startsWith('--') && !existsSync(word)) || (word.length <= 2 && !existsSync(word))) return '';
  const quote = (a: string) => (/^[\w./@%+=:,-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  const fixed = [...argv.filter((a) => a !== word), '--', word].map(quote).join(' ');
  return `; to open a file whose name starts with -, write \`langdu ${fixed}\``;
}

/** `--player CMD` is split into argv here, by the same parser the engine uses, so a bad one is wrong usage. */
function checkPlayer(line: string): void {
  let argv: string[];
  try {
    argv = splitCommand(line);
  } catch (e) {
    throw new UsageError(
      `--player: ${(e as Error).message} in ${line}; close it (words are split at spaces, '…' or "…" keep one together, and no shell is used)`,
    );
  }
  if (!argv[0]) throw new UsageError('--player needs a command');
}

/**
 * What export writes: the extension of -o says it (.wav, .mp3 or .epub); --format says it for standard
 * output and for a --split folder (default WAV), and --format daisy makes a DAISY book in the folder -o
 * names. Anything else is wrong usage, before anything is written.
 */
function exportFormat(out: string, split: boolean, format: string | undefined): AudioFormat | BookFormat {
  if (format !== undefined && !['wav', 'mp3', 'epub', 'daisy'].includes(format))
    throw new UsageError(`--format must be wav, mp3, epub or daisy, not "${forTerminal(format)}"`);
  const book = format === 'epub' || format === 'daisy';
  if (book && out === '-') throw new UsageError(`a talking book cannot go to standard output; give -o report.epub, or -o FOLDER --format daisy`);
  if (book && split) throw new UsageError(`--split writes audio files; a ${format === 'daisy' ? 'DAISY' : 'EPUB'} book is already cut into parts`);
  if (format === 'daisy') return 'daisy';
  if (out === '-' || split) return (format as AudioFormat | undefined) ?? 'wav';
  if (/[/\\]$/.test(out))
    throw new UsageError(
      `-o ${forTerminal(out)} ends with a slash, which names a folder: give a file name, or --split to write one file per part into the folder`,
    );
  const ext = /\.([^./\\]*)$/.exec(basename(out))?.[1]?.toLowerCase();
  const byName = ext === 'wav' || ext === 'mp3' || ext === 'epub' ? ext : null;
  if (!byName) {
    const named = ext ? `.${forTerminal(ext)} is not a format export writes` : `${forTerminal(out)} has no extension`;
    throw new UsageError(
      `${named}: the extension of -o chooses the format, .wav, .mp3 or .epub (-o FOLDER --format daisy for a DAISY book, -o - --format mp3 for standard output)`,
    );
  }
  if (format !== undefined && format !== byName)
    throw new UsageError(`--format ${format} does not agree with -o ${forTerminal(out)}; the extension chooses the format`);
  if (byName === 'epub' && split) throw new UsageError('--split writes audio files; an EPUB book is already cut into parts');
  return byName;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    recoverArgBytes(argv);
    return await run(argv, io);
  } catch (e) {
    if (e instanceof LangduError) {
      io.err(`langdu: ${forTerminal(e.message)}\n`); // one line, whatever the message quotes
      if (e.exitCode === 2) io.err('Try `langdu --help`.\n');
      return e.exitCode;
    }
    io.err(internalErrorLine(e));
    return 1;
  }
}

/**
 * `--at -1` and `--rate -5`: parseArgs takes a value starting with a dash for a forgotten value and says
 * only "ambiguous". A negative number is no option of ours, so it is the value, and the value's own
 * check says what is wrong with it.
 */
function negativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--') return [...out, ...argv.slice(k)];
    const next = argv[k + 1];
    if ((a === '--at' || a === '--rate') && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(`${a}=${next}`);
      k++;
    } else out.push(a);
  }
  return out;
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: negativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const message = inOurWords((e as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
    throw new UsageError(message + ((e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? dashFileHint(argv, message) : ''));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(`${pkg.version}\n`);
    return 0;
  }
  const first = positionals[0];
  const command = (COMMANDS as readonly string[]).includes(first ?? '') ? (first as (typeof COMMANDS)[number]) : null;
  const rest = command ? positionals.slice(1) : positionals;
  if (values.help || command === 'help') {
    io.out(HELP);
    return 0;
  }
  const scriptName = values.script;
  if (scriptName !== undefined && !isScript(scriptName)) throw new UsageError(`--script must be original, simplified or traditional, not "${scriptName}"`);
  if (command === 'describe') {
    const others = ['at', 'output', 'split', 'format', 'dry-run', 'pinyin', 'no-earcons', 'engine', 'voice', 'rate', 'player', 'no-speech'] as const;
    const extra = [...others, 'screen-reader', 'self-voicing', 'no-self-voicing'].find((o) => values[o as keyof typeof values] !== undefined);
    if (extra) throw new UsageError(`--${extra} does not go with \`langdu describe\``);
    return (await import('./commands/describe.js')).describe(io, { words: rest, json: values.json ?? false, script: scriptName ?? 'original' });
  }
  if (rest.length > 1) throw new UsageError(`expected at most one FILE, got ${rest.length}: ${rest.map(forTerminal).join(' ')}`);
  // FILE `-` is standard input. With no FILE, openDocument reads standard input when it is not a
  // terminal, except for speak and export, which programs often start with an open, silent stdin.
  const file = rest[0] ?? (command === 'export' || (command === 'speak' && !values['dry-run']) ? DEFAULT_DOCUMENT : undefined);
  const chosen: Script | undefined = scriptName;
  const script: Script = chosen ?? 'original';
  if (values.json && command !== 'outline') throw new UsageError('--json goes with `langdu outline` or `langdu describe`');
  if (values.at !== undefined && command !== 'show' && command !== 'speak' && command !== 'export')
    throw new UsageError('--at goes with `langdu show`, `speak` or `export`');
  if (values['dry-run'] && command !== 'speak') throw new UsageError('--dry-run goes with `langdu speak`');
  if (values.pinyin && !values['dry-run']) throw new UsageError('--pinyin goes with `langdu speak --dry-run`');
  if ((values.output !== undefined || values.split) && command !== 'export') throw new UsageError('-o and --split go with `langdu export`');
  if (values.format !== undefined && command !== 'export') throw new UsageError('--format goes with `langdu export`');
  if (values.engine !== undefined && !(ENGINE_IDS as readonly string[]).includes(values.engine)) {
    throw new UsageError(`--engine must be one of ${ENGINE_IDS.join(', ')}, not "${values.engine}"`);
  }
  let rate: number | undefined;
  if (values.rate !== undefined) {
    rate = Number(values.rate);
    if (!Number.isFinite(rate) || rate < RATE_RANGE.min || rate > RATE_RANGE.max) {
      throw new UsageError(`--rate is characters per minute (字/分钟), a number from ${RATE_RANGE.min} to ${RATE_RANGE.max}, not "${values.rate}"`);
    }
  }
  if (values.player !== undefined) checkPlayer(values.player);
  let speech: SpeechOptions = {
    ...(values.engine !== undefined ? { engine: values.engine } : {}),
    ...(values.voice !== undefined ? { voice: values.voice } : {}),
    ...(rate !== undefined ? { rate } : {}),
    ...(values.player !== undefined ? { player: values.player } : {}),
    off: values['no-speech'] === true,
    ...(values['no-earcons'] ? { earcons: false } : {}),
  };

  // speak and export read as the reader last did: its rate, voice and earcons (settings.json), under
  // whatever the command line says.
  if ((command === 'speak' && !values['dry-run']) || command === 'export') {
    const { Store } = await import('./store/index.js');
    const settings = new Store(undefined, (w) => io.err(`${w}\n`)).loadSettings();
    speech = {
      ...speech,
      ...(speech.rate === undefined && settings.rate !== undefined ? { rate: settings.rate, rateSaved: true } : {}),
      ...(speech.earcons === undefined && settings.earcons !== undefined ? { earcons: settings.earcons } : {}),
      ...(speech.voice === undefined && settings.voice !== undefined && values.engine === undefined ? { savedVoice: settings.voice } : {}),
    };
  }

  switch (command) {
    case 'show':
      return (await import('./commands/show.js')).show(io, { file, script, at: values.at });
    case 'outline':
      return (await import('./commands/outline.js')).outline(io, { file, script, json: values.json ?? false });
    case 'speak':
      return (await import('./commands/speak.js')).speak(io, {
        file,
        at: values.at,
        script,
        dryRun: values['dry-run'] ?? false,
        pinyin: values.pinyin ?? false,
        speech,
      });
    case 'export':
      if (!values.output)
        throw new UsageError('export needs -o OUT.wav, OUT.mp3 or OUT.epub (or -o FOLDER --split, -o FOLDER --format daisy, or -o - for standard output)');
      if (values.output === '-' && values.split) throw new UsageError('-o - (standard output) takes one file, not --split; give a folder with --split');
      {
        const format = exportFormat(values.output, values.split ?? false, values.format);
        if (format === 'epub' || format === 'daisy')
          return (await import('./commands/export-book.js')).exportBook(io, {
            file,
            at: values.at,
            out: values.output,
            format,
            ...(chosen ? { script: chosen } : {}),
            speech,
          });
        return (await import('./commands/export.js')).exportAudio(io, {
          file,
          at: values.at,
          out: values.output,
          split: values.split ?? false,
          format,
          ...(chosen ? { script: chosen } : {}),
          speech,
        });
      }
    case 'voices':
      if (rest.length > 0) throw new UsageError('voices takes no FILE');
      return (await import('./commands/voices.js')).voices(io, speech);
    default: {
      const env = process.env;
      const screenReader = values['screen-reader'] === true || env.INK_SCREEN_READER === 'true' || ((env.ACCESSIBLE ?? '') !== '' && env.ACCESSIBLE !== '0');
      const selfVoicing = values['self-voicing'] ? true : values['no-self-voicing'] ? false : undefined;
      return (await import('./commands/read.js')).read(io, {
        file,
        script: chosen,
        screenReader,
        speech,
        ...(selfVoicing !== undefined ? { selfVoicing } : {}),
      });
    }
  }
}
