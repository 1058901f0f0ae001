// The CLI as a user runs it: the bundled program in a child process, from another directory.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonDocument, JsonNode } from '../src/document/text-views.js';
import { fixture, ROOT } from './helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
function langdu(args: string[], cwd = tmpdir()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('langdu outline --json on the bundled report', () => {
  const r = langdu(['outline', '--json']);
  const doc = JSON.parse(r.out) as JsonDocument;

  it('has the shape and the must-hold structure', () => {
    expect(r.code).toBe(0);
    expect(Object.keys(doc)).toEqual(['title', 'script', 'meta', 'preamble', 'nodes', 'closing']);
    expect(Object.keys(doc.nodes[0]!)).toEqual(['id', 'level', 'marker', 'ordinal', 'title', 'body', 'children']);
    expect(doc.nodes.map((n) => [n.marker, n.title])).toEqual([
      ['一、', '2024年法治政府建設主要舉措及成效'],
      ['二、', '存在問題'],
      ['三、', '2025年法治政府建設工作思路'],
    ]);
    const [first, second, third] = doc.nodes as [JsonNode, JsonNode, JsonNode];
    expect(first.children.map((n) => n.marker)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)']);
    for (const sec of first.children) expect(sec.children.map((n) => n.marker)).toEqual(['一是', '二是', '三是']);
    expect(first.children[0]!.children[0]).toMatchObject({ id: '1.1.1', level: 3, title: '思想引領強根基' });
    expect(second.children).toHaveLength(3);
    expect(third.children).toHaveLength(6);
    expect(third.children[5]).toMatchObject({ id: '3.6', title: '提升爭議化解質效' });
    expect(doc.meta.map((m) => m.key)).toEqual(['索引號', '公開方式', '文號', '公開日期', '發布單位']);
    expect(doc.meta.find((m) => m.key === '公開日期')!.value).toBe('2025-02-08 15:56');
  });

  it('--script simplified gives mainland Simplified', () => {
    const simp = JSON.parse(langdu(['outline', '--json', '--script', 'simplified']).out) as JsonDocument;
    expect(simp.script).toBe('simplified');
    expect(simp.nodes[1]!.children[1]!.title).toBe('依法决策仍需完善');
    expect(simp.nodes[0]!.children[1]!.title).toContain('着眼点');
  });
});

describe('commands', () => {
  it('outline prints an indented line per node', () => {
    const r = langdu(['outline']);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 3 + 5 + 15 + 3 + 6);
    expect(lines[3]).toBe('      一是思想引領強根基');
  });

  it('show --at prints a node and its descendants as paragraphs', () => {
    const r = langdu(['show', '--at', '2', '--script', 'simplified']);
    expect(r.code).toBe(0);
    const paras = r.out.trimEnd().split('\n\n');
    expect(paras[0]).toBe('二、存在问题');
    expect(paras[1]).toBe('法治政府建设工作在取得成绩的同时,仍存在不少问题和难点,主要表现在:');
    expect(paras[2]).toBe('一是思想认识不够到位。'); // a run-in title keeps the 。 that ends it
    expect(paras).toHaveLength(8);
  });

  it('show without --at prints the whole document', () => {
    const r = langdu(['show', fixture('gbk-report.txt')]);
    expect(r.out.startsWith('某市2024年法治政府建设情况报告\n\n发布日期：2025-01-20\n来源：某市司法局\n\n2024年，全市')).toBe(true);
    expect(r.out).toContain('\n\n二、存在问题\n\n部分单位重视不够，着力点不准。\n');
  });

  it('--help lists every command and option with an example; --version prints the version', () => {
    const help = langdu(['--help']);
    expect(help.code).toBe(0);
    for (const word of [
      'outline',
      'show',
      'speak',
      'export',
      'voices',
      '--script',
      '--json',
      '--at',
      '--dry-run',
      '--split',
      '--engine',
      '--voice',
      '--rate',
      '--player',
      '--screen-reader',
      '--no-speech',
      '--version',
      'Examples',
    ]) {
      expect(help.out).toContain(word);
    }
    expect(langdu(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('not a terminal', () => {
  it('langdu FILE | cat prints the outline instead of failing on raw mode', () => {
    const r = langdu([fixture('big5-report.txt')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n').slice(0, 3)).toEqual(['某縣2024年度法治政府建設報告', '  一、主要舉措', '    （一）聚焦重點工作']);
  });
});

describe('errors are one line, with an exit code', () => {
  it.each([
    [['outline', '/no/such/report.txt'], 1, /^langdu: no such file: \/no\/such\/report\.txt; check the path/],
    [['outline', tmpdir()], 1, /is a folder, not a report/],
    [['outline', '/usr/bin/env'], 1, /is a program \(ELF binary\), not a report/],
    [['show', '--at', '9.9'], 1, /^langdu: no node with id 9\.9; run `langdu outline --json`/],
    [['outline', '--script', 'klingon'], 2, /--script must be original, simplified or traditional/],
    [['outline', '--frobnicate'], 2, /^langdu: unknown option '--frobnicate'/],
    [['show', '--at'], 2, /^langdu: option --at needs a value \(`langdu --help` lists them\)$/m],
    [['outline', '--json=yes'], 2, /^langdu: option --json takes no value; write it alone$/m],
    [['show', '--json'], 2, /--json goes with `langdu outline`/],
    [['outline', 'a.txt', 'b.txt'], 2, /expected at most one FILE/],
    [['speak', '--engine', 'festival'], 2, /--engine must be one of espeak-ng, say, sapi, speech-dispatcher, sherpa-onnx, not "festival"/],
    [['speak', '--rate', '1000'], 2, /--rate is characters per minute \(字\/分钟\), a number from 100 to 560, not "1000"/],
    [['speak', '--player', ' '], 2, /--player needs a command/],
    [['speak', '--at', '1.1.1', '--player', '"unclosed'], 2, /^langdu: --player: unclosed " in "unclosed; close it/],
    [['--player', "aplay 'x"], 2, /^langdu: --player: unclosed ' in aplay 'x; close it/], // the reader, too
    [['voices', '--player', '""'], 2, /--player needs a command/],
    [['outline', '-o', 'x.wav'], 2, /-o and --split go with `langdu export`/],
    [['export'], 2, /export needs -o OUT\.wav/],
    [['export', '-o', '-', '--split'], 2, /^langdu: -o - \(standard output\) takes one file, not --split/],
  ])('langdu %j', (args, code, pattern) => {
    const r = langdu(args as string[]);
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.err.trim().split('\n').length).toBeLessThanOrEqual(code === 2 ? 2 : 1);
  });
});

describe('a file whose name starts with -', () => {
  const dir = mkdtempSync(join(tmpdir(), 'langdu-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(fixture('gbk-report.txt'), join(dir, '-rf.txt'));

  it('is read as options, and the error says to put it after --', () => {
    const r = langdu(['-rf.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("langdu: unknown option '-r'; to open a file whose name starts with -, write `langdu -- -rf.txt`\nTry `langdu --help`.\n");
    expect(langdu(['outline', '--json', '-rf.txt'], dir).err).toContain('write `langdu outline --json -- -rf.txt`');
    expect(langdu(['--frobnicate'], dir).err).not.toContain('--`'); // a misspelt option gets no file hint
  });

  it('opens after --, in the reader (here: its outline, not a terminal) and in a command', () => {
    const reader = langdu(['--', '-rf.txt'], dir);
    expect(reader.code, reader.err).toBe(0);
    expect(reader.out.split('\n')[0]).toBe('某市2024年法治政府建设情况报告');
    expect(langdu(['outline', '--', '-rf.txt'], dir).out).toBe(reader.out);
  });
});

describe('npx langdu from the repository root', () => {
  it('runs the bin entry', () => {
    const r = spawnSync('npx', ['--no-install', 'langdu', 'outline'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('  一、2024年法治政府建設主要舉措及成效');
  });
});
