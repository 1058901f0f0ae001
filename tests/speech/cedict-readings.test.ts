// Readings pinyin-pro gets wrong in report words (issue 25, class 10), found by comparing its reading of
// every word of our report text with CC-CEDICT's (scripts/cedict-compare.mjs; docs/accuracy.md), checked
// through espeak-ng's phonemes for what langdu gives it, in phrases of their own.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReading, pinyinInput, readingTokens } from '../../src/speech/reading.js';
import { spokenForReading } from '../../src/speech/spoken.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';
import { heardOtherwise } from './espeak-phonemes.js';

const haveEspeak = needTool('espeak-ng');
const reading = (text: string) => pinyinInput(readingTokens(spokenForReading(text)));

beforeAll(async () => {
  await loadReading(`${ROOT}/tests/fixtures/audit/no-such-pronunciations.tsv`);
});

const CASES: [string, string][] = [
  ['北斗导航', 'bei3 dou3 dao3 hang2'],
  ['喀什地区', 'ka1 shi2 di4 qu1'],
  ['解决急难愁盼问题', 'jie3 jue2 ji2 nan4 chou2 pan4 wen4 ti2'],
  ['干细胞研究', 'gan4 xi4 bao1 yan2 jiu1'],
  ['防止一刀切', 'fang2 zhi3 yi4 dao1 qie1'],
  ['种草养畜', 'zhong4 cao3 yang3 xu4'],
  ['量化指标', 'liang4 hua4 zhi3 biao1'],
  ['汽车轮毂', 'qi4 che1 lun2 gu3'],
  ['敢为人先', 'gan3 wei2 ren2 xian1'],
  ['济宁市', 'ji3 ning2 shi4'],
  // 济 "to aid" in a water project's name (引黄济宁: the Yellow River to 西宁) is jì.
  ['引黄济宁工程', 'yin3 huang2 ji4 ning2 gong1 cheng2'],
  ['直通波罗的海', 'zhi2 tong1 bo1 luo2 di4 hai3'],
  ['保护江河湖泊', 'bao3 hu4 jiang1 he2 hu2 po1'],
  ['塔什库尔干县', 'ta3 shi2 ku4 er3 gan1 xian4'],
  ['新型储能和华为', 'xin1 xing2 chu3 neng2 he2 hua2 wei2'],
];

describe.skipIf(!haveEspeak)('what the listener hears (espeak-ng -x)', () => {
  it('readings pinyin-pro gets wrong, measured against CC-CEDICT (10)', async () => {
    expect(await heardOtherwise(CASES, reading)).toEqual([]);
  });
});
