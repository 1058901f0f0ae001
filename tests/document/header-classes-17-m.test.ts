// Round 17, theme M: what a page states about itself. The printings are generated from parts (an outlet × a role's
// rank × names × a script × a caption's words × another site's headline) and assert what parse() gives; look-alikes
// of each class must stay as they were, and every new pattern is read on a line of 200 000 characters. The real
// pages they came from (2109, 2122, …) are held to their gold in real-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const BODY = '  1月19日至20日，全州政协会议、人大会议相继开幕，代表委员共绘美好蓝图。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';
/** Another site's headline in each script. */
const TITLES = ['感恩奋进写答卷 焕新出发谱新篇', '市十六屆人大四次會議開幕'];
/** An outlet before the reporter's role, as papers and their apps print it. */
const OUTLETS = ['贵州日报天眼新闻', '云南日報', '某某日报全媒体', '新华社', '本报', ''];
const NAMES = [['陈丹'], ['張寅'], ['李明', '王芳'], ['欧阳华']];
const ROLES = ['记者', '記者'];

describe('a byline under the title’s photo caption is read: the caption is the picture’s, no end of the header (2109)', () => {
  const CAPTIONS = ['州人大会议开幕会现场。', '代表们认真审议政府工作报告。', '代表們出席會議現場。'];
  /** The photographer's credit closing the caption: an outlet's reporter's, or a name alone. */
  const SHOTS = ['贵州日报天眼新闻记者 钱仕豪 摄', '云南日報記者 李建泉攝', '新华社记者 王某 摄', '钱仕豪 摄', '李建泉攝'];
  const cases: [string, string, string, string, string][] = [];
  // An outlet's byline (本报记者 and a bare 记者 under a caption were read before: the text's first lines).
  for (const [o, outlet] of OUTLETS.slice(0, 4).entries())
    for (const [n, names] of NAMES.entries()) {
      const role = `${outlet}${ROLES[(o + n) % 2]}`;
      const title = TITLES[n % 2]!;
      const k = o * NAMES.length + n;
      const caption = `${CAPTIONS[k % CAPTIONS.length]} ${SHOTS[k % SHOTS.length]}`;
      const byline = `${role} ${names.join(' ')}`;
      cases.push([`${role}, ${names.length} names, under ${caption}`, title, caption, byline, `${role}=${names.join(' ')}`]);
    }
  it.each(cases)('%s', (_name, title, caption, byline, pair) => {
    expect(read(`${title}\n\n${caption}\n\n${byline}\n\n${BODY}`)).toEqual({ title, meta: [pair] });
  });
  it('under a subtitle too', () => {
    const page = `${TITLES[0]}\n\n——写在2026年州两会召开之际\n\n开幕会现场。 贵州日报天眼新闻记者 钱仕豪 摄\n\n贵州日报天眼新闻记者 陈丹\n\n${BODY}`;
    expect(read(page)).toEqual({ title: TITLES[0], meta: ['贵州日报天眼新闻记者=陈丹'] });
  });
  // Look-alike: a caption's credit alone under the title, then the text, gives no pair (the photographer is the picture's).
  it.each(OUTLETS.map((o) => [o]))('a caption with no byline under it (%s)', (outlet) => {
    expect(read(`${TITLES[0]}\n\n开幕会现场。 ${outlet}记者 钱仕豪 摄\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [] });
  });
});

describe('a writer’s credit mark before a byline (文 / 云南日報記者 張寅) is the same byline (2122)', () => {
  const MARKS = ['文 / ', '文/', '文：', '撰文：', '文字/'];
  const cases: [string, string, string, string][] = [];
  for (const [m, mark] of MARKS.entries())
    for (const [o, outlet] of OUTLETS.entries()) {
      const names = NAMES[(m + o) % NAMES.length]!;
      const role = `${outlet}${ROLES[(m + o) % 2]}`;
      const title = TITLES[(m + o) % 2]!;
      cases.push([`${mark}${role}`, title, `${mark}${role} ${names.join(' ')}`, `${role}=${names.join(' ')}`]);
    }
  it.each(cases)('under a title: %s', (_name, title, line, pair) => {
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [pair] });
  });
  it.each(cases)('first on the page, no title: %s', (_name, _title, line, pair) => {
    expect(read(`${line}\n\n${BODY}`)).toEqual({ title: null, meta: [pair] });
  });
  // Look-alikes: a mark before words that are no names (记者手记), or before a sentence, stays no pair.
  it.each([['文 / 记者手记：走进大山深处'], ['文/本报记者走访了全县十个乡镇，看到了新变化。']])('%s', (line) => {
    expect(read(`${TITLES[0]}\n\n${line}\n\n${BODY}`).meta).toEqual([]);
  });
});

describe('hostile long lines stay linear', () => {
  it.each([['文 / '], ['文/'], ['撰文：']])('a mark, then 200 000 characters (%s)', (mark) => {
    const t0 = performance.now();
    parse(`${TITLES[0]}\n\n${mark}${'记者 '.repeat(66_000)}\n\n${BODY}`);
    parse(`${TITLES[0]}\n\n开幕会现场${' 李'.repeat(100_000)}摄\n\n${BODY}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
