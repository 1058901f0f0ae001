// A DAISY 2.02 book from a book whose sentences have their clips: ncc.html (the title and every part,
// section and point as h1–h6, each a link into its SMIL, with the metadata players read), one content
// document with each sentence marked, a SMIL file per item pairing each sentence with its clip of the
// part's MP3. What players such as daisy-player and hardware DAISY players open.
import { type BookItem, type BookPart, topLevel } from './book.js';
import { type BookFile, type BookInfo, paragraphs, sentenceSpan } from './epub.js';
import { xmlText as x } from './xml.js';

const XHTML_HEAD = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
`;
const CONTENT = 'content.html';
const level = (n: number) => Math.min(6, Math.max(1, n));
const smilName = (item: BookItem) => `${item.id}.smil`;

/** hh:mm:ss (DAISY's ncc:totalTime and SMIL times), whole seconds rounded up so nothing is cut. */
function hms(seconds: number, fraction = false): string {
  const s = fraction ? Math.round(seconds * 1000) / 1000 : Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  const sec = s - h * 3600 - m * 60;
  const ss = fraction ? sec.toFixed(3).padStart(6, '0') : String(sec).padStart(2, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${ss}`;
}

/** Seconds heard in an item: the sum of its sentences' clips. */
const itemSeconds = (item: BookItem) => item.sentences.reduce((n, s) => n + (s.clip ? s.clip.end - s.clip.begin : 0), 0);

/** The content document and the SMIL files; ncc.html comes last (it counts the others' sizes). */
export function daisyFiles(info: BookInfo, parts: BookPart[]): BookFile[] {
  const files: BookFile[] = [{ name: CONTENT, data: Buffer.from(contentDocument(info, parts)) }];
  let elapsed = 0;
  for (const part of parts) {
    for (const item of part.items) {
      files.push({ name: smilName(item), data: Buffer.from(smil(info, part, item, elapsed)) });
      elapsed += itemSeconds(item);
    }
  }
  return files;
}

function contentDocument(info: BookInfo, parts: BookPart[]): string {
  const items = parts.flatMap((p) => p.items);
  const first = topLevel(items);
  const body = items.map((item) => {
    const [head, ...rest] = item.sentences;
    const h = level(item.level - first + 1);
    const top =
      item.titled && head ? `<h${h} id="${item.id}"${item.id === 'head' ? ' class="title"' : ''}>${sentenceSpan(head)}</h${h}>` : `<div id="${item.id}"></div>`;
    return [top, ...paragraphs(item.titled ? rest : item.sentences)].join('\n');
  });
  return `${XHTML_HEAD}<html xmlns="http://www.w3.org/1999/xhtml" lang="${x(info.language)}" xml:lang="${x(info.language)}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>${x(info.title)}</title>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function smil(info: BookInfo, part: BookPart, item: BookItem, elapsed: number): string {
  // A table's sentences other than each row's first have no element of their own (the row is one).
  const pars = item.sentences
    .filter((s) => s.inTable !== 'covered')
    .map((s) => {
      const text = `<text src="${CONTENT}#${s.id}" id="t-${s.id}"/>`;
      if (!s.clip) return `<par endsync="last" id="p-${s.id}">${text}</par>`;
      const audio = `<audio src="${part.audio}" clip-begin="npt=${s.clip.begin.toFixed(3)}s" clip-end="npt=${s.clip.end.toFixed(3)}s" id="a-${s.id}"/>`;
      return `<par endsync="last" id="p-${s.id}">${text}${audio}</par>`;
    });
  const seconds = itemSeconds(item);
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN" "http://www.w3.org/TR/REC-smil/SMIL10.dtd">
<smil>
<head>
<meta name="dc:format" content="Daisy 2.02"/>
<meta name="dc:title" content="${x(info.title)}"/>
<meta name="dc:identifier" content="${x(info.identifier)}"/>
<meta name="ncc:generator" content="${x(info.generator)}"/>
<meta name="ncc:totalElapsedTime" content="${hms(elapsed, true)}"/>
<meta name="ncc:timeInThisSmil" content="${hms(seconds, true)}"/>
<layout><region id="txtView"/></layout>
</head>
<body>
<seq dur="${seconds.toFixed(3)}s">
${pars.join('\n')}
</seq>
</body>
</smil>
`;
}

/** ncc.html: the headings in reading order and the book's metadata; `otherBytes` is what the rest of the book weighs. */
export function nccDocument(info: BookInfo, parts: BookPart[], otherFiles: number, otherBytes: number): string {
  const items = parts.flatMap((p) => p.items);
  const first = topLevel(items);
  const headings = items.map((item) => {
    const h = level(item.level - first + 1);
    const target = item.sentences[0] ? `${smilName(item)}#t-${item.sentences[0].id}` : smilName(item);
    return { h, html: `<h${h} id="nav-${item.id}"${item.id === 'head' ? ' class="title"' : ''}><a href="${x(target)}">${x(item.heading)}</a></h${h}>` };
  });
  const depth = headings.reduce((n, h) => Math.max(n, h.h), 1);
  const total = parts.reduce((n, p) => n + p.seconds, 0);
  const date = info.modified.toISOString().slice(0, 10);
  const meta = (name: string, content: string | number) => `<meta name="${name}" content="${x(String(content))}"/>`;
  const head = (kBytes: number) =>
    [
      meta('dc:title', info.title),
      // Required by DAISY 2.02: who issued it, or that nobody is named.
      meta('dc:creator', info.creator ?? 'unknown'),
      meta('dc:date', date),
      meta('dc:format', 'Daisy 2.02'),
      meta('dc:identifier', info.identifier),
      meta('dc:language', info.language),
      meta('dc:publisher', info.generator),
      ...(info.source ? [meta('dc:source', info.source)] : []),
      meta('ncc:charset', 'utf-8'),
      meta('ncc:depth', depth),
      meta('ncc:files', otherFiles + 1),
      meta('ncc:footnotes', 0),
      meta('ncc:generator', info.generator),
      meta('ncc:kByteSize', kBytes),
      meta('ncc:maxPageNormal', 0),
      meta('ncc:multimediaType', 'audioFullText'),
      meta('ncc:narrator', info.narrator),
      meta('ncc:pageFront', 0),
      meta('ncc:pageNormal', 0),
      meta('ncc:pageSpecial', 0),
      meta('ncc:prodNotes', 0),
      meta('ncc:setInfo', '1 of 1'),
      meta('ncc:sidebars', 0),
      meta('ncc:tocItems', headings.length),
      meta('ncc:totalTime', hms(total)),
    ].join('\n');
  const doc = (kBytes: number) => `${XHTML_HEAD}<html xmlns="http://www.w3.org/1999/xhtml" lang="${x(info.language)}" xml:lang="${x(info.language)}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>${x(info.title)}</title>
${head(kBytes)}
</head>
<body>
${headings.map((h) => h.html).join('\n')}
</body>
</html>
`;
  // The size counts ncc.html itself: measure it once with a guess, then with the answer.
  const guess = doc(Math.ceil(otherBytes / 1024));
  return doc(Math.ceil((otherBytes + Buffer.byteLength(guess)) / 1024));
}
