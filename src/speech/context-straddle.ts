// Words pinyin-pro reads across a real word boundary, found by a listener's sweep over report text
// (docs/accuracy.md, class 1): its dictionary holds mostly words with a polyphone, so the words around
// them are unknown to it and its segmentation takes the polyphone's word even where the sentence has
// another (全部|分解 read 全|部分|解, 干部|分类 read 干|部分|类 with 干 gān, 尊重|创新 read 尊|重创|新,
// 部分|内容 read 部|分内|容, 类似|的 read 类|似的, 总理…将|作报告 read 将作 jiàng),
// and readings a listener found wrong around them (春秋假 jiǎ, 就得只争朝夕 dé).
// Each rule looks at a character or two on either side, no more: it runs on every sentence.

type Reread = (word: string) => string[];

// 部 ends a word with these (全部, 内部, 干部, 支部), and 分 starts one with those (分解, 分工, 分类): the
// pinyin-pro word 部分 (bù fen) between them is no word. Not 大, 一, 小, 各, 本, 其中 (大部分, 一部分, 各部分, 其中|部分).
const BU_END_BEFORE = '全内外局干东西南北总支';
// …unless 内 or 外 ends a word of its own (国内|部分区域, 此外|部分会员): there 部分 is the word.
const NEI_WAI_WORD_BEFORE = '此另国省市区县境域海校园体室';
const FEN_START_NEXT = '解工类析配别享期批布级流担管局会支区组段离拣红化歧界裂队院站数';
// 创 is chuāng only as a wound (创伤, 重创, 创口); before these it is chuàng, to create (创新, 创造, 创业).
const CHUANG4_NEXT = '新造业建办立作优先收汇投客意制举历始';
// 冠 is guàn, first place or the title (夺冠, 四连冠, 冠名, 冠以); guān is a crown or cap (衣冠, 冠状, 新冠).
const GUAN4_BEFORE = '连夺摘称卫';
const GUAN4_NEXT = '名以绝';
// …but not after a crown's own word (新冠以来, 新冠以及流感, 衣冠以): guān.
const GUAN1_BEFORE = '新衣王皇桂鸡凤花树';
// …and 之冠 after a place or field (居全国之冠): the first of them.
const ZHI_GUAN4_PLACE = '国省市区县州球界内世业';

// 将 is jiàng only as a general (将军, 将领, 大将, 少将, 将相); elsewhere it is jiāng, "will" or "take".
const JIANG4_NEXT = '军领帅士官才兵校令佐相门';
// …but those characters start a word of their own after 将 "take" (将|领导干部, 要将|相关要求, 将|校园安全):
// pinyin-pro read 将领, 将相, 将校 across the boundary.
const JIANG1_PAIR = /^(?:领[导域先会取]|相[关应互结适同比继对近符配]|校[园外内区]|官[方网]|士兵|门[户槛类店诊]|军[民队]|令行)/;
const JIANG4_BEFORE = '大上中少主名猛良武干战老虎副麻神天骁勇女闯出健悍爱宿败点遣折蟹';
// 似 after these is sì (类似, 相似, 近似); pinyin-pro's 似的 (shì de) took 类似|的 across the boundary.
const SI4_BEFORE = '类相近酷貌恰疑形神好';

// 假 after these is a holiday, jià (春秋假, 暑假, 病假), unless a 假 word follows (暑|假冒).
const JIA4_BEFORE = '春秋暑寒病事产婚丧';
const JIA3_NEXT = '冒货象装扮设定如若使话药钞币账案造意想借';
// 得 "must" is děi after these, before a verb (就得只争朝夕, 还得继续, 总得有人), not before a 得 word (就得到, 还得了,
// 也得名于).
const DEI3_BEFORE = '就还总也都必';
const DE2_WORD_NEXT = '到出了以益失分知力当意奖手病罪胜逞救宠势体法空闲心志悉住过票道名';

/** Mend `syl` in place where pinyin-pro read a word across a boundary (see above). */
export function amendStraddles(chars: string[], syl: string[], reread: Reread): void {
  const at = (k: number) => chars[k] ?? '';
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    if (
      c === '部' &&
      at(k + 1) === '分' &&
      syl[k + 1] === 'fen5' &&
      BU_END_BEFORE.includes(at(k - 1) || '-') &&
      !('内外'.includes(at(k - 1) || '-') && NEI_WAI_WORD_BEFORE.includes(at(k - 2) || '-')) &&
      FEN_START_NEXT.includes(at(k + 2) || '-')
    ) {
      const [before, bu] = reread(at(k - 1) + c);
      const [fen, next] = reread(`分${at(k + 2)}`);
      if (before && bu && fen && next) [syl[k - 1], syl[k], syl[k + 1], syl[k + 2]] = [before, bu, fen, next];
    } else if (c === '部' && at(k + 1) === '分' && syl[k + 1] === 'fen4' && at(k + 2) === '内') {
      // pinyin-pro's 分内 (one's duty, fèn) across 部分|内容.
      syl[k + 1] = reread('部分')[1] || 'fen5';
    } else if (c === '将' && syl[k] === 'jiang4' && !JIANG4_BEFORE.includes(at(k - 1) || '-')) {
      const pair = at(k + 1) + at(k + 2);
      if (JIANG1_PAIR.test(pair)) {
        const [x, y] = reread(pair);
        if (x && y) [syl[k], syl[k + 1], syl[k + 2]] = ['jiang1', x, y];
      } else if (!JIANG4_NEXT.includes(at(k + 1) || '-')) syl[k] = 'jiang1';
    } else if (c === '似' && syl[k] === 'shi4' && SI4_BEFORE.includes(at(k - 1) || '-')) syl[k] = 'si4';
    else if (c === '假' && syl[k] === 'jia3' && JIA4_BEFORE.includes(at(k - 1) || '-') && !JIA3_NEXT.includes(at(k + 1) || '-')) syl[k] = 'jia4';
    else if (
      c === '得' &&
      syl[k] === 'de2' &&
      DEI3_BEFORE.includes(at(k - 1) || '-') &&
      /\p{Script=Han}/u.test(at(k + 1)) &&
      !DE2_WORD_NEXT.includes(at(k + 1)) &&
      // 得来不易 (hard-won: 成绩都得来不易) is dé, where 都得来参加 is děi.
      chars.slice(k + 1, k + 4).join('') !== '来不易'
    )
      syl[k] = 'dei3';
    else if (c === '创' && syl[k] === 'chuang1' && CHUANG4_NEXT.includes(at(k + 1) || '-')) syl[k] = 'chuang4';
    else if (
      c === '冠' &&
      syl[k] === 'guan1' &&
      (GUAN4_BEFORE.includes(at(k - 1) || '-') ||
        (GUAN4_NEXT.includes(at(k + 1) || '-') && !GUAN1_BEFORE.includes(at(k - 1) || '-')) ||
        (at(k - 1) === '之' && ZHI_GUAN4_PLACE.includes(at(k - 2) || '-')))
    )
      syl[k] = 'guan4';
  }
}
