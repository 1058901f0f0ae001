// The title line as real pages spoil it: residue stuck to it (a file link, a page count, emoji), a
// subtitle and speaker joined to it on one line, a title that runs straight into the first paragraph
// (PDF text layers, one-line scrapes), a speech's meeting line standing under it, the issuing office
// standing over it. Pure string tests, used by header.ts.
import { closingKind, namesGenre } from './page.js';

/** Where the title lies in a row's text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Residue at a title's end: a link (《…》[郝市長](…)), a file's size, a page count, a copy site's count. */
const TAIL_RESIDUE = [
  /\s*\[[^\]]{0,30}\]\s*[(（][^()（）]{0,60}[)）]$/, // [郝市長龍斌](書面報告Pdf檔/5082KB)
  /\s*[(（][^()（）]{0,40}\d+(?:\.\d+)?\s*[KMG]B[)）]$/i, // (PDF, 1.2 MB)
  /\s*[(（]\s*第?\s*\d+\s*[/／]\s*\d+\s*页?\s*[)）]$/, // (第20/30页)
  /\s*[-—_]\s*\d+\s*篇$/, // -10篇 (a copy site's collection)
  /\s*[(（]\s*全文\s*\d+\s*字\s*[)）]$/, // (全文1896字)
  /\s*(?:分享到|分享至)\s*[:：]?$/, // 分享到: glued on by the share bar after it
  /\s+(?:19|20)\d{2}$/, // 2022年某县统计公报 2022 (a site's year tag)
];

/**
 * A copy site's or a column's tag before the title: [县长在县委书记]县长在…, 【文字解读】《…》文件解读, an
 * author's name and a spaced bar (张璋 | 政策执行中的…).
 */
const LEAD_TAG = /^(?:[[【][^[\]【】\n]{1,12}[\]】]\s*|\p{Script=Han}{2,4}\s+[|｜]\s+)/u;

/** The title inside a row's text, residue and decoration left out. */
export function titleSpan(text: string): Span {
  let start = 0;
  let end = text.length;
  const lead = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{20E3}|\s)+/u.exec(text);
  if (lead) start = lead[0].length;
  const tag = LEAD_TAG.exec(text.slice(start));
  if (tag && text.length - start - tag[0].length >= 6) start += tag[0].length;
  for (let changed = true; changed; ) {
    changed = false;
    const t = text.slice(start, end);
    const trail = /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{20E3}|\s)+$/u.exec(t);
    if (trail && trail.index > 0) {
      end = start + trail.index;
      changed = true;
      continue;
    }
    for (const re of TAIL_RESIDUE) {
      const m = re.exec(t);
      if (m && m.index >= 4) {
        end = start + m.index;
        changed = true;
        break;
      }
    }
  }
  // A title printed whole in book-title marks: 《某某办公厅关于印发〈…〉的通知》.
  if (text[start] === '《' && text[end - 1] === '》' && !text.slice(start + 1, end - 1).includes('《')) return { start: start + 1, end: end - 1 };
  return { start, end };
}

/** A copy site's number for one of several parts: 某某发言提纲(二). */
export const withoutPartNumber = (title: string): string => title.replace(/[(（][一二三四五六七八九十\d]{1,2}[)）]$/, '');

export const cleanTitle = (text: string): string => {
  const s = titleSpan(text);
  return text.slice(s.start, s.end);
};

const DASHES = /\s*(?:——|――|－－|--|—|―)\s*/;
/** What a subtitle says: a meeting, a date, a speaker (在…会议上, 2025年1月…, 市长 王某某). */
const SUBTITLE_WORDS = /^(?:在|于|於|\d{4}\s*年|[〇一二三四五六七八九十]{4}年)|(?:会议|會議|大会|大會|会上|會上|上的|座谈会|座談會)/;

/**
 * A title with its subtitle (and speaker) joined on one line by a scraper: 政府工作报告——2025年1月在…
 * 上 市长 王某某. Where the subtitle starts (at its dash), or null.
 */
export function subtitleStart(text: string): number | null {
  const m = DASHES.exec(text);
  if (!m || m.index < 2) return null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  if (after.length < 4 || /[。！？]/.test(before)) return null;
  return SUBTITLE_WORDS.test(after) ? m.index : null;
}

/** A speech's meeting line with no dash: 在2025年全市经济工作会议上的讲话. */
export function isMeetingLine(text: string): boolean {
  return /^(?:——|―|—)?\s*[(（]?在.{2,50}?(?:会议|會議|大会|大會|会|會|论坛|論壇|典礼|典禮|仪式|儀式)(?:开幕式|閉幕式|闭幕式)?上的?(?:讲话|講話|发言|發言|报告|報告|致辞|致辭|主持词|主持詞|总结讲话|講評|讲评)?[)）]?$/.test(
    text.trim(),
  );
}

/** The issuing office's line over a document's title: 某市人民政府办公室, 湖南省人民政府办公厅文件. */
export function isIssuingOffice(text: string): boolean {
  const t = text.trim();
  return closingKind(t) === 'org' || /(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳)文件$/.test(t);
}

/** The salutation a speech or a report opens with: 各位代表：, 同志们：, 尊敬的…： */
const SALUTATION =
  /(?:编者按|編者按|各位代表|各位委员|各位委員|同志们|同志們|各位领导|各位領導|尊敬的|女士们|女士們|各位来宾|各位來賓|议长|議長)[^。！？\n:：]{0,16}[:：]/;
/** A paragraph's usual first words after a title ending in its genre: 2023年，…, 今年以来, 根据… */
const OPENING =
  /^(?:(?:\d{4}|[〇一二三四五六七八九十]{4})年[，,以来來度]|今年以来|一年来|過去一年|过去一年|根据|根據|为(?:了|进一步|深入|全面|切实)|為(?:了|進一步|深入|全面))/;
const SPEECH_GENRE = /(?:讲话|講話|发言|發言|致辞|致辭|报告|報告|总结|總結)(?:[(（][^)）]*[)）])?$/;

/**
 * A title that runs straight into the first paragraph, as PDF text layers and one-line scrapes have it
 * (某县2023年工作总结2023年，我县…, …的讲话同志们：今天…). The title's span in the line, or null.
 * A copy site's file name printed just before the title (…座谈会上讲话…座谈会上的讲话) is left out.
 */
export function runOnTitle(line: string): Span | null {
  const text = line.trimEnd();
  let end = -1;
  const sal = SALUTATION.exec(text);
  if (sal && sal.index >= 4 && sal.index <= 120) end = sal.index;
  else {
    for (const m of text.matchAll(/(?:报告|報告|总结|總結|讲话|講話|方案|意见|意見|通知|规划|規劃|计划|計劃|要点|要點|发言|發言)/g)) {
      const at = m.index + m[0].length;
      if (at > 100) break;
      if (OPENING.test(text.slice(at))) {
        end = at;
        break;
      }
    }
  }
  if (end < 0) return null;
  const lead = /^\s*/.exec(text)![0].length;
  const head = text.slice(lead, end).trimEnd();
  if (head.length < 4 || /[。！？；，,]/.test(head) || !(namesGenre(head) || SPEECH_GENRE.test(head) || subtitleStart(head) !== null)) return null;
  let start = lead;
  // 某某讲话 文章标题:某某讲话: the document site's label names the title.
  const label = /(?:文章标题|文章標題|标题|標題)\s*[:：]\s*/.exec(head);
  if (label && head.length - label.index - label[0].length >= 4) return { start: lead + label.index + label[0].length, end: lead + head.length };
  // A file name, then the title again: keep the second (the document's own title line).
  for (const m of head.matchAll(/(?:讲话|講話|报告|報告|总结|總結|发言|發言)/g)) {
    const cut = m.index + m[0].length;
    const first = head.slice(0, cut);
    const second = head.slice(cut);
    if (second.length < 6 || (!SPEECH_GENRE.test(second) && !namesGenre(second))) continue;
    const shared = [...first].filter((ch) => second.includes(ch)).length;
    if (shared >= first.length * 0.8) {
      start = lead + cut;
      break;
    }
  }
  return { start, end: lead + head.length };
}
