import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { convert, fold, isLoaded, loadScript } from '../../src/script/index.js';
import { allNodes, fixture, seedText } from '../helpers.js';

describe('scripts', () => {
  beforeAll(async () => {
    await loadScript('simplified');
  });

  it('original is the text as written', () => {
    expect(convert('舉措 著眼點', 'original')).toBe('舉措 著眼點');
  });

  it('simplified is mainland Simplified: 着 for zhuó, mainland words kept', () => {
    expect(convert('聚焦惠企便民“著眼點”', 'simplified')).toBe('聚焦惠企便民“着眼点”');
    expect(convert('以復議新法實施為著力點', 'simplified')).toBe('以复议新法实施为着力点');
    // tw→cn, never twp: 文件 stays 文件 (twp would make it 文档), 干部 stays 干部.
    expect(convert('印發文件,領導干部', 'simplified')).toBe('印发文件,领导干部');
    expect(convert('依法決策仍需完善', 'simplified')).toBe('依法决策仍需完善');
  });

  it('keeps 著 (zhù) in 专著, 原著, 卓著, 土著, 编著 and keeps 显著, 著名', () => {
    expect(convert('專著 原著 卓著 土著 編著', 'simplified')).toBe('专著 原著 卓著 土著 编著');
    expect(convert('成效顯著,著名學者的名著', 'simplified')).toBe('成效显著,著名学者的名著');
  });

  it('traditional is built only when asked, and converts Simplified to Taiwan Traditional', async () => {
    expect(isLoaded('traditional')).toBe(false);
    await loadScript('traditional');
    expect(isLoaded('traditional')).toBe(true);
    expect(convert('主要举措 着眼点 复杂', 'traditional')).toBe('主要舉措 著眼點 複雜');
  });

  it('gives the seed in mainland Simplified', () => {
    const doc = parse(seedText());
    const byId = new Map(allNodes(doc.nodes).map((n) => [n.id, n]));
    expect(convert(byId.get('2.2')!.title, 'simplified')).toBe('依法决策仍需完善');
    expect(convert(byId.get('1.2')!.title, 'simplified')).toContain('着眼点');
    expect(convert(byId.get('1')!.title, 'simplified')).toBe('2024年法治政府建设主要举措及成效');
  });
});

describe('script-insensitive matching', () => {
  beforeAll(() => loadScript('simplified'));

  it('finds Traditional text with a Simplified query and the other way round', () => {
    // Folded text keeps its length, so where the query is found is where it is in the original.
    expect(fold('2024年法治政府建設主要舉措及成效').indexOf(fold('举措'))).toBe(13);
    expect(fold('主要举措及成效').indexOf(fold('舉措'))).toBe(2);
    expect(fold('沒有這個詞').indexOf(fold('举措'))).toBe(-1);
  });

  it('folds case and full-width letters, keeping the length', () => {
    expect(fold('ＡＢＣ abc 舉措')).toBe('abc abc 举措');
    const seed = seedText();
    expect(fold(seed).length).toBe(seed.length);
  });
});

describe('whole-document conversion', () => {
  beforeAll(() => loadScript('simplified'));

  it('gives exactly what converting node by node gives', async () => {
    const { toJson, documentParagraphs, nodeParagraphs } = await import('../../src/document/text-views.js');
    for (const text of [seedText(), readFileSync(fixture('no-numbering.txt'), 'utf8'), '标题\n一、甲\n多行\n正文。\n二、乙\n']) {
      const doc = parse(text);
      const json = toJson(doc, 'simplified');
      const byNode = (n: (typeof doc.nodes)[number]): unknown => ({
        id: n.id,
        level: n.level,
        marker: convert(n.marker, 'simplified'),
        ordinal: n.ordinal,
        title: convert(n.title, 'simplified'),
        body: convert(n.body, 'simplified'),
        children: n.children.map(byNode),
      });
      expect(json.nodes).toEqual(doc.nodes.map(byNode));
      expect(json.preamble).toBe(convert(doc.preamble, 'simplified'));
      const last = doc.nodes.at(-1);
      if (last) expect(documentParagraphs(doc, 'simplified').slice(-1)).toEqual(nodeParagraphs(last, 'simplified').slice(-1));
    }
  });
});

describe('long text', () => {
  beforeAll(() => loadScript('simplified'));

  it('converts in pieces exactly as in one call', async () => {
    const { convertUncached } = await import('../../src/script/index.js');
    const { Converter } = await import('opencc-js/t2cn');
    const oneCall = Converter({ from: 'tw', to: 'cn' });
    const long = Array.from({ length: 80 }, () => seedText()).join('\n'); // ~1.2 M characters
    const pieces = convertUncached(long, 'simplified');
    expect(pieces.length).toBe(long.length);
    expect(pieces).toBe(oneCall(long)); // (the report has none of the words the fix list mends)
  });
});
