// Script views of the text: original, simplified (tw → cn) and traditional (cn → tw), via opencc-js.
// Converters are built lazily, once: the tw→cn one is small (~50 ms), the cn→tw one ~0.5 s and ~40 MB,
// so it is only built when somebody asks for Traditional. After `loadScript`, conversion is synchronous
// and memoised per string, so the TUI can convert the visible node on each render.

export type Script = 'original' | 'simplified' | 'traditional';
export const SCRIPTS: readonly Script[] = ['original', 'simplified', 'traditional'];

export function isScript(s: string): s is Script {
  return (SCRIPTS as readonly string[]).includes(s);
}

type Convert = (s: string) => string;
/** The raw opencc-js conversions (with the 著 fix); `converters` wraps them in the already-there rule. */
const raw: Partial<Record<Script, Convert>> = {};
const converters: Partial<Record<Script, Convert>> = { original: (s) => s };
const caches: Partial<Record<Script, Map<string, string>>> = {};

// opencc-js's tw→cn rightly restores 着 where the page wrote 著 for zhuó (着眼点, 着力), but it also turns
// the zhù of 专著/原著/卓著/土著/编著 … into 着. These words never take 着 in Simplified: put 著 back.
// Not 合着 (hézhe, "so it turns out"), which is a word of its own.
const ZHU_HEADS = new Set(['专', '原', '卓', '土', '编', '名', '巨', '论', '遗', '译', '拙', '昭']);

/** Put 著 back after the heads above; a scan for 着 rather than a regex over the whole text. */
function mendZhu(text: string): string {
  let out: string | null = null;
  let from = 0;
  for (let k = text.indexOf('着'); k > 0; k = text.indexOf('着', k + 1)) {
    if (!ZHU_HEADS.has(text[k - 1]!)) continue;
    out = (out ?? '') + text.slice(from, k) + '著';
    from = k + 1;
  }
  return out === null ? text : out + text.slice(from);
}

type Opencc = typeof import('opencc-js/t2cn');
/** The opencc-js modules imported: a converter can then be built synchronously. */
const modules: Partial<Record<Script, Opencc>> = {};
/** opencc-js's configuration for each direction (the same Converter({from, to}) builds). */
const CONFIG = { simplified: 'tw2s', traditional: 's2tw' } as const;

async function importOpencc(script: Exclude<Script, 'original'>): Promise<Opencc> {
  modules[script] ??= script === 'simplified' ? await import('opencc-js/t2cn') : await import('opencc-js/cn2t');
  return modules[script]!;
}

export async function loadScript(script: Script): Promise<void> {
  if (converters[script] || script === 'original') return;
  await importOpencc(script);
  build(script);
}

/** The whole converter of `script` (its module imported): the trees of all its dictionaries, ~50 ms for tw→cn. */
function build(script: Exclude<Script, 'original'>): Convert {
  if (converters[script]) return converters[script]!;
  const m = modules[script];
  if (!m) throw new Error(`script ${script} is not loaded; await loadScript('${script}') first`);
  if (script === 'simplified') {
    const tw2cn = m.Converter({ from: 'tw', to: 'cn' });
    const toCn = (s: string) => mendZhu(tw2cn(s));
    raw.simplified = toCn;
    const common = commonSimplified();
    converters.simplified = (s) => leaveAlone(s, toCn(s), common, toCn);
  } else {
    const toTw = m.Converter({ from: 'cn', to: 'tw' });
    raw.traditional = toTw;
    const common = commonTraditional();
    converters.traditional = (s) => leaveAlone(s, toTw(s), common, toTw);
  }
  small[script] = undefined;
  return converters[script]!;
}

// `langdu speak` converts one sentence before its first word is heard: building the whole converter
// for it is most of the time tw→cn costs. A small converter is built from only the dictionary entries
// that can match in that sentence: a text whose characters are all among its characters converts
// exactly as with the whole one (tests/script/small-converter.test.ts). The whole one is built when a
// text needs it (the next sentence, while the first is heard).
const small: Partial<Record<Script, { chars: Set<string>; fn: Convert }>> = {};
const commonTables: Partial<Record<Script, Uint8Array>> = {};

/** Load `script` far enough to convert `text` (and any text of its characters): the small converter. */
export async function loadScriptFor(script: Script, text: string): Promise<void> {
  if (converters[script] || script === 'original') return;
  const m = await importOpencc(script);
  if (converters[script]) return;
  const config = (m.Locale as unknown as { configs?: Record<string, OpenccConfig> }).configs?.[CONFIG[script]];
  if (!config) {
    build(script); // an opencc-js without this configuration: no small converter
    return;
  }
  small[script] = { chars: new Set(text), fn: smallFor(script, m, config, text) };
}

function smallFor(script: Exclude<Script, 'original'>, m: Opencc, config: OpenccConfig, text: string): Convert {
  const toScript = smallConverter(m.Trie as unknown as TrieClass, config, new Set(text));
  const one = script === 'simplified' ? (s: string) => mendZhu(toScript(s)) : toScript;
  commonTables[script] ??= script === 'simplified' ? commonSimplified() : commonTraditional();
  const common = commonTables[script];
  return (s) => leaveAlone(s, one(s), common, one);
}

/** A small converter made for `text` alone, whatever is loaded: for the test that holds it to the whole one. */
export async function smallConverterOf(script: Exclude<Script, 'original'>, text: string): Promise<Convert> {
  const m = await importOpencc(script);
  const config = (m.Locale as unknown as { configs?: Record<string, OpenccConfig> }).configs?.[CONFIG[script]];
  if (!config) throw new Error(`opencc-js has no ${CONFIG[script]} configuration`);
  return smallFor(script, m, config, text);
}

type Dict = string | string[][];
interface OpenccConfig {
  normalizationChain?: Dict[][];
  segmentation?: Dict | Dict[];
  conversionChain: Dict[][];
}
interface TrieLike {
  loadDictGroup(d: Dict[]): void;
  segment(s: string): string[];
  convert(s: string): string;
}
type TrieClass = new () => TrieLike;

/** The entries of a dictionary whose key is made of characters in `chars`. */
function entriesWithin(d: Dict, chars: Set<string>): string[][] {
  const out: string[][] = [];
  const pairs = typeof d === 'string' ? d.split('|') : d;
  for (const p of pairs) {
    let key: string;
    let value: string;
    if (typeof p === 'string') {
      const sp = p.indexOf(' ');
      key = p.slice(0, sp);
      value = p.slice(sp + 1);
    } else [key = '', value = ''] = p;
    let ok = key !== '';
    for (const c of key) if (!chars.has(c)) ok = false;
    if (ok) out.push([key, value]);
  }
  return out;
}

/**
 * opencc-js's Converter (normalization, segmentation, then the conversion chain) over only the entries
 * that can match. Each tree after the first may see what the ones before it wrote: the characters of
 * the values kept are added before the next tree is filtered, so nothing that could match is left out.
 */
function smallConverter(Trie: TrieClass, config: OpenccConfig, chars: Set<string>): Convert {
  const seen = new Set(chars);
  const tree = (group: Dict[]) => {
    const kept = group.map((d) => entriesWithin(d, seen));
    const t = new Trie();
    t.loadDictGroup(kept);
    return { t, kept };
  };
  const grow = (kept: string[][][]) => {
    for (const d of kept) for (const [, v] of d) for (const c of v!) seen.add(c);
  };
  const norm = (config.normalizationChain ?? []).map((g) => {
    const { t, kept } = tree(g);
    grow(kept);
    return t;
  });
  const seg = config.segmentation;
  const segmenter = seg ? tree(Array.isArray(seg) && seg.every((x) => typeof x === 'string') ? (seg as Dict[]) : [seg as Dict]).t : null;
  const chain = config.conversionChain.map((g) => {
    const { t, kept } = tree(g);
    grow(kept);
    return t;
  });
  return (s) => {
    const n = norm.reduce((x, t) => t.convert(x), s);
    const parts = segmenter ? segmenter.segment(n) : [n];
    return chain.reduce((ps, t) => ps.map((p) => t.convert(p)), parts).join('');
  };
}

/** A converter for `text`: the whole one, or the small one if it covers the text, or the whole one built now. */
function converterFor(script: Exclude<Script, 'original'>, text: string): Convert {
  const done = converters[script];
  if (done) return done;
  const s = small[script];
  if (s) {
    let covered = true;
    for (const c of text) if (!s.chars.has(c)) covered = false;
    if (covered) return s.fn;
  }
  return build(script);
}

// Text already in the target script is left alone. opencc-js converts character by character and
// phrase by phrase without asking which script the text is in, so a Simplified 显著 comes out 显着 and
// a Taiwan 台/污/公布 comes out 臺/汙/公佈. The rule, per line (a run of text):
//  - a character the conversion changes is evidence that the line is in the other script, unless it is
//    a common character of the target script: one of the 3755 of GB 2312 level 1 for Simplified, one
//    of the 5401 of Big5's common level (≈ Taiwan's 常用國字) for Traditional;
//  - a line with no evidence is already in the target script, and stays exactly as written;
//  - a line with evidence is converted whole, as opencc-js converts it.
// The charsets come from the platform's own decoders (TextDecoder 'gbk' / 'big5', WHATWG tables).

/** The Han characters of some rows of a double-byte charset, as a lookup table by UTF-16 code. */
function charsetTable(encoding: string, leads: [number, number], trails: [number, number][], lastLeadTrails = trails): Uint8Array {
  const t = new Uint8Array(65536);
  const bytes: number[] = [];
  for (let a = leads[0]; a <= leads[1]; a++) for (const [lo, hi] of a === leads[1] ? lastLeadTrails : trails) for (let b = lo; b <= hi; b++) bytes.push(a, b);
  let text = '';
  try {
    text = new TextDecoder(encoding).decode(new Uint8Array(bytes));
  } catch {
    // A Node without the full ICU data has no such decoder: no character is common, every change counts.
  }
  for (const c of text) if (c.length === 1 && /\p{Script=Han}/u.test(c)) t[c.charCodeAt(0)] = 1;
  return t;
}

/** GB 2312 level 1: the 3755 common Simplified characters. */
export const commonSimplified = (): Uint8Array => charsetTable('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]);
/** Big5 common level (A440–C67E): the 5401 common Traditional characters. */
export const commonTraditional = (): Uint8Array =>
  charsetTable(
    'big5',
    [0xa4, 0xc6],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
    [[0x40, 0x7e]],
  );

/**
 * `converted` where its line shows the text was in the other script, `text` where it does not. One pass
 * comparing the two (they have the same length but for rare phrase conversions; then line by line).
 */
function leaveAlone(text: string, converted: string, table: Uint8Array, fn: Convert): string {
  if (converted === text) return text;
  if (converted.length !== text.length) {
    if (!text.includes('\n')) return converted; // the length changed: a phrase of the other script
    return text
      .split('\n')
      .map((line) => leaveAlone(line, fn(line), table, fn))
      .join('\n');
  }
  const n = text.length;
  let out: string[] | null = null;
  let from = 0; // the text up to here is decided and (if out) pushed
  let lineStart = 0;
  let changed = false; // this line has a changed character
  let evidence = false; // … that is not a shared one
  for (let k = 0; k <= n; k++) {
    const c = k < n ? text.charCodeAt(k) : 10;
    if (c === 10) {
      if (changed && !evidence) {
        // Already in the target script: keep this line as written.
        out ??= [];
        out.push(converted.slice(from, lineStart), text.slice(lineStart, k));
        from = k;
      }
      lineStart = k + 1;
      changed = evidence = false;
      continue;
    }
    if (evidence || c === converted.charCodeAt(k)) continue;
    changed = true;
    if (!table[c]) evidence = true;
  }
  if (out === null) return converted;
  out.push(converted.slice(from));
  return out.join('');
}

export function isLoaded(script: Script): boolean {
  return converters[script] !== undefined;
}

/** Convert text to a script that `loadScript` has loaded; memoised. */
export function convert(text: string, script: Script): string {
  if (script === 'original') return text;
  const fn = converterFor(script, text);
  let cache = caches[script];
  if (!cache) cache = caches[script] = new Map();
  let out = cache.get(text);
  if (out === undefined) {
    out = fn(text);
    cache.set(text, out);
  }
  return out;
}

const CHUNK = 1 << 18;

/**
 * Very long text goes through opencc-js in pieces of ~256 K characters cut after a 。 or a line end (no
 * dictionary phrase spans those): a little faster than one call, and the garbage of one call on a
 * 10 MiB text (several copies of it) never piles up, which is what a person's RSS shows.
 */
function* pieces(text: string): Generator<string> {
  if (text.length <= CHUNK * 2) {
    yield text;
    return;
  }
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const cut = text.indexOf('。', end);
      const nl = text.indexOf('\n', end);
      const next = [cut, nl].filter((k) => k >= 0);
      end = next.length ? Math.min(...next) + 1 : text.length;
    }
    yield text.slice(at, end);
    at = end;
  }
}

/**
 * Convert text known to be in the other script (a Simplified dictionary word to Traditional): no
 * already-there rule, which would leave 并且 alone because 并 is also a Traditional character.
 */
export function convertKnown(text: string, script: Exclude<Script, 'original'>): string {
  build(script);
  const fn = raw[script]!;
  return fn(text);
}

/** Convert without the memo: for a whole document. */
export function convertUncached(text: string, script: Script): string {
  if (script === 'original') return text;
  const fn = build(script);
  const out: string[] = [];
  for (const piece of pieces(text)) out.push(fn(piece));
  return out.length === 1 ? out[0]! : out.join('');
}

/**
 * convertUncached, giving the event loop a turn after each piece (~256 K characters, ~50 ms), so that a
 * stop signal is answered while a whole long document is converted.
 */
export async function convertUncachedInTurns(text: string, script: Script): Promise<string> {
  if (script === 'original') return text;
  const fn = build(script);
  const out: string[] = [];
  for (const piece of pieces(text)) {
    out.push(fn(piece));
    await new Promise((r) => setImmediate(r));
  }
  return out.length === 1 ? out[0]! : out.join('');
}

/**
 * Fold text for script-insensitive matching: Simplified, lower case, full-width ASCII as half-width.
 * Keeps the length (so an index in the folded text is an index in the original). Needs 'simplified'.
 */
export function fold(text: string): string {
  const out: string[] = [];
  for (const piece of pieces(text)) out.push(foldPiece(piece));
  return out.length === 1 ? out[0]! : out.join('');
}

// Folding must give a text and a query the same form whichever script each is in, so it uses the raw
// conversion and then writes the characters both scripts share in one form (著 and 着 fold alike).
const FOLD_SHARED: Record<string, string> = { 么: '幺', 乾: '干', 著: '着' };

function foldPiece(text: string): string {
  const toCn = raw.simplified!;
  let base = toCn(text);
  // Phrase conversions rarely change the length; then convert character by character, which keeps it.
  if (base.length !== text.length) base = text.replace(/[^\x00-\x7f]/g, (c) => (toCn(c).length === 1 ? toCn(c) : c));
  return base
    .replace(/[么乾著]/g, (c) => FOLD_SHARED[c]!)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}
