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

export async function loadScript(script: Script): Promise<void> {
  if (converters[script]) return;
  if (script === 'simplified') {
    const { Converter } = await import('opencc-js/t2cn');
    const tw2cn = Converter({ from: 'tw', to: 'cn' });
    converters.simplified = (s) => mendZhu(tw2cn(s));
  } else {
    const { Converter } = await import('opencc-js/cn2t');
    converters.traditional = Converter({ from: 'cn', to: 'tw' });
  }
}

export function isLoaded(script: Script): boolean {
  return converters[script] !== undefined;
}

/** Convert text to a script that `loadScript` has loaded; memoised. */
export function convert(text: string, script: Script): string {
  if (script === 'original') return text;
  const fn = converters[script];
  if (!fn) throw new Error(`script ${script} is not loaded; await loadScript('${script}') first`);
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

/** Convert without the memo: for a whole document. */
export function convertUncached(text: string, script: Script): string {
  if (script === 'original') return text;
  const fn = converters[script];
  if (!fn) throw new Error(`script ${script} is not loaded; await loadScript('${script}') first`);
  const out: string[] = [];
  for (const piece of pieces(text)) out.push(fn(piece));
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

function foldPiece(text: string): string {
  const toCn = converters.simplified!;
  let base = toCn(text);
  // Phrase conversions rarely change the length; then convert character by character, which keeps it.
  if (base.length !== text.length) base = text.replace(/[^\x00-\x7f]/g, (c) => (toCn(c).length === 1 ? toCn(c) : c));
  return base
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}
