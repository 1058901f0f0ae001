// A saved web page → the article: its title, its metadata (索引号, 发布机构, 发布日期 …) and its text,
// without the page around it (navigation, breadcrumb, share links, 相关文章, 打印本页 关闭窗口, the
// footer with 主办单位, ICP备, 版权所有). The article is found by @mozilla/readability on a linkedom
// DOM, as browsers' reader views do; the title and metadata by rules for report pages. Loaded only for
// HTML, so a text file never pays for the parser.
import type { MetaEntry } from '../parse.js';
import { MAX_COLUMNS } from '../table.js';
import { isUnitLine } from '../table-units.js';
import type { Extracted } from './types.js';

// ---------------------------------------------------------------------------------------------------
// HTML → lines with a real parser: block elements become line breaks, table rows become `| a | b |`
// lines, scripts, styles and navigation vanish.

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'hr',
  'center',
  'figure',
  'figcaption',
  'address',
  'caption',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'head', 'select', 'button', 'input', 'textarea']);

/** A table being read: spans still covering slots below, and whether its rows so far were all headers. */
interface TableState {
  /** Per column, how many more rows a rowspan above covers. */
  below: number[];
  /** Rows written so far, and whether every one of them was a header row. */
  rows: number;
  allHeader: boolean;
  separated: boolean;
}

/**
 * The text of an HTML fragment, one line per block; the page's <title> when asked for. A table row
 * is a pipe row (`| a | b |`, see document/table.ts): header rows (in <thead>, or all <th>) are
 * followed by a `| --- |` row, a slot a colspan covers is `<`, one a rowspan covers is `^`.
 */
export async function htmlLines(html: string): Promise<{ lines: string[]; pageTitle: string; sawH1: boolean }> {
  const { Parser } = await import('htmlparser2');
  const out: string[] = [];
  let line = '';
  let skipDepth = 0;
  let inTitle = false;
  let pageTitle = '';
  let sawH1 = false;
  let row: string[] | null = null;
  let rowHeader = true;
  let cell: string | null = null;
  let cellSpan = { cols: 1, rows: 1 };
  let theadDepth = 0;
  const tables: TableState[] = [];
  const span = (v: string | undefined) => Math.max(1, Math.min(1000, Number.parseInt(v ?? '1', 10) || 1));
  /** Slots of the current row that a rowspan from above covers, up to the next free one. */
  const fillBelow = (t: TableState | undefined) => {
    if (!t || !row) return;
    while ((t.below[row.length] ?? 0) > 0) {
      t.below[row.length]!--;
      row.push('^');
    }
  };
  const flush = () => {
    const t = line.replace(/[ \t\n\u00a0]+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'title') inTitle = true;
        if (SKIP.has(tag)) skipDepth++;
        if (skipDepth) return;
        if (tag === 'h1') sawH1 = true;
        if (tag === 'table') tables.push({ below: [], rows: 0, allHeader: true, separated: false });
        if (tag === 'thead') theadDepth++;
        if (tag === 'tr') {
          flush();
          row = [];
          rowHeader = true;
        } else if ((tag === 'td' || tag === 'th') && row) {
          fillBelow(tables.at(-1));
          cell = '';
          cellSpan = { cols: span(attrs.colspan), rows: span(attrs.rowspan) };
          if (tag === 'td' && theadDepth === 0) rowHeader = false;
        } else if (tag === 'br') {
          if (cell !== null) cell += ' ';
          else flush();
        } else if (BLOCK.has(tag) && cell === null) flush();
      },
      ontext(text) {
        if (inTitle) pageTitle += text;
        if (skipDepth) return;
        if (cell !== null) cell += text;
        else line += text;
      },
      onclosetag(tag) {
        if (tag === 'title') inTitle = false;
        if (SKIP.has(tag)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (tag === 'thead') theadDepth = Math.max(0, theadDepth - 1);
        if ((tag === 'td' || tag === 'th') && row && cell !== null) {
          const t = tables.at(-1);
          const col = row.length;
          // A lone < or ^ would read as a merge mark, and | as a cell's edge.
          const text = cell
            .replace(/[\s\u00a0]+/g, ' ')
            .trim()
            .replace(/\|/g, '｜')
            .replace(/^([<^])$/, '\\$1');
          row.push(text);
          // The page chooses the span: past the widest table (MAX_COLUMNS) a row stays text anyway, so
          // no slot is made beyond it (20 000 cells of colspan 1000, a 1 MB page, made 240 MB of pipes).
          const cols = Math.max(1, Math.min(cellSpan.cols, MAX_COLUMNS + 1 - col));
          for (let k = 1; k < cols; k++) row.push('<');
          if (t && cellSpan.rows > 1) for (let k = 0; k < cols; k++) t.below[col + k] = cellSpan.rows - 1;
          cell = null;
        } else if (tag === 'tr' && row) {
          const t = tables.at(-1);
          fillBelow(t);
          if (row.some((c) => c !== '' && c !== '<' && c !== '^')) {
            // The header rows end where the first data row starts.
            if (t && !rowHeader && t.allHeader && t.rows > 0 && !t.separated) {
              out.push(`|${' --- |'.repeat(row.length)}`);
              t.separated = true;
            }
            if (t) {
              t.rows++;
              t.allHeader &&= rowHeader;
            }
            out.push(`| ${row.join(' | ')} |`);
          }
          row = null;
        } else if (tag === 'table') {
          tables.pop();
          flush();
        } else if (BLOCK.has(tag) && cell === null) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { lines: out, pageTitle: pageTitle.replace(/\s+/g, ' ').trim(), sawH1 };
}

// ---------------------------------------------------------------------------------------------------
// Page furniture and metadata keys, in Simplified and Traditional characters.

/** A metadata key as report pages write them: 索引号, 发布机构, 成文日期, 信息来源, 主题分类 … */
const META_KEY =
  /^(?:索引[号號]|[发發]文字[号號]|文[号號]|\p{Script=Han}{0,4}?(?:机构|機構|机关|機關|单位|單位|日期|[时時][间間]|分[类類]|[来來]源|方式|范[围圍]|範圍|作者|[编編][辑輯]|主[题題][词詞]|有效性|文[种種]|[体體]裁|[发發]布人))$/u;
const KEY_VALUE = /^([^\s：:|]{2,8})\s*[：:]\s*(.*)$/u;
/** Where a value stops: what page templates print after it on the same line. */
const VALUE_END = /\s*(?:浏览次数|瀏覽次數|访问量|訪問量|点击数|點擊數|阅读次数|閱讀次數|【|\[|字[号號体體][：:]|分享|打印).*$/u;
/** Lines that are the page's, not the report's. */
const FURNITURE =
  /^(?:【?\s*(?:打印本页|打印本頁|关闭窗口|關閉窗口|打印|关闭|關閉|返回顶部|返回頂部|收藏)\s*】?\s*)+$|^分享到|^(?:上一篇|下一篇|上一條|下一條|上一条|下一条)[：:]|【?\s*字[号號体體][：:]|浏览次数|瀏覽次數|访问量[：:]|(?:^|\s)(?:主办单位|主辦單位|承办单位|承辦單位)[：:]|ICP备|ICP備|公网安备|公網安備|版权所有|版權所有|网站标识码|網站標識碼|^(?:您(?:所在|现在)的位置|当前位置|當前位置|所在位置)[：:]/u;
/** A heading that starts the list of other pages at the foot of an article: nothing after it is the report's. */
const TAIL = /^(?:相[关關](?:文章|链接|鏈接|阅读|閱讀|新闻|新聞|信息|文件|稿件|附件)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热点推荐|熱點推薦)\s*[：:]?$/u;

/** A line of the page's own (short: a paragraph that mentions 版权所有 is the report's). */
function isFurniture(line: string): boolean {
  return line.length <= 100 && FURNITURE.test(line);
}

/** One key: value pair from a piece of text, or null. A value cut to nothing is kept as ''. */
function metaPair(segment: string): MetaEntry | null {
  const m = KEY_VALUE.exec(segment.trim());
  // 单位：万吨 over a table states its unit: the table's, not the page's metadata.
  if (!m || !META_KEY.test(m[1]!) || isUnitLine(segment)) return null;
  return { key: m[1]!, value: m[2]!.replace(VALUE_END, '').trim() };
}

// ---------------------------------------------------------------------------------------------------

export async function htmlToArticle(html: string, name = 'the page'): Promise<Extracted> {
  // The node budget, counted by the streaming parser before a DOM is built (linkedom spends some 3 KB
  // and Readability some 100 µs on each element).
  await withinShape(html, name);
  const [{ parseHTML }, readability] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // CommonJS: its exports are named or on the default, depending on the loader (as with chardet).
  const Readability = readability.Readability ?? (readability as unknown as { default: typeof readability }).default.Readability;
  const { document } = parseHTML(html);
  const pageTitle = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const declaredTitle = metaContent(document, ['ArticleTitle', 'og:title', 'dc.title']);
  const headings = [...document.querySelectorAll('h1, h2, h3, [class*="title" i], [id*="title" i]')]
    .filter((el) => !el.closest('nav, footer, header, a, [class*="nav" i], [class*="menu" i], [class*="logo" i]'))
    .map((el) => ({ text: clean(el.textContent ?? ''), h1: el.tagName === 'H1' }))
    .filter((h) => h.text.length >= 4 && h.text.length <= 120);
  const segments = textSegments(document.body ?? document.documentElement);

  // Readability changes the DOM it reads: it gets it after everything above has read it.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let body: string[] = article?.content ? (await htmlLines(article.content)).lines : [];
  if (body.join('').length < 20) body = (await htmlLines(html)).lines; // not an article page: the whole page
  const title = chooseTitle(declaredTitle, headings, pageTitle);

  // Metadata stands before the article's text on the page.
  const firstBody = body.find((l) => l !== title && !isMetaLine(l) && !isFurniture(l)) ?? '';
  const probe = firstBody.replace(/^\|\s*/, '').slice(0, 12);
  let end = segments.findIndex((s) => probe !== '' && s.includes(probe));
  if (end < 0) end = segments.length;
  const meta = readMeta(segments.slice(0, end));

  const lines: string[] = [];
  for (const line of body) {
    if (TAIL.test(line)) break;
    if (isFurniture(line) || isMetaLine(line)) continue;
    if (title && lines.length === 0 && clean(line) === title) continue;
    lines.push(line);
  }
  // Breadcrumbs that made it into the text (首页 > 政务公开 > …), before the first real line.
  while (lines.length && /(?:^|\s)(?:>|>>|»|›|→)\s/.test(lines[0]!) && /首页|首頁|主页|主頁/.test(lines[0]!)) lines.shift();
  return assemble(title, meta, lines);
}

/** The text the parser gets: the title line, one `| key: | value |` row per pair, then the article. */
export function assemble(title: string | undefined, meta: MetaEntry[], lines: string[]): Extracted {
  const head = [...(title ? [title] : []), ...meta.map((m) => `| ${m.key}: | ${m.value.replace(/\|/g, '｜')} |`)];
  const text = [...head, ...(head.length ? [''] : []), ...lines].join('\n') + '\n';
  return { text, ...(title ? { title } : {}), ...(meta.length ? { meta } : {}) };
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function metaContent(document: ParentNode, names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`);
    const value = clean(el?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return null;
}

/**
 * The article's title: what the page declares (ArticleTitle, og:title) when it has it; otherwise the
 * heading that the <title> also carries (the <title> adds the site name after a dash or underscore);
 * otherwise the <title> without the site name.
 */
function chooseTitle(declared: string | null, headings: { text: string; h1: boolean }[], pageTitle: string): string | undefined {
  const parts = pageTitle
    .split(/\s+[-|–—_]\s+|\s*[_|｜]\s*|\s+-|-\s+/)
    .map(clean)
    .filter(Boolean);
  const site = parts.length > 1 ? parts[parts.length - 1]! : '';
  if (declared && declared !== site && declared !== pageTitle) return declared;
  const longest = (xs: string[]) => (xs.length ? xs.reduce((a, b) => (b.length > a.length ? b : a)) : undefined);
  const texts = headings.map((h) => h.text).filter((t) => t !== site);
  // A <title> of one part may be the site's name alone: a short heading that equals it is the logo.
  const inTitle = longest(texts.filter((t) => pageTitle.includes(t) && (parts.length > 1 || t.length >= 8)));
  if (inTitle) return inTitle;
  // The <title> names only the site or a column: the article's own heading, an <h1> first.
  const heading = longest(headings.filter((h) => h.h1 && texts.includes(h.text)).map((h) => h.text)) ?? longest(texts.filter((t) => t.length >= 8));
  if (heading) return heading;
  if (parts[0]) return parts.length > 1 ? parts.slice(0, -1).join(' - ') : parts[0];
  return undefined;
}

/** Every text node of the page in reading order, split where the page put a wide gap. */
function textSegments(root: Node | null): string[] {
  const out: string[] = [];
  // A walk with a stack of its own, not recursion: the page chooses how deep it nests.
  const stack: Node[] = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      for (const piece of (node.textContent ?? '').split(/[\s\u00a0\u3000]{2,}|\u00a0/)) {
        const t = clean(piece);
        if (t) out.push(t);
      }
    } else if (node === root || (node.nodeType === 1 && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD)$/i.test((node as Element).tagName))) {
      const children = node.childNodes;
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
    }
  }
  return out;
}

/**
 * The page's elements and nesting counted while the streaming parser reads it, stopping at the first
 * over the budget: a million tiny paragraphs or 5000 levels of <div> never reach the DOM.
 */
async function withinShape(html: string, name: string): Promise<void> {
  const { Parser } = await import('htmlparser2');
  const { HTML_ELEMENTS, MAX_DEPTH, tooMany } = await import('./budget.js');
  let elements = 0;
  let depth = 0;
  let over: Error | null = null;
  const parser = new Parser({
    onopentag() {
      if (++elements > HTML_ELEMENTS) over ??= tooMany(name, HTML_ELEMENTS, 'elements in a web page', 'save the article alone, or as text');
      if (++depth > MAX_DEPTH) over ??= tooMany(name, MAX_DEPTH, 'levels of nesting in a web page', 'save the article alone, or as text');
      if (over) parser.pause();
    },
    onclosetag() {
      depth--;
    },
  });
  // In slices, so that the parser stops soon after the budget is spent.
  for (let at = 0; at < html.length && !over; at += 65536) parser.write(html.slice(at, at + 65536));
  if (over) throw over;
  parser.end();
}

/** Metadata from the page's pieces of text: `key：value` in one piece, or `key：` then the value in the next. */
function readMeta(segments: string[]): MetaEntry[] {
  const meta: MetaEntry[] = [];
  for (let k = 0; k < segments.length; k++) {
    const pair = metaPair(segments[k]!);
    if (!pair) continue;
    if (pair.value === '' && /[：:]\s*$/.test(segments[k]!)) {
      const next = segments[k + 1];
      if (next !== undefined && !metaPair(next) && !FURNITURE.test(next)) {
        pair.value = next.replace(VALUE_END, '').trim();
        k++;
      }
    }
    if (pair.value !== '' && pair.value.length <= 80 && !meta.some((m) => m.key === pair.key)) meta.push(pair);
  }
  return meta;
}

/** A line of the article made only of metadata pairs (发布时间：… 来源：…) or their table row. */
function isMetaLine(line: string): boolean {
  const cells = line.split(/\s*\|\s*|[\s\u00a0\u3000]{2,}/).filter(Boolean);
  if (cells.length === 0) return false;
  let k = 0;
  let pairs = 0;
  while (k < cells.length) {
    const pair = metaPair(cells[k]!);
    if (!pair) return false;
    pairs++;
    k += pair.value === '' && k + 1 < cells.length && !metaPair(cells[k + 1]!) ? 2 : 1;
  }
  return pairs > 0;
}

// ---------------------------------------------------------------------------------------------------
// Charset: what the page declares (<meta charset>, or http-equiv Content-Type), read from its first bytes.

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
