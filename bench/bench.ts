// `npm run bench`: the speed figures the issues ask for, measured on this machine in one run, with the
// `node -e ''` baseline measured alongside so the ratios mean something. Generates its large documents
// itself (the seed repeated as parts); nothing big is committed. `--json` prints the table as JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DocIndex } from '../src/document/address.js';
import { loadBytes } from '../src/document/load.js';
import { intToHan } from '../src/document/markers.js';
import { parse } from '../src/document/parse.js';
import { outlineLines, toJson } from '../src/document/text-views.js';
import { createState, reduce } from '../src/reader/state.js';
import { convertUncached, loadScript } from '../src/script/index.js';
import { bookBenches } from './books.js';
import { extraBenches } from './extra.js';
import { BIN, cleanEnv, firstFrame, keyToFrame, openLast, rssAfterUse, timeSpawn } from './program.js';
import type { Row } from './row.js';
import { signalBenches } from './signal.js';
import { titleBenches } from './titles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'content/shangyu-2024-rule-of-law-report.txt');
const JSON_OUT = process.argv.includes('--json');
const QUICK = process.argv.includes('--quick');
/** `--only WORD`: run just the figures whose name has WORD (e.g. --only key). */
const ONLY = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '') : '';
const want = (name: string) => ONLY === '' || name.includes(ONLY);

const rows: Row[] = [];
export function record(row: Row): void {
  rows.push(row);
  if (!JSON_OUT)
    console.error(
      `  ${row.figure}: ${row.median.toFixed(row.unit === 'ms' ? 1 : row.unit.startsWith('per') ? 2 : 0)} ${row.unit}${row.ratio ? ` (${row.ratio})` : ''}${row.note ? `; ${row.note}` : ''}`,
    );
}

export function stats(samples: number[]): { median: number; p95: number; min: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
  return { median: at(0.5), p95: at(0.95), min: s[0]!, max: s[s.length - 1]! };
}
const spread = (x: number[]) => {
  const s = stats(x);
  return `${s.min.toFixed(1)}–${s.max.toFixed(1)}`;
};

/** The seed's header, then its body repeated `times` times, each copy a part of its own (第N部分). */
export function bigReport(times: number): string {
  const seed = readFileSync(SEED, 'utf8');
  const lines = seed.split('\n');
  const bodyLine = lines.findIndex((l) => l.length > 1000);
  const header = lines.slice(0, bodyLine).join('\n');
  const body = lines[bodyLine]!.replace(/\|\s*$/, '');
  const parts: string[] = [header];
  for (let k = 1; k <= times; k++) parts.push(`第${intToHan(k)}部分 第${k}份报告\n${body}`);
  return parts.join('\n') + '\n';
}

/**
 * The seed concatenated `times` times as it is, the plain way: the copies repeat 三、…六是 with no new
 * part, so the last point (三、 › 六是) holds nearly all of it in one passage.
 */
export function plainRepeat(times: number): string {
  return readFileSync(SEED, 'utf8').repeat(times);
}

/** A long text with no numbering at all: everything lands in the head's preamble, opened at start. */
export function unnumbered(chars: number): string {
  const seed = readFileSync(SEED, 'utf8')
    .split('\n')
    .find((l) => l.length > 1000)!;
  // The seed's body with its markers taken out, as plain paragraphs of ~500 characters.
  const plain = seed.replace(/[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十]+[)）]/g, '').replace(/(.{500}[^。]*。)/g, '$1\n');
  const parts: string[] = ['一份沒有編號的長文'];
  for (let n = 0; n < chars; n += plain.length) parts.push(plain);
  return parts.join('\n') + '\n';
}

const tmp = mkdtempSync(join(tmpdir(), 'langdu-bench-'));
// The generated reports (~90 MB) and the homes go when the bench ends, however it ends.
process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
const big = bigReport(2000);
const BIG = join(tmp, 'seed-x2000.txt');
writeFileSync(BIG, big);

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------

async function main() {
  const runs = QUICK ? 5 : 15;
  console.error(`langdu bench on ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

  const baseline = Array.from({ length: runs }, () => timeSpawn(process.execPath, ['-e', '']));
  const base = stats(baseline).median;
  record({ figure: "node -e '' (baseline; without NODE_EXTRA_CA_CERTS)", median: base, spread: spread(baseline), unit: 'ms' });
  const scriptBase = Array.from({ length: runs }, () => timeSpawn('script', ['-qfec', `${process.execPath} -e ''`, '/dev/null'], cleanEnv()));
  const sbase = stats(scriptBase).median;
  record({ figure: "node -e '' in a pseudo-terminal (baseline for the TUI)", median: sbase, spread: spread(scriptBase), unit: 'ms' });

  if (want('outline')) {
    const outline = Array.from({ length: runs }, () => timeSpawn(process.execPath, [BIN, 'outline']));
    record({
      figure: 'langdu outline (bundled report)',
      median: stats(outline).median,
      spread: spread(outline),
      unit: 'ms',
      ratio: `${(stats(outline).median / base).toFixed(2)}× baseline`,
    });
  }
  if (want('launch')) {
    // From exec until the outline is on screen (its last part), with a fresh HOME (first run: no state,
    // no settings) and with an existing one (state and settings to read).
    const home = mkdtempSync(join(tmp, 'home-'));
    const existing = { HOME: home, XDG_STATE_HOME: join(home, 's'), XDG_CONFIG_HOME: join(home, 'c') };
    await firstFrame(null, existing, '三、2025年'); // leaves state and settings behind
    for (const [name, env] of [
      ['fresh HOME', {}],
      ['existing HOME', existing],
    ] as const) {
      const launch: number[] = [];
      const inked: number[] = [];
      for (let k = 0; k < runs; k++) {
        const fresh = mkdtempSync(join(tmp, 'home-'));
        launch.push((await firstFrame(null, name === 'fresh HOME' ? { HOME: fresh } : env, '三、2025年')).ms);
        inked.push((await firstFrame(null, name === 'fresh HOME' ? { HOME: mkdtempSync(join(tmp, 'home-')) } : env, '三、2025年', true)).ms);
      }
      record({
        figure: `launch to the outline on screen, bundled report, ${name}`,
        median: stats(launch).median,
        spread: spread(launch),
        unit: 'ms',
        ratio: `${(stats(launch).median / base).toFixed(2)}× clean node -e ''; ${(stats(launch).median / sbase).toFixed(2)}× it in a pty`,
        target: "≤ 4× a clean node -e ''",
      });
      record({
        figure: `… until Ink has drawn it too (keys answered from here; pressed earlier, they wait), ${name}`,
        median: stats(inked).median,
        spread: spread(inked),
        unit: 'ms',
        ratio: `${(stats(inked).median / base).toFixed(2)}× clean node -e ''`,
      });
    }
  }
  const seedText = readFileSync(SEED, 'utf8');
  if (want('key'))
    for (const [name, text] of [
      ['seed', seedText],
      ['2000× seed', big],
    ] as const) {
      const s = stats(await keyToFrame(text, QUICK ? 30 : 80));
      record({
        figure: `key press to frame, p95 (${name})`,
        median: s.p95,
        spread: `median ${s.median.toFixed(1)}, max ${s.max.toFixed(1)}`,
        unit: 'ms',
        target: name === 'seed' ? '≤ 10 ms' : '≤ 16 ms',
      });
    }

  if (want('parse'))
    for (const times of [1, 100, 2000]) {
      const bytes = Buffer.from(times === 1 ? seedText : times === 2000 ? big : bigReport(times));
      const samples: number[] = [];
      for (let k = 0; k < (times === 2000 ? Math.min(runs, 5) : runs); k++) {
        const t0 = performance.now();
        const { text } = await loadBytes(bytes, 'bench.txt');
        outlineLines(parse(text), 'original');
        samples.push(performance.now() - t0);
      }
      record({
        figure: `load + parse + outline, ${times}× seed (${(bytes.length / 2 ** 20).toFixed(1)} MiB)`,
        median: stats(samples).median,
        spread: spread(samples),
        unit: 'ms',
        target: times === 2000 ? '≤ 1000 ms, linear' : undefined,
      });
    }

  // Simplified view of the whole 10 MiB report, against opencc-js itself on the same text.
  if (want('Simplified')) {
    const doc = parse(big);
    await loadScript('simplified');
    const { Converter } = await import('opencc-js/t2cn');
    const raw = Converter({ from: 'tw', to: 'cn' });
    raw(bigReport(20)); // warm both up alike
    toJson(parse(bigReport(20)), 'simplified');
    // The whole report in Simplified, as `outline --json --script simplified` and `show` make it,
    // against opencc-js on the same text: taken in turns, three times each, medians compared.
    const oursRuns: number[] = [];
    const jsonRuns: number[] = [];
    const plainRuns: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      convertUncached(doc.masked, 'simplified');
      oursRuns.push(performance.now() - t0);
      const t1 = performance.now();
      raw(big);
      plainRuns.push(performance.now() - t1);
      const t2 = performance.now();
      toJson(doc, 'simplified');
      jsonRuns.push(performance.now() - t2);
    }
    const ours = stats(oursRuns).median;
    const plain = stats(plainRuns).median;
    const json = stats(jsonRuns).median;
    // Node by node without the memo (the 2000 copies repeat, and the memo would answer most of them).
    const index = new DocIndex(doc);
    const t3 = performance.now();
    for (const e of index.entries) convertUncached(e.node.marker + e.node.title + '\n' + e.node.body, 'simplified');
    const perNode = performance.now() - t3;
    record({
      figure: 'Simplified view of the whole 2000× report',
      median: ours,
      spread: `opencc-js alone ${plain.toFixed(0)} ms; node by node ${perNode.toFixed(0)} ms`,
      unit: 'ms',
      ratio: `${(ours / plain).toFixed(2)}× opencc-js`,
      target: '≤ 1× opencc-js',
    });
    record({
      figure: '… and as JSON (outline --json --script simplified)',
      median: json,
      spread: '',
      unit: 'ms',
      ratio: `${(json / plain).toFixed(2)}× opencc-js`,
    });
    if (spawnSync('sh', ['-c', 'command -v opencc']).status === 0) {
      const t2 = performance.now();
      spawnSync('opencc', ['-c', 'tw2s.json', '-i', BIG, '-o', join(tmp, 'native.txt')]);
      const native = performance.now() - t2;
      record({ figure: 'native OpenCC CLI on the same file', median: native, spread: '', unit: 'ms', ratio: `${(native / plain).toFixed(2)}× opencc-js` });
    }
  }

  if (want('search')) {
    // Search on the 10 MiB report: the first folds the whole text once, later ones reuse it.
    await loadScript('simplified');
    const index = new DocIndex(parse(big));
    const find = (q: string) => {
      let st = reduce(createState(index), { type: 'search' });
      for (const ch of q) st = reduce(st, { type: 'input', text: ch });
      const t0 = performance.now();
      st = reduce(st, { type: 'submit' });
      return { ms: performance.now() - t0, hits: st.search!.hits.length };
    };
    const first = find('举措');
    const again = [find('复议'), find('法治'), find('着眼点')];
    record({
      figure: 'search the 2000× report (first / later)',
      median: first.ms,
      spread: `later ${again.map((a) => a.ms.toFixed(0)).join(', ')} ms; ${first.hits} hits for 举措`,
      unit: 'ms',
    });
  }
  if (want('RSS')) {
    const rss = await firstFrame(BIG);
    record({
      figure: 'RSS with the 2000× report open',
      median: rss.rssMiB,
      spread: `first frame after ${rss.ms.toFixed(0)} ms`,
      unit: 'MiB',
      target: '≤ 200 MiB',
    });
    const used = await rssAfterUse(BIG);
    record({
      figure: 'RSS, 2000× report, after a search and a full script cycle',
      median: used.cycled,
      spread: `open ${used.open.toFixed(0)}, after the search ${used.searched.toFixed(0)}`,
      unit: 'MiB',
      target: '≤ 250 MiB',
    });
  }
  if (want('reading')) {
    // The reading of the whole 2000× report: sentences → spoken form → pinyin with tone numbers, as the
    // reader, speak and export make it (pinyin-pro loaded first, as speech does).
    const { sentenceStream } = await import('../src/document/reading.js');
    const { loadReading } = await import('../src/speech/reading.js');
    const { spokenUtterances } = await import('../src/speech/utterances.js');
    await loadScript('simplified');
    const t0 = performance.now();
    await loadReading(join(tmp, 'no-pronunciations.tsv'));
    const load = performance.now() - t0;
    const index = new DocIndex(parse(big));
    const samples: number[] = [];
    let chars = 0;
    for (let k = 0; k < (QUICK ? 1 : 3); k++) {
      const t1 = performance.now();
      const next = spokenUtterances(sentenceStream(index, { item: 0, sentence: 0 }, 'all'), 'simplified');
      chars = 0;
      for (let u = next(); u; u = next()) chars += u.text.length;
      samples.push(performance.now() - t1);
    }
    const median = stats(samples).median;
    record({
      figure: 'reading of the whole 2000× report (spoken form + pinyin)',
      median,
      spread: `${spread(samples)}; ${(chars / 1e6).toFixed(1)} M spoken characters, ${(((chars / median) * 1000) / 1e6).toFixed(2)} M/s; pinyin-pro loaded in ${load.toFixed(0)} ms`,
      unit: 'ms',
    });
  }
  if (want('audit')) {
    // Slips per 1000 characters of real report text against hand-made gold (tests/fixtures/audit/).
    const { loadReading } = await import('../src/speech/reading.js');
    const { auditTable } = await import('./audit.js');
    await loadReading(join(tmp, 'no-pronunciations.tsv'));
    const { text, results } = auditTable(ROOT);
    if (!JSON_OUT) console.error(text.replace(/^/gm, '    '));
    for (const r of results)
      record({
        figure: `reading slips, audit ${r.name} part`,
        median: r.per1000,
        spread: `${r.slips.length} in ${r.chars} characters`,
        unit: 'per 1000 chars',
        target: '≤ 1',
      });
  }
  if (want('passage')) {
    // A passage of 11 M characters: the seed concatenated 2000 times the plain way (30 MB); and a long
    // text with no numbering, all of it the head's preamble, which the reader opens at start.
    const plain = join(tmp, 'seed-plain-x2000.txt');
    writeFileSync(plain, plainRepeat(2000));
    const lastNode = new DocIndex(parse(readFileSync(SEED, 'utf8'))).entries.at(-1)!.node;
    const opens: { ms: number; rssMiB: number }[] = [];
    for (let k = 0; k < Math.min(runs, 7); k++) opens.push(await openLast(plain, lastNode.marker + lastNode.title));
    const ms = opens.map((o) => o.ms);
    const rss = opens.map((o) => o.rssMiB);
    record({
      figure: 'open an 11 M-character passage (seed ×2000 plain; G) to its frame',
      median: stats(ms).median,
      spread: spread(ms),
      unit: 'ms',
      target: '≤ 300 ms',
    });
    record({ figure: '… RSS just after', median: stats(rss).median, spread: spread(rss), unit: 'MiB', target: '≤ 300 MiB' });
    const flat = join(tmp, 'unnumbered.txt');
    writeFileSync(flat, unnumbered(10_000_000));
    const firsts: number[] = [];
    const flatRss: number[] = [];
    for (let k = 0; k < Math.min(runs, 7); k++) {
      const f = await firstFrame(flat, {}, '一份沒有編號的長文');
      firsts.push(f.ms);
      flatRss.push(f.rssMiB);
    }
    record({
      figure: 'launch on 10 M characters with no numbering (one passage) to the first frame',
      median: stats(firsts).median,
      spread: spread(firsts),
      unit: 'ms',
      note: 'parse included',
    });
    record({ figure: '… RSS at the first frame', median: stats(flatRss).median, spread: spread(flatRss), unit: 'MiB', target: '≤ 300 MiB' });
  }
  if (want('speak') || want('stop')) await extraBenches({ record, stats, base, tmp });
  if (want('signal')) await signalBenches({ record, stats, tmp, bin: BIN, seed: seedText, runs: Math.min(runs, 7) });
  if (want('titles')) await titleBenches(record);
  // Whole-report exports take a minute each: two rounds (one with --quick).
  if (want('book')) await bookBenches({ record, stats, tmp, runs: QUICK ? 1 : 2 });

  if (JSON_OUT) console.log(JSON.stringify({ machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version }, rows }, null, 2));
  else {
    console.log('\n| figure | median | spread | ratio | target |\n| --- | --- | --- | --- | --- |');
    for (const r of rows)
      console.log(
        `| ${r.figure} | ${r.median.toFixed(r.unit === 'ms' ? 1 : r.unit.startsWith('per') ? 2 : 0)} ${r.unit} | ${r.spread} | ${r.ratio ?? ''} | ${r.target ?? ''} |`,
      );
  }
}

await main();
