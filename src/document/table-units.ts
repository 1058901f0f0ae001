// Units in tables. A column's header may name its unit (金额（亿元）, 增长（%）, 增长%, or a row of units
// under the labels: 万元 / %); a statistical table often states one unit for all its numbers, once, in
// its caption, the line before it or a cell of its title row: 单位：万元, （单位：亿元、%）, 金额单位：万元.
// That unit goes on each column whose header names none: % on the ratio columns (增长, 比重 …), the
// other unit on the rest, never on years, row numbers or indices. Pure: no I/O.

/** A unit as tables write them: %, 亿元, 万人, 平方公里, 元/人 … */
export const UNIT =
  /^(?:%|‰|个百分点|[万亿千百十萬億]*(?:元|美元|人|人次|吨|噸|个|個|亩|畝|户|戶|家|件|次|辆|輛|台|臺|套|项|項|所|张|張|米|千米|公里|平方米|平方公里|立方米|公顷|公頃|千克|公斤|千瓦时|千瓦時|度|小时|小時|天|岁|歲|元\/人|元\/吨|元\/噸|标准箱|標準箱))$/;

/** 单位：…, with what may stand before it (金额单位, 计量单位) and the units after it up to a bracket or the end. */
const STATED = /(?:金额|金額|计量|計量|货币|貨幣|数量|數量|价格|價格)?[单單]位\s*[：:]\s*([^（）()：:\n]{1,30}?)\s*(?=[)）]|[（(][\x20-\x7e]*[)）]\s*$|$)/g;
/** A yearbook's English gloss after the unit: 单位：万吨 (10000 tons). */
const GLOSS = /[（(][\x20-\x7e]*[)）]\s*$/;
const MAX_STATEMENT = 400;
const SEPARATORS = /[、，,；;/／\s]+/;

/** The units a text states with 单位：… (the last such statement), or null when it states none. */
export function statedUnits(text: string): string[] | null {
  // A caption or a cell: a long text (a paragraph, a hostile cell) states no table's unit.
  if (text.length > MAX_STATEMENT) return null;
  let found: string[] | null = null;
  for (const m of text.matchAll(STATED)) {
    const parts = m[1]!
      .split(SEPARATORS)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length > 0 && parts.every((p) => UNIT.test(p))) found = parts;
  }
  return found;
}

/** A text that is a unit statement and nothing else: 单位：万元, （单位：亿元、%）, 金额单位：万元. */
export function isUnitLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || statedUnits(t) === null) return false;
  return (
    t
      .replace(GLOSS, '')
      .replace(STATED, '')
      .replace(/[（）()\s：:。]/g, '') === ''
  );
}

/** Header labels whose numbers take no stated unit: years, row numbers, codes, indices. */
const NO_UNIT = /^(?:年份|年度|年|月份|序号|行次|栏次|编号|代码|排名|位次|(?:计量)?单位)$|指数/;
/** Header labels of ratios: the % of a stated 亿元、% goes on these, the 亿元 on the rest. */
const RATIO = /增长|增速|增幅|比重|占比|比例|百分比|同比|环比|幅度|率|完成预算|为预算|为上年/;

/** The stated unit a column takes, by its label: '' for none. */
export function statedUnitFor(label: string, units: readonly string[]): string {
  if (units.length === 0 || NO_UNIT.test(label)) return '';
  const percent = units.find((u) => u === '%' || u === '‰' || u === '个百分点');
  const other = units.find((u) => u !== percent);
  if (RATIO.test(label)) return percent ?? '';
  return other ?? percent ?? '';
}
