// Neutral tones (issue 25, class 7), checked through espeak-ng's phonemes for what langdu gives it. The words are other than the audit's (困难群众,
// 扎实, 路上, 结合起来): the table is the PSC list's obligatory neutral tones, and a complement is any verb's.
import { beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL_TONE_WORDS } from '../../src/speech/data/neutral-tones.js';
import { loadReading, pinyinInput, readingTokens } from '../../src/speech/reading.js';
import { spokenForReading } from '../../src/speech/spoken.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';
import { heardOtherwise, phonemesEach } from './espeak-phonemes.js';

const haveEspeak = needTool('espeak-ng');
const reading = (text: string) => pinyinInput(readingTokens(spokenForReading(text)));

beforeAll(async () => {
  await loadReading(`${ROOT}/tests/fixtures/audit/no-such-pronunciations.tsv`);
});

const CLASSES: Record<string, [string, string][]> = {
  'words whose neutral tone is obligatory (7)': [
    ['帮扶困难家庭', 'bang1 fu2 kun4 nan5 jia1 ting2'],
    ['棉花收购', 'mian2 hua5 shou1 gou4'],
    ['结交老朋友', 'jie2 jiao1 lao3 peng2 you5'],
    ['把道理说明白', 'ba3 dao4 li3 shuo1 ming2 bai5'],
    ['下足绣花功夫', 'xia4 zu2 xiu4 hua1 gong1 fu5'],
    ['摸清楚底数', 'mo1 qing1 chu5 di3 shu4'],
    ['讲好脱贫故事', 'jiang3 hao3 tuo1 pin2 gu4 shi5'],
    ['劳动报酬', 'lao2 dong4 bao4 chou5'],
    ['晚上八点', 'wan3 shang5 ba1 dian3'],
    ['码头和罐头厂', 'ma3 tou5 he2 guan4 tou5 chang3'],
    ['踏实工作', 'ta1 shi5 gong1 zuo4'],
    ['擦亮金字招牌', 'ca1 liang4 jin1 zi4 zhao1 pai5'],
    ['讲究实效', 'jiang3 jiu5 shi2 xiao4'],
  ],
  'where the word is not one, or is read with full tones in news (7)': [
    // 贫困|难以: no 困难 across the boundary; 早|上市.
    ['贫困难以根除', 'pin2 kun4 nan2 yi3 gen1 chu2'],
    ['推动企业早上市', 'tui1 dong4 qi3 ye4 zao3 shang4 shi4'],
    ['项目顺利落地', 'xiang4 mu4 shun4 li4 luo4 di4'],
    ['把稳就业摆在首位', 'ba3 wen3 jiu4 ye4 bai3 zai4 shou3 wei4'],
    ['风气浓厚道德高尚', 'feng1 qi4 nong2 hou4 dao4 de2 gao1 shang4'],
    // A doubled form keeps its last syllables' tones (pinyin-pro read 扎扎实实 as 扎|扎实|实).
    ['老老实实做人', 'lao3 lao3 shi2 shi2 zuo4 ren2'],
    ['扎扎实实推进', 'zha1 zha1 shi2 shi2 tui1 jin4'],
    ['理顺各方关系', 'li3 shun4 ge4 fang1 guan1 xi4'],
    ['及时发布消息', 'ji2 shi2 fa1 bu4 xiao1 xi1'],
    ['地方政府', 'di4 fang1 zheng4 fu3'],
    ['太阳能发电', 'tai4 yang2 neng2 fa1 dian4'],
    ['在会上讲话', 'zai4 hui4 shang4 jiang3 hua4'],
    // A table word's last character starting the next word (民主|意识, 发生|意外, 基本|事实, 养老|实施).
    ['增强民主意识', 'zeng1 qiang2 min2 zhu3 yi4 shi2'],
    ['防止发生意外', 'fang2 zhi3 fa1 sheng1 yi4 wai4'],
    ['刑事情节较轻', 'xing2 shi4 qing2 jie2 jiao4 qing1'],
    ['减少事故事件', 'jian3 shao3 shi4 gu4 shi4 jian4'],
    ['基本事实清楚', 'ji1 ben3 shi4 shi2 qing1 chu5'],
    ['凭借雄厚实力', 'ping2 jie4 xiong2 hou4 shi2 li4'],
    ['养老实施方案', 'yang3 lao3 shi2 shi1 fang1 an4'],
    ['已完成和尚未完成的', 'yi3 wan2 cheng2 he2 shang4 wei4 wan2 cheng2 de5'],
    ['本月亮点', 'ben3 yue4 liang4 dian3'],
    ['脚踏实地干事', 'jiao3 ta4 shi2 di4 gan4 shi4'],
    ['踏实地工作', 'ta1 shi5 de5 gong1 zuo4'],
  ],
  '起来, 下去, 出来, 过来 after a verb are neutral; as a main verb they keep their tones (7)': [
    ['把群众组织起来', 'ba3 qun2 zhong4 zu3 zhi1 qi5 lai5'],
    ['一以贯之坚持下去', 'yi4 yi3 guan4 zhi1 jian1 chi2 xia5 qu5'],
    ['把问题找出来', 'ba3 wen4 ti2 zhao3 chu5 lai5'],
    ['把局面扭转过来', 'ba3 ju2 mian4 niu3 zhuan3 guo5 lai5'],
    ['起来反抗', 'qi3 lai2 fan3 kang4'],
    ['大家一起来', 'da4 jia1 yi4 qi3 lai2'],
    ['把思想和行动统一起来', 'ba3 si1 xiang3 he2 xing2 dong4 tong3 yi1 qi5 lai5'],
    ['说不出来', 'shuo1 bu5 chu1 lai2'],
    ['财政支出来源', 'cai2 zheng4 zhi1 chu1 lai2 yuan2'],
    ['机关干部下去调研', 'ji1 guan1 gan4 bu4 xia4 qu4 diao4 yan2'],
  ],
  '们 and the suffix 头 are neutral; 头 as a head is tóu (7)': [
    ['基层干部们', 'ji1 ceng2 gan4 bu4 men5'],
    ['搬石头', 'ban1 shi2 tou5'],
    ['源头治理', 'yuan2 tou2 zhi4 li3'],
    ['龙头企业带头示范', 'long2 tou2 qi3 ye4 dai4 tou2 shi4 fan4'],
  ],
};

describe.skipIf(!haveEspeak)('neutral tones, as espeak-ng says them (espeak-ng -x)', () => {
  for (const [name, cases] of Object.entries(CLASSES)) {
    it(name, async () => {
      expect(await heardOtherwise(cases, reading)).toEqual([]);
    });
  }
});

it.skipIf(!haveEspeak)('a neutral tone is heard as one: espeak-ng says tone 5 low and short, unlike the full tone', async () => {
  const [neutral, full] = await phonemesEach(['kun4 nan5', 'kun4 nan2']);
  expect(neutral).toMatch(/na11n/);
  expect(full).toMatch(/n'a35n/);
});

it('every table word is Han with one syllable a character and at least one neutral tone', () => {
  for (const [word, r] of Object.entries(NEUTRAL_TONE_WORDS)) {
    const syllables = r.split(' ');
    expect(syllables.length, word).toBe([...word].length);
    expect(
      syllables.some((s) => s.endsWith('5')),
      word,
    ).toBe(true);
  }
});
