// More readings that depend on the words around a character (src/speech/context.ts has the first
// ones): where pinyin-pro took a dictionary word across a real word boundary (目标|的 read as 标的 dì,
// 增长|相匹配 as 长相 xiàng, 做好|动态 as 好动, 高校|本科 as 校本), 率 the verb shuài against the rate lǜ, 一 as a
// number or an ordinal (二加一, 一月, 一产), verbs pinyin-pro reads as nouns (干 gàn, 种 zhòng, 倒 dào, 所处 chǔ),
// and 只 the measure of livestock (万头只).
// Each is a class measured on the audit set or on the bundled reports (docs/accuracy.md) and tested with
// other words (tests/speech/context.test.ts).

type Reread = (word: string) => string[];

const NUMERALS = '零〇一二三四五六七八九十百千万亿两';

// 的 after 标 or 目 that end a word of their own (目标|的, 项目|的, 招标|的) is the particle de, not the dì
// of 标的 and 目的; 的 before 确立, 确保 … is de, not the dí of 的确.
const BIAO_WORD_BEFORE = '目指坐路商航座达投招竞中开锚图坐夺';
// Not 要 or 举: 主要|目的, 此举|目的 are far more common than 要目 or 举目 before 的.
const MU_WORD_BEFORE = '项节题科栏条书剧名数账细盲瞩注醒耳面头心纲品类曲篇侧夺满触悦';
const QUE_WORD_NEXT = '立保定认权诊切凿';
// 率 after these is a rate, lǜ, whatever word it would make with what follows (效率|领先, 汇率|先行); after
// RATE_WEAK it is a rate too (利用率, 覆盖率, 城镇化率) unless it leads (企业率先, 总书记率团: shuài).
const RATE_STRONG = '效频概比税汇费功速坡斜折损耗';
const RATE_WEAK = '利达及升产收用盖化业婚育生亡职学诊检治愈存贷差价';
// 率 the verb, shuài: leading (率领, 率队, 率团, 率部, 率先, 率中央代表团), after 亲 (亲率), and 以上率下.
const SHUAI_NEXT = /^(?:领|队|团|部|众|兵|先|\p{Script=Han}{0,4}?(?:代表团|工作组|调研组|考察团|专家组|慰问团|督导组|检查组))/u;
// 相 "mutually" before these verbs is xiāng (相匹配, 相衔接, 相适应): not the xiàng of 长相, 首相, 真相.
const MUTUAL_VERB =
  /^(?:匹配|衔接|适应|适配|协调|结合|融合|统一|一致|促进|配套|配合|呼应|贯通|联系|联通|对应|符合|吻合|互动|支撑|照应|映衬|印证|依存|依托|承接|连接|连通|兼容|包容|交融|交织|协同|协作|补充|比较|对称|对照|关联|叠加|贯穿|契合|挂钩|同步|平衡|适宜|冲突|矛盾|抵触|违背)/;

// A verb before 好 as its result (做好, 抓好, 用好): hǎo, not the hào of 好动 or 好客 across the boundary.
const HAO3_VERB = '做搞办抓管用守建干当讲写带打走种看选育把修护稳';
// 干 the verb gàn before its result or object (干成事, 干出成绩, 干好, 干实事, 干字当头), not after drying (晒干).
const GAN4_NEXT = '成好完活出实字群';
const GAN1_BEFORE = '晒烘风擦烤吹晾榨抽饼';
// 干 after these, at a clause's end or before 就/一些/起 (抓紧干, 多干就多干一些): gàn.
const GAN4_BEFORE = '事油紧实苦多少快真硬巧蛮抢';
// 干了 before a count (干了一批实事, 干了几件大事): the verb, gàn; not 晒干了 (GAN1_BEFORE) or 河水干了.
const GAN4_COUNT = /^了[一两几三四五六七八九十许很好不]/;
// 种 is zhòng, planting, after these verbs of sowing (抢种, 套种, 改种, 扩种): not 品种, 各种.
const ZHONG4_AFTER = '抢套轮改扩复补移';
// 只 after 头, 羽, 匹 in a count of livestock (三百万头只, 五万羽只) is the measure zhī, not "only".
const ZHI1_LIVESTOCK = '头羽匹';
// 倒 is dào, upside down or backwards, before these (倒逼, 倒挂, 倒排工期, 倒查, 倒推, 倒计时, 倒序, 倒退): pinyin-pro
// reads them dǎo, as it reads 倒闭 and 打倒 rightly; not after a verb that falls (摔倒|退, 推倒|重来).
const DAO4_NEXT = '逼挂排查推计序叙退立影置灌春流贴扣';
const DAO3_BEFORE = '摔跌推打扳撂击压颠晕病累栽吓卧撞绊拉放砍踢冲';
// 校 is jiào only in checking (校对, 校准, 校验 …); pinyin-pro's 校本 (a collated copy) across 高校|本科 is xiào.
const JIAO_NEXT = '对正准验核订勘阅样';
// …and never after a school's word (学校|正式: no 校正).
const XIAO_BEFORE = '学院党母军高分名本全该夜技职驻';
// 种 the verb zhòng before what is planted (种草, 种树, 种粮大户) and in 种植, unless a word ends in 种 before it
// (各种|草本, 各种|植物): a rule, not a table word, which would win over the boundary.
const ZHONG4_PLANTED = '草树粮菜花果瓜田稻麦豆药茶桑棉植';
const ZHONG3_END = '各多几某这那此该同品物良火兵语工人剧险军变特业纯杂播育制选繁引';
// 只 "only" is zhǐ (只唯上, 只争朝夕); zhī only as a measure after a number or 几/每/这/那 (两只, 每只) and in
// 只身, 只言片语, 只字, 船只.
const ZHI1_BEFORE = '零一二三四五六七八九十两几每这那单各数船舰';
// 处 after 所 before these is the verb chǔ (所处的时代, 所处位置).
const CHU3_NEXT = '的之位环阶时地境';

// 一月 as a month's time (一月一次, 一月一调度: once a month), not January (一月一日, 一月份).
const MONTHLY = /^(?:[一两二三四五六七八九十][次回遍趟批期]|一(?![日号])\p{Script=Han})/u;

/** Mend `syl` in place (see amendInContext): 的, 率, 相. */
export function amendWords(chars: string[], syl: string[], reread: Reread): void {
  const at = (k: number) => chars[k] ?? '';
  const after = (k: number, n = 6) => chars.slice(k + 1, k + 1 + n).join('');
  const han = (c: string) => /\p{Script=Han}/u.test(c);
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    const prev = at(k - 1);
    const next = at(k + 1);
    if (c === '的' && syl[k] && syl[k] !== 'de5') {
      if (
        (prev === '标' && BIAO_WORD_BEFORE.includes(at(k - 2) || '-')) ||
        (prev === '目' && MU_WORD_BEFORE.includes(at(k - 2) || '-')) ||
        (next === '确' && QUE_WORD_NEXT.includes(at(k + 2) || '-') && han(prev))
      )
        syl[k] = 'de5';
    } else if (c === '率' && syl[k]) {
      const rate = han(prev) && (RATE_STRONG.includes(prev) || (prev === '长' && '增生'.includes(at(k - 2) || '-')));
      if (rate) syl[k] = 'lü4';
      else if (SHUAI_NEXT.test(after(k, 9)) || prev === '亲' || (prev === '上' && next === '下')) syl[k] = 'shuai4';
      else if (syl[k] === 'shuai4' && han(prev) && RATE_WEAK.includes(prev)) syl[k] = 'lü4';
    } else if (c === '一' && '加减乘'.includes(prev || '-') && '零一二三四五六七八九十两'.includes(at(k - 2) || '-')) {
      // A term of a formula (二加一, 七加一): a number, yī.
      syl[k] = 'yi1';
    } else if (c === '一' && /^[A-Z]$/.test(prev) && !/[A-Za-z零一二三四五六七八九十]/.test(at(k - 2))) {
      // A code's digit after a capital (G1京哈高速, A1级): yī; not 5G|一体化 or AI|一体机.
      syl[k] = 'yi1';
    } else if (
      c === '一' &&
      // January (二零二六年一月三十一日, 一月份), not a month's time (一月一次); 一产, the primary industry
      // (一产增加值, as 二产, 三产): ordinals, yī.
      ((next === '月' &&
        !MONTHLY.test(after(k + 1, 2)) &&
        (prev === '年' || !han(prev) || '零一二三四五六七八九十份初底中末下上'.includes(at(k + 2) || '-'))) ||
        (next === '产' && (!han(at(k + 2)) || '增占比和与业融值'.includes(at(k + 2)))))
    )
      syl[k] = 'yi1';
    // A month's time before a count (一月一次): the sandhi, yí.
    else if (c === '一' && next === '月' && MONTHLY.test(after(k + 1, 2)) && !'零一二三四五六七八九十第统唯'.includes(prev || '-')) syl[k] = 'yi2';
    else if (c === '好' && syl[k] === 'hao4' && HAO3_VERB.includes(prev || '-')) syl[k] = 'hao3';
    else if (
      c === '干' &&
      syl[k] === 'gan1' &&
      !GAN1_BEFORE.includes(prev || '-') &&
      (GAN4_NEXT.includes(next || '-') || GAN4_COUNT.test(after(k, 2)) || (GAN4_BEFORE.includes(prev || '-') && (!han(next) || '就一些起了'.includes(next))))
    )
      syl[k] = 'gan4';
    else if (c === '校' && syl[k] === 'jiao4' && (!JIAO_NEXT.includes(next || '-') || XIAO_BEFORE.includes(prev || '-'))) syl[k] = 'xiao4';
    // …and before 养 (种养结合, 种养大户: planting and breeding).
    else if (c === '种' && syl[k] === 'zhong3' && `${ZHONG4_PLANTED}养`.includes(next || '-') && !ZHONG3_END.includes(prev || '-')) syl[k] = 'zhong4';
    else if (c === '种' && syl[k] === 'zhong3' && ZHONG4_AFTER.includes(prev || '-') && !'子类种族群别'.includes(next || '-')) syl[k] = 'zhong4';
    else if (c === '只' && syl[k] && ZHI1_LIVESTOCK.includes(prev || '-') && NUMERALS.includes(at(k - 2) || '-') && (!han(next) || '以左的和'.includes(next)))
      syl[k] = 'zhi1';
    else if (c === '倒' && syl[k] === 'dao3' && DAO4_NEXT.includes(next || '-') && !DAO3_BEFORE.includes(prev || '-')) syl[k] = 'dao4';
    else if (c === '只' && syl[k] === 'zhi1' && !ZHI1_BEFORE.includes(prev || '-') && !'身言字影'.includes(next || '-')) syl[k] = 'zhi3';
    else if (c === '处' && syl[k] === 'chu4' && prev === '所' && CHU3_NEXT.includes(next || '-')) syl[k] = 'chu3';
    else if (c === '行' && syl[k] === 'hang2' && prev === '开' && han(next) && !'业长情家当规距'.includes(next)) {
      // 开行 a train (开行首列班列): xíng.
      syl[k] = 'xing2';
    } else if (c === '相' && syl[k] === 'xiang4' && MUTUAL_VERB.test(after(k, 2))) {
      syl[k] = 'xiang1';
      // The character before was read as part of a word with 相 (长相): read it with its own neighbour.
      if (han(prev) && han(at(k - 2))) syl[k - 1] = reread(at(k - 2) + prev)[1] || syl[k - 1]!;
    }
  }
}
