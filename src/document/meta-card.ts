// The 政府信息公开 card and its cousins (a law database's, an e-paper's, a news page's stamp): the keys the
// genre uses, written once in Simplified and given in Traditional too, so a key the card prints alone (a
// table cell with no colon, a bulleted key left empty, 时效 over its value) is known in either script.

/** The card's keys, Simplified. What each names: its place in the catalogue, who issued it, when, its number, standing, words and reach. */
const CARD_WORDS = [
  // where the catalogue files it
  '索引号',
  '主题分类',
  '组配分类',
  '体裁分类',
  '公文种类',
  '信息类别',
  '信息分类',
  '统一编号',
  '服务对象',
  '信息索引',
  '文件类型',
  '信息类型',
  '文种',
  '文件编号',
  // who issued it
  '发文机关',
  '发布机关',
  '发文单位',
  '发布机构',
  '发布单位',
  '所属机构',
  '责任部门',
  '责任单位',
  '公开责任部门',
  // the desk a consultation or a notice names as its own (征集部门:市中区政府办公室开始时间:…)
  '发布部门',
  '征集部门',
  '征求部门',
  '起草部门',
  '信息来源',
  // when
  '成文日期',
  '发文日期',
  '发布日期',
  '发布时间',
  '生成日期',
  '印发日期',
  '施行日期',
  '实施日期',
  '生效日期',
  '失效日期',
  '废止日期',
  '公告日期',
  '公布日期',
  '修正日期',
  '公发布日',
  '更新',
  '更新日期',
  // its number and standing
  '文号',
  '发文字号',
  '有效性',
  '是否有效',
  '时效',
  '时效性',
  '生效状态',
  '法规类别',
  '有效期',
  // its words and reach
  '关键词',
  '关键字',
  '主题词',
  '公开方式',
  '公开范围',
  '公开时限',
  '公开属性',
  '公开形式',
  '公开类型',
  // an e-paper's page: 版面:03 要闻, 版次:A04, 当前版:02版
  '版面',
  '版次',
  '当前版',
  // a consultation's card (征求意见, 征集调查): how long it runs and where it stands
  '时限',
  '截止',
  '征集时间',
  '征集状态',
  '征集对象',
  '征集单位',
  '反馈方式',
];

/** The characters of the card's words that Traditional writes otherwise. */
const TRADITIONAL: Record<string, string> = {
  号: '號',
  题: '題',
  类: '類',
  种: '種',
  别: '別',
  统: '統',
  编: '編',
  务: '務',
  对: '對',
  发: '發',
  关: '關',
  单: '單',
  机: '機',
  构: '構',
  属: '屬',
  责: '責',
  门: '門',
  来: '來',
  实: '實',
  废: '廢',
  时: '時',
  间: '間',
  键: '鍵',
  词: '詞',
  开: '開',
  范: '範',
  围: '圍',
  组: '組',
  征: '徵',
  状: '狀',
  态: '態',
  规: '規',
  馈: '饋',
  体: '體',
};

const traditional = (word: string) => [...word].map((c) => TRADITIONAL[c] ?? c).join('');
/** Hong Kong and Macau write 發佈 where Taiwan writes 發布 (發佈日期, 發佈機構). */
const hongKong = (word: string) => word.replace('發布', '發佈');

/** Every card key in both scripts (发布机构, 發布機構, 發佈機構). */
export const CARD_KEYS: readonly string[] = [...new Set(CARD_WORDS.flatMap((w) => [w, traditional(w), hongKong(traditional(w))]))];

/**
 * A word and its colon right after a key the page left empty (文号: 关键字: 信息,公开): a key of its own
 * where the card puts one, though no list knows it, never the empty key's value. A short word, a short value.
 */
export function keyAfterEmpty(before: string | undefined, key: string, value: string): boolean {
  return before === '' && /^\p{Script=Han}{2,6}$/u.test(key) && value.length <= 40 && !/[。，,；;！？]$/.test(value);
}

/** A line of nothing but dashes, bars, dots or a colon, as a card scraped one cell a line sets between a key and its value. */
export function isSpacer(line: string): boolean {
  return /^[-－—–_|｜·•.:：\s]{1,12}$/.test(line);
}

/** A link's label a page sets after a value (已结束 查看征集结果, 市政府 查看详情, 詳情>>): the link's, not the value's. Spaces bounded, so a long run of them is read once. */
const LINK_LABEL = /(?<=\S)[ \t\u3000]{1,8}(?:(?:点击|點擊)?(?:查看|查閱|查阅)\p{Script=Han}{0,8}|(?:详情|詳情|更多)\s{0,2}(?:>>|»|>)?)$/u;

/** A value without a link's label after it. */
export function withoutLinkLabel(value: string): string {
  return value.replace(LINK_LABEL, '');
}

/** A markdown table's rule row under its first row (| --- | :---: |): the table's drawing, no cells. */
export function isRuleRow(cells: string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-{3,}:?$/.test(c));
}

const cellsOf = (row: string) =>
  row.trim().startsWith('|') || row.trim().endsWith('|')
    ? row
        .split('|')
        .map((c) => c.trim())
        .filter((c) => c !== '')
    : [];

/**
 * A card set as a table's head row of keys over one row of their values (| 索引号 | 发布机构 | ⏎ | 001/… |
 * 某局 |): each key with the value under it. Every head cell a key the card uses (`keyOf`), as many values, none
 * a key or a sentence, and no second row of values under them: a report's table (| 日期 | 来源 | ⏎ rows…) has many.
 */
export function columnPairs(head: string[], below: string, after: string, keyOf: (cell: string) => string | null): { key: string; value: string }[] | null {
  if (head.length < 2 || head.length > 8) return null;
  const keys = head.map(keyOf);
  if (keys.some((k) => k === null)) return null;
  const values = cellsOf(below);
  if (values.length !== head.length || values.some((v) => keyOf(v) !== null || /[。！？；]/.test(v) || v.length > 60)) return null;
  if (cellsOf(after).length === head.length) return null;
  return keys.map((key, k) => ({ key: key!, value: values[k]! }));
}

/** A word, then spaces, then a colon: a key set apart from its colon (索引号 : 001… 发布机构 : 某局). Spaces bounded. */
const SPACED_COLON = /(^|[\s|｜])(\p{Script=Han}{2,8})[ \t\u3000]{1,3}(?=[:：])/gu;

/**
 * A line with a key's colon glued back to it (索引号 : 001 发布机构 : 某局 → 索引号: 001 发布机构: 某局), so
 * the pairs of a card run together on one line part at each key. Only a word `isKeyWord` takes: 北京 : 上海 stays.
 */
export function gluedColons(line: string, isKeyWord: (word: string) => boolean): string {
  return /[ \t\u3000][:：]/.test(line) ? line.replace(SPACED_COLON, (all, before: string, word: string) => (isKeyWord(word) ? before + word : all)) : line;
}

/** A value that is only a placeholder for none (-, —, /, --): the page left it empty. */
export function isPlaceholder(value: string): boolean {
  return /^[-－—–/／\s]{1,6}$/.test(value);
}

/**
 * The marks a site prints between the pairs of a line (2025-03-03 · 来源：某市日报, 来源：某报 丨 作者：某), as one set.
 * A bar parts them wherever it stands (| ｜ │ ┃, a tab, a bracket's side); a dot, a diamond or a slash only with a space
 * beside it, for glued it is a mark of the value: a name's (热依拉·艾力), a credit's (文/图), a date's (2025/03/03), two
 * offices' (市委/市政府). The Han stroke 丨 is a character a sentence may hold, even first after a key's colon (文号 : 丨…):
 * it parts pairs only with a space after it. An ideographic space or two spaces part them too.
 */
export const SEPARATOR_BARS = '|｜│┃\\t【】';
export const SEPARATOR_MARKS = '·•▪▫◆◇●・‧/／';
/** What a piece of a line of pairs may end at: a space, a bar, a separating mark, the line's end (for a lookahead). */
export const PIECE_END = `(?=[\\s\u3000${SEPARATOR_BARS}]|[${SEPARATOR_MARKS}丨][\\s\u3000]|$)`;
/** A run of what sets pieces apart: spaces and bars, a mark with a space beside it. One quantifier over single characters. */
export const PIECE_GAP = `(?:[\\s\u3000${SEPARATOR_BARS}]|(?<=[\\s\u3000])[${SEPARATOR_MARKS}]|[${SEPARATOR_MARKS}](?=[\\s\u3000])|丨(?=[\\s\u3000]))+`;
/** One separator with the spaces round it (runs of spaces already cut to two by the caller, so it stays linear). */
export const PAIR_SEPARATOR = new RegExp(`\\s*[${SEPARATOR_BARS}]\\s*|\\s+[${SEPARATOR_MARKS}]\\s*|[${SEPARATOR_MARKS}]\\s+|\\s*丨\\s+|\u3000+|\\s{2,}`);

/** Where a new pair starts in a cell: after spaces or a semicolon, at a word and its colon. */
const PAIR_START = /(?:\s+|[；;]\s*)(?=[^\s:：\d；;]{1,12}[:：])/;

/**
 * A cell's pairs: a space before `key：` starts a new one, and so does a semicolon between them (发文机关：国务院；
 * 发文字号：国发〔2025〕1号；), whose last pair then ends in the list's semicolon, not the value's.
 */
export function splitPairs(cell: string): string[] {
  const parts = cell.split(PAIR_START);
  const last = parts.length - 1;
  const before = cell.slice(0, cell.length - parts[last]!.length).trimEnd();
  if (last > 0 && /[；;]$/.test(before)) parts[last] = parts[last]!.replace(/[；;]\s*$/, '');
  return parts;
}
