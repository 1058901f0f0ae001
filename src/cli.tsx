// Argument parsing: picks a command and hands it its options; nothing else. Every error a user can act
// on is one line on stderr (`langdu: …`) with exit 1 (failure) or 2 (wrong usage), never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import { processIo, type Io } from './commands/io.js';
import { LangduError, UsageError } from './errors.js';
import { isScript, type Script } from './script/index.js';

const COMMANDS = ['outline', 'show', 'help'] as const;

export const HELP = `langdu ${pkg.version} — 朗读: read Chinese reports in the terminal

Usage:
  langdu [FILE] [--screen-reader]      read FILE in the terminal (default: the bundled report)
  langdu outline [FILE] [--json]       print the outline: one line per part, section and point
  langdu show [FILE] [--at ID]         print the text of a node and what is under it, or everything
  langdu help                          this text

Options:
  --script original|simplified|traditional
                 show the text as written, in Simplified or in Traditional characters
  --screen-reader
                 a layout for screen readers that only appends lines (also INK_SCREEN_READER=true
                 or ACCESSIBLE=1)
  --json         (outline) print the document model as JSON
  --at ID        (show) the node to print, by id as in the outline JSON: 1, 1.2, 1.2.3
  -h, --help     this text
  -v, --version  the version

FILE may be UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, Big5, or a saved HTML page.

Examples:
  langdu --script simplified
  langdu outline --script simplified
  langdu show --at 1.1.1
  langdu outline report.html --json > report.json

Exit status: 0 success, 1 failure (bad or unreadable file), 2 wrong usage.
`;

const OPTIONS = {
  script: { type: 'string' },
  json: { type: 'boolean' },
  at: { type: 'string' },
  'screen-reader': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof LangduError) {
      io.err(`langdu: ${e.message}\n`);
      if (e.exitCode === 2) io.err('Try `langdu --help`.\n');
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`langdu: internal error: ${msg.split('\n')[0]}; please report it with the command you ran\n`);
    return 1;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
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
  if (rest.length > 1) throw new UsageError(`expected at most one FILE, got ${rest.length}: ${rest.join(' ')}`);
  const file = rest[0];
  const scriptName = values.script;
  if (scriptName !== undefined && !isScript(scriptName)) throw new UsageError(`--script must be original, simplified or traditional, not "${scriptName}"`);
  const chosen: Script | undefined = scriptName;
  const script: Script = chosen ?? 'original';
  if (values.json && command !== 'outline') throw new UsageError('--json goes with `langdu outline`');
  if (values.at !== undefined && command !== 'show') throw new UsageError('--at goes with `langdu show`');

  switch (command) {
    case 'show':
      return (await import('./commands/show.js')).show(io, { file, script, at: values.at });
    case 'outline':
      return (await import('./commands/outline.js')).outline(io, { file, script, json: values.json ?? false });
    default: {
      const env = process.env;
      const screenReader = values['screen-reader'] === true || env.INK_SCREEN_READER === 'true' || (env.ACCESSIBLE ?? '') !== '' && env.ACCESSIBLE !== '0';
      return (await import('./commands/read.js')).read(io, { file, script: chosen, screenReader });
    }
  }
}
