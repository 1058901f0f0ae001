// More readings that depend on the words around a character (src/speech/context.ts has the first
// ones): 的, 率 and 相 where pinyin-pro took a dictionary word across a real word boundary (目标|的 read
// as 标的 dì, 增长|相匹配 as 长相 xiàng), and 率 the verb shuài against 率 the rate lǜ. Each is a class
// measured on the audit set (tests/fixtures/audit/, docs/accuracy.md) and tested with other words.

type Reread = (word: string) => string[];

// 的 after 标 or 目 that end a word of their own (目标|的, 项目|的, 招标|的) is the particle de, not the dì
// of 标的 and 目的; 的 before 确立, 确保 … is de, not the dí of 的确.
const BIAO_WORD_BEFORE = '目指坐路商航座达投招竞中开锚图坐夺';
const MU_WORD_BEFORE = '项节题科栏条书剧名数账细盲瞩注醒耳面头心纲要品类曲篇侧夺举满触悦';
const QUE_WORD_NEXT = '立保定认权诊切凿';
// 率 after these is a rate, lǜ, whatever word it would make with what follows (效率|领先, 汇率|先行); after
// RATE_WEAK it is a rate too (利用率, 覆盖率, 城镇化率) unless it leads (企业率先, 总书记率团: shuài).
const RATE_STRONG = '效频概比税汇费功速坡斜折损耗';
const RATE_WEAK = '利达及升产收用盖化业婚育生亡职学诊检治愈存贷差价';
// 率 the verb, shuài: leading (率领, 率队, 率团, 率部, 率先, 率代表团), and 以上率下.
const SHUAI_NEXT = /^(?:领|队|团|部|众|兵|先|代表团|工作组|调研组|考察团|专家组)/;
// 相 "mutually" before these verbs is xiāng (相匹配, 相衔接, 相适应): not the xiàng of 长相, 首相, 真相.
const MUTUAL_VERB =
  /^(?:匹配|衔接|适应|适配|协调|结合|融合|统一|一致|促进|配套|配合|呼应|贯通|联系|联通|对应|符合|吻合|互动|支撑|照应|映衬|印证|依存|依托|承接|连接|连通|兼容|包容|交融|交织|协同|协作|补充|比较|对称|对照|关联|叠加|贯穿|契合|挂钩|同步|平衡|适宜|冲突|矛盾|抵触|违背)/;

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
      else if (SHUAI_NEXT.test(after(k, 3)) || (prev === '上' && next === '下')) syl[k] = 'shuai4';
      else if (syl[k] === 'shuai4' && han(prev) && RATE_WEAK.includes(prev)) syl[k] = 'lü4';
    } else if (c === '相' && syl[k] === 'xiang4' && MUTUAL_VERB.test(after(k, 2))) {
      syl[k] = 'xiang1';
      // The character before was read as part of a word with 相 (长相): read it with its own neighbour.
      if (han(prev) && han(at(k - 2))) syl[k - 1] = reread(at(k - 2) + prev)[1] || syl[k - 1]!;
    }
  }
}
