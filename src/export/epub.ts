// An EPUB 3 with media overlays from a book whose sentences have their clips: one XHTML, one SMIL and
// one MP3 per part, every sentence a <span> the overlay points to, a navigation document that nests
// parts, sections and points, and the package's metadata (language by script, a stable identifier,
// source, narrator, durations, the class a reading system gives the sentence being read).
import { type BookItem, type BookPart, type BookSentence, type BookTable, topLevel } from './book.js';
import { clock, xmlText as x } from './xml.js';

export interface BookInfo {
  title: string;
  /** zh-Hans or zh-Hant. */
  language: string;
  /** urn:uuid:… made from what the book is, so the same export gets the same one. */
  identifier: string;
  /** The file name or web address it was read from; null for standard input. */
  source: string | null;
  /** The engine and voice that read it. */
  narrator: string;
  /** Who issued the report, when its closing says (its first line without a date); null when unknown. */
  creator: string | null;
  /** When it was made, for dcterms:modified (whole seconds, UTC). */
  modified: Date;
  generator: string;
}

/** The class a reading system puts on the sentence it is reading (styled in style.css). */
export const ACTIVE_CLASS = '-epub-media-overlay-active';

export interface BookFile {
  /** Path inside the book. */
  name: string;
  data?: Buffer;
  /** A file on disk to copy in (the audio). */
  path?: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const level = (n: number) => Math.min(6, Math.max(1, n));

/** Every file of the EPUB, in the order they go into the ZIP (mimetype first). */
export function epubFiles(info: BookInfo, parts: BookPart[], audioPath: (part: BookPart) => string): BookFile[] {
  const files: BookFile[] = [
    { name: 'mimetype', data: Buffer.from('application/epub+zip') },
    { name: 'META-INF/container.xml', data: Buffer.from(container) },
    { name: 'EPUB/package.opf', data: Buffer.from(packageDocument(info, parts)) },
    { name: 'EPUB/nav.xhtml', data: Buffer.from(navDocument(info, parts)) },
    { name: 'EPUB/style.css', data: Buffer.from(STYLE) },
  ];
  for (const part of parts) {
    files.push({ name: `EPUB/${part.name}.xhtml`, data: Buffer.from(contentDocument(info, part)) });
    files.push({ name: `EPUB/${part.name}.smil`, data: Buffer.from(overlay(part)) });
    files.push({ name: `EPUB/audio/${part.audio}`, path: audioPath(part) });
  }
  return files;
}

const container = `${XML_HEAD}<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

const STYLE = `body { line-height: 1.8; }
h1, h2, h3, h4, h5, h6 { line-height: 1.4; }
.title { text-align: center; }
.${ACTIVE_CLASS} { background-color: #ffe680; color: #000; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #888; padding: 0.2em 0.5em; }
`;

function packageDocument(info: BookInfo, parts: BookPart[]): string {
  const total = parts.reduce((n, p) => n + p.seconds, 0);
  const meta = [
    `<dc:identifier id="uid">${x(info.identifier)}</dc:identifier>`,
    `<dc:title>${x(info.title)}</dc:title>`,
    `<dc:language>${x(info.language)}</dc:language>`,
    ...(info.creator ? [`<dc:creator>${x(info.creator)}</dc:creator>`] : []),
    ...(info.source ? [`<dc:source>${x(info.source)}</dc:source>`] : []),
    `<dc:contributor id="narrator">${x(info.narrator)}</dc:contributor>`,
    '<meta refines="#narrator" property="role" scheme="marc:relators">nrt</meta>',
    `<meta property="dcterms:modified">${info.modified.toISOString().replace(/\.\d+Z$/, 'Z')}</meta>`,
    `<meta property="media:narrator">${x(info.narrator)}</meta>`,
    `<meta property="media:active-class">${ACTIVE_CLASS}</meta>`,
    `<meta property="media:duration">${clock(total)}</meta>`,
    ...parts.map((p) => `<meta property="media:duration" refines="#mo-${p.name}">${clock(p.seconds)}</meta>`),
  ];
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...parts.flatMap((p) => [
      `<item id="${p.name}" href="${p.name}.xhtml" media-type="application/xhtml+xml" media-overlay="mo-${p.name}"/>`,
      `<item id="mo-${p.name}" href="${p.name}.smil" media-type="application/smil+xml"/>`,
      `<item id="audio-${p.name}" href="audio/${p.audio}" media-type="audio/mpeg"/>`,
    ]),
  ];
  return `${XML_HEAD}<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${x(info.language)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${meta.join('\n')}
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${parts.map((p) => `<itemref idref="${p.name}"/>`).join('\n')}
</spine>
</package>
`;
}

const htmlOpen = (info: BookInfo, title: string, ns = '') => `${XML_HEAD}<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"${ns} xml:lang="${x(info.language)}" lang="${x(info.language)}">
<head>
<meta charset="utf-8"/>
<title>${x(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
`;

/** The navigation: a list per level, each item's entry holding the list of what is under it. */
function navDocument(info: BookInfo, parts: BookPart[]): string {
  const entries = parts.flatMap((p) => p.items.map((item) => ({ item, href: `${p.name}.xhtml#${item.id}` })));
  return `${htmlOpen(info, info.title, ' xmlns:epub="http://www.idpf.org/2007/ops"')}<body>
<nav epub:type="toc" id="toc">
<h1>目录</h1>
${nestedList(entries.map((e) => ({ level: e.item.level, html: `<a href="${x(e.href)}">${x(e.item.heading)}</a>` })))}
</nav>
</body>
</html>
`;
}

/** Nested <ol>s from entries in reading order with levels (a deeper level opens a list in the entry before). */
export function nestedList(entries: { level: number; html: string }[]): string {
  if (entries.length === 0) return '<ol><li><a href="#toc">—</a></li></ol>';
  const base = topLevel(entries);
  let out = '<ol>';
  let depth = 0;
  entries.forEach((e, k) => {
    // One level deeper at most: a list opens only inside the entry before it.
    const d = k === 0 ? 0 : Math.min(e.level - base, depth + 1);
    if (k > 0) {
      if (d > depth) out += '\n<ol>';
      else {
        out += '</li>';
        for (; depth > d; depth--) out += '</ol></li>';
      }
    }
    depth = d;
    out += `\n<li>${e.html}`;
  });
  out += '</li>';
  for (; depth > 0; depth--) out += '</ol></li>';
  return `${out}\n</ol>`;
}

/** One item as XHTML: its heading (the title of the report, or marker and title), then its paragraphs. */
export function itemHtml(item: BookItem, firstLevel = 1): string {
  const [first, ...rest] = item.sentences;
  const h = level(item.level - firstLevel + 1);
  const heading = item.titled && first ? [`<h${h}${item.id === 'head' ? ' class="title"' : ''}>${sentenceSpan(first)}</h${h}>`] : [];
  return `<section id="${item.id}">\n${[...heading, ...paragraphs(item.titled ? rest : item.sentences)].join('\n')}\n</section>`;
}

/** A sentence as both books mark it: a <span> the overlay or the SMIL points to. */
export const sentenceSpan = (s: { id: string; text: string }) => `<span id="${s.id}">${x(s.text)}</span>`;

/** Body sentences as <p>s of spans, a new one where a sentence starts a paragraph (EPUB and DAISY alike). */
export function paragraphs(sentences: readonly BookSentence[]): string[] {
  const out: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${para.join('')}</p>`);
    para = [];
  };
  for (const s of sentences) {
    if (s.table) {
      flush();
      out.push(tableHtml(s.table));
    }
    if (s.inTable) continue;
    if (s.para) flush();
    para.push(sentenceSpan(s));
  }
  flush();
  return out;
}

/** A table as XHTML (EPUB and DAISY alike): caption, header cells with their scope, spans, each heard row's id on its <tr>. */
export function tableHtml(t: BookTable): string {
  const id = (v: string | null) => (v ? ` id="${v}"` : '');
  const row = (r: BookTable['rows'][number]) =>
    `<tr${id(r.id)}>${r.cells
      .map((c) => {
        const tag = c.scope ? 'th' : 'td';
        const attrs = `${c.scope ? ` scope="${c.scope}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
        return `<${tag}${attrs}>${x(c.text)}</${tag}>`;
      })
      .join('')}</tr>`;
  const head = t.rows.filter((r) => r.head);
  const body = t.rows.filter((r) => !r.head);
  return [
    '<table>',
    ...(t.caption ? [`<caption${id(t.caption.id)}>${x(t.caption.text)}</caption>`] : []),
    ...(head.length ? ['<thead>', ...head.map(row), '</thead>'] : []),
    ...(body.length ? ['<tbody>', ...body.map(row), '</tbody>'] : []),
    '</table>',
  ].join('\n');
}

function contentDocument(info: BookInfo, part: BookPart): string {
  const title = part.items[0]?.heading ?? info.title;
  const first = topLevel(part.items);
  return `${htmlOpen(info, title)}<body>
${part.items.map((i) => itemHtml(i, first)).join('\n')}
</body>
</html>
`;
}

/** The media overlay of a part: a <seq> per item, a <par> per sentence that is heard (its text and its clip). */
function overlay(part: BookPart): string {
  const seqs = part.items.map((item) => {
    const pars = item.sentences
      .filter((s) => s.clip)
      .map(
        (s) =>
          `<par id="p-${s.id}"><text src="${part.name}.xhtml#${s.id}"/><audio src="audio/${part.audio}" clipBegin="${clock(s.clip!.begin)}" clipEnd="${clock(s.clip!.end)}"/></par>`,
      );
    return pars.length ? `<seq id="q-${item.id}" epub:textref="${part.name}.xhtml#${item.id}">\n${pars.join('\n')}\n</seq>` : '';
  });
  return `${XML_HEAD}<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body>
${seqs.filter(Boolean).join('\n')}
</body>
</smil>
`;
}
