// Round 13 of issue 26, theme E: the classes the metamorphic pages found (tests/document/header-metamorphic.test.ts
// prints each transformation's figures and the real pages it breaks). Each class here on made-up pages in
// other words, sites and places, with look-alikes the rule must leave alone; `first` in each block's comment is
// how many of its pages the code before the class got right.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { accountedText } from '../helpers.js';

interface Page {
  text: string;
  title: string | null;
  meta: string[];
}

const BODY = '會議指出，要堅持穩中求進工作總基調，紮實推進各項重點工作。\n';
const BODY_S = '会议指出，要坚持稳中求进工作总基调，扎实推进各项重点工作。\n';

const classes: Record<string, Record<string, Page>> = {
  // A metadata key in either script and in the forms sites and converters print is the same key: 發佈 (the
  // Taiwan and Hong Kong form of 发布), 訪問量 beside 访问量, 信息索引號 ending in 索引號 (src/document/key-script.ts).
  // Found on 24 real pages printed in Traditional (02, 46, 203, 131, 520, 603, 612, 549 …; none wrong in the
  // bench as printed). First: 3 of 8 (the two look-alikes, and a Simplified card with one key in the 佈 form).
  'a key in any script’s form': {
    'Taiwan 發佈 keys and a counter on one line': {
      text: `某縣政府關於加強汛期安全工作的通知\n發佈時間:2025-06-01 09:30  來源:縣水利局  訪問量:356\n${BODY}`,
      title: '某縣政府關於加強汛期安全工作的通知',
      meta: ['發佈時間=2025-06-01 09:30', '來源=縣水利局', '訪問量=356'],
    },
    'a publisher and a date in Hong Kong forms, full-width colons': {
      text: `在全區經濟工作會議上的講話\n發佈者：陳大文　發佈日期：2024-12-20　來源：區人大常委會\n${BODY}`,
      title: '在全區經濟工作會議上的講話',
      meta: ['發佈者=陳大文', '發佈日期=2024-12-20', '來源=區人大常委會'],
    },
    'a bulleted card, each value on the next line, keys in Traditional forms the lists lack': {
      text: `• 信息索引號:\n  11440300MB2C/2024-00031\n• 發佈機構:\n  市應急管理局\n某市自然災害救助應急預案\n${BODY}`,
      title: '某市自然災害救助應急預案',
      meta: ['信息索引號=11440300MB2C/2024-00031', '發佈機構=市應急管理局'],
    },
    'a card in Simplified with one key in the 佈 form': {
      text: `某区人民政府关于印发2025年重点工作任务的通知\n发文字号：某府发〔2025〕3号\n發佈日期：2025-02-10\n${BODY_S}`,
      title: '某区人民政府关于印发2025年重点工作任务的通知',
      meta: ['发文字号=某府发〔2025〕3号', '發佈日期=2025-02-10'],
    },
    'where a document site says a page was posted from, in the 佈 form': {
      text: `2026年社區工作計劃\n- 約 12頁\n- 2025-11-03 發佈於福建\n${BODY}`,
      title: '2026年社區工作計劃',
      meta: ['日期=2025-11-03'],
    },
    'a foot editor in a Traditional form after the text': {
      text: `某縣舉行鄉村振興現場會\n${BODY}信息來源：縣融媒體中心　責任編輯：林小美\n`,
      title: '某縣舉行鄉村振興現場會',
      meta: ['信息來源=縣融媒體中心', '責任編輯=林小美'],
    },
    'look-alike: a headline whose first words end in 發佈, with a colon': {
      text: `市政府發佈：2025年十項民生實事全部完成\n${BODY}`,
      title: '市政府發佈：2025年十項民生實事全部完成',
      meta: [],
    },
    'look-alike: a press conference headline with a colon': {
      text: `新聞發佈會：縣長介紹全年經濟運行情況\n${BODY}`,
      title: '新聞發佈會：縣長介紹全年經濟運行情況',
      meta: [],
    },
  },
};

describe.each(Object.entries(classes))('%s', (_name, pages) => {
  it.each(Object.entries(pages))('%s', (_page, page) => {
    const doc = parse(page.text);
    expect(doc.title).toBe(page.title);
    expect(doc.meta.map((m) => `${m.key}=${m.value}`).sort()).toEqual([...page.meta].sort());
    const { source, parts } = accountedText(doc);
    expect(parts).toBe(source);
  });
});
