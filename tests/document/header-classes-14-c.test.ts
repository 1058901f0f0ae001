// Round 14, theme C: metadata the page states about itself, wherever it prints it. Each class is stated
// generally, tested on the real pages it came from and the real pages of other sites found for it (held to
// their gold in real-pages.test.ts; named here), on made-up pages in other words (page-variants.json, batch 30),
// and on look-alikes it must leave alone; each new pattern on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { bareCredits, bareEditors } from '../../src/document/credits.js';
import { parse } from '../../src/document/parse.js';
import { accountedText } from '../helpers.js';

const read = (text: string) => {
  const doc = parse(text);
  const { source, parts } = accountedText(doc);
  expect(parts).toBe(source); // nothing of the page lost, whatever the header took
  return { title: doc.title, meta: doc.meta.map((m) => `${m.key}=${m.value}`).sort() };
};
const BODY = '  3月5日，全县召开重点项目建设推进会，会议总结了去年工作，部署了今年任务。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';
const HEAD = '某县召开重点项目建设推进会\n';

describe("a credit role with a space for its colon, in a foot's block of credits, is a pair (1208)", () => {
  it.each([
    [
      'over a keyed editor, with the site template under them (as 1208)',
      '\n校对 李文华\n\n编辑 : 王晓\n\n{{dynamicData.title}}\n',
      ['校对=李文华', '编辑=王晓'],
    ],
    ['under a keyed editor, at the very foot', '\n责任编辑：王晓\n审核 张伟\n', ['责任编辑=王晓', '审核=张伟']],
    ['Traditional, an ideographic space', '\n校對　陳明\n編輯：林佳穎\n', ['校對=陳明', '編輯=林佳穎']],
    ['two roles on one line under a keyed source', '\n来源：某县融媒体中心\n监制 刘强 责编 赵敏\n', ['来源=某县融媒体中心', '监制=刘强', '责编=赵敏']],
  ])('%s', (_name, foot, meta) => {
    expect(read(`${HEAD}${BODY}${foot}`)).toEqual({ title: '某县召开重点项目建设推进会', meta: [...meta].sort() });
  });

  it('leaves alone a role word with no keyed credit beside it, or in a sentence', () => {
    expect(read(`${HEAD}${BODY}\n审核 通过\n`).meta).toEqual([]); // a results list's last row
    expect(read(`${HEAD}${BODY}\n摄影 张伟\n`).meta).toEqual([]); // a caption's credit alone: no block of credits
    expect(bareCredits('记者从会上获悉 全镇将开展专项整治')).toBeNull();
    expect(bareCredits('校对：徐珩')).toBeNull(); // keyed: creditLine's
    expect(bareCredits('记者 张三 摄')).toBeNull(); // a photo's credit
    expect(bareEditors('记者 张三')).toBeNull(); // a reporter is no desk role
    expect(bareEditors('校对 徐珩')).toEqual([{ key: '校对', value: '徐珩' }]);
  });
});
