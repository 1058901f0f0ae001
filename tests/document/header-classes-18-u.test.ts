// Round 18 of issue 26, theme U: the line over the headline that is not the title, by what it is. A bar of actions a
// reader takes on a post (点赞 评论 转发, 只看楼主 收藏 回复, 回复 引用 举报) is known by the kind of its words: verbs on a
// post, perhaps with a count or whom they narrow to (title-site-words.ts). The printings are generated (verbs × counts
// × headlines, the bar over or under the headline), each with look-alikes that must stay the title: a headline that
// opens with such a verb, and hostile long lines.
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

const BODY =
  '  今年以来，我市坚持以人民为中心的发展思想，扎实推进各项民生实事，全市城乡居民人均可支配收入稳步增长。\n\n  下一步，市政府将继续聚焦群众急难愁盼问题，加大财政投入力度，不断增强人民群众的获得感。\n';
const HEADLINES = [
  '读《乡土中国》有感',
  '小区加装电梯终于通过了,分享一下经验',
  '求问:今年社保缴费基数调整了吗',
  '区政府召开优化营商环境工作推进会',
  '周末带娃去哪儿玩',
];

describe('a bar of actions on a post over or under the headline is no title: verbs × counts × headlines', () => {
  // Each bar mixes a verb some list names with one none did before (转发, 回复, 引用, 楼主, 在看 after 关注).
  const verbs = [
    ['点赞', '评论', '转发'],
    ['只看楼主', '收藏', '回复'],
    ['回复', '引用', '举报'],
    ['关注', '点赞', '在看'],
    ['回覆', '引用', '舉報'],
    ['只看该作者', '回复'],
  ];
  const counted = (vs: string[], k: number) =>
    k === 0 ? vs.join(' ') : k === 1 ? vs.map((v, i) => `${v} ${i * 7 + 3}`).join(' ') : vs.map((v, i) => `${v}(${i * 5 + 2})`).join(' ');
  const cases = cross(cross(verbs, [0, 2]), HEADLINES).map(([[vs, k], h]) => [counted(vs, k), h] as const);
  it.each(cases)('%s over %s', (bar, headline) => {
    expect(title(`${bar}\n${headline}\n${BODY}`)).toBe(headline);
  });
  // Under the headline, over the post's date: the bar stood nearer the metadata.
  const stamps = ['发表于 2024-5-12 08:30:15', '2024-05-12 08:30', '时间：2023-11-02 21:15'];
  it.each(cross(cross(verbs, [0, 2]), HEADLINES.slice(0, 3)).map(([[vs, k], h], i) => [counted(vs, k), h, stamps[i % 3]!] as const))(
    '%s under %s',
    (bar, headline, stamp) => {
      expect(title(`${headline}\n${bar}\n${stamp}\n${BODY}`)).toBe(headline);
    },
  );
});

describe("a blog's tag of where the post came from before its title is no part of it: tags × spaces × headlines", () => {
  const tags = ['原创', '转载', '原創', '轉載', '转帖'];
  const spaces = [' ', '\u3000', '  '];
  const cases = cross(cross(tags, spaces), HEADLINES).map(([[t, s], h]) => [`${t}${s}${h}`, h] as const);
  it.each(cases)('%s', (line, headline) => {
    expect(title(`${line}\n${BODY}`)).toBe(headline);
  });
});

describe("a paper's masthead over the issue's date is no title: places × papers × forms × headlines", () => {
  const places = ['株洲', '湘潭', '衡阳', '臺中', '黔东南'];
  const papers = ['日报', '晚报', '早报', '商报', '日報'];
  const forms = ['数字报', '电子版', ' 数字报', '电子报', '数字报刊', '社', ' 电子版'];
  const heads = [...HEADLINES.slice(3), '我市外贸进出口实现“开门红”', '株洲：老旧小区改造让居民住得更舒心'];
  const cases = cross(cross(places, papers), forms).map(([[p, q], f], i) => [`${p}${q}${f}`, heads[i % heads.length]!] as const);
  it.each(cases)('%s over %s', (masthead, headline) => {
    expect(title(`${masthead}\n2024年05月12日\n第A01版：头版\n${headline}\n${BODY}`)).toBe(headline);
  });
  it.each(places.map((p, i) => [`${p}手机报`, heads[i % heads.length]!] as const))('%s over %s', (masthead, headline) => {
    expect(title(`${masthead}\n2024年05月12日 星期日\n${headline}\n${BODY}`)).toBe(headline);
  });
});

describe('a headline shaped head：statement is a headline, over an account line or a stamp: heads × statements × rivals', () => {
  const heads = ['株洲', '央行', '国家统计局', '李强', '求问', '專家'];
  const statements = ['老旧小区改造让居民住得更舒心', '保持流动性合理充裕', '4月份CPI同比上涨0.3%', '今年社保缴费基数调整了吗'];
  const rivals = [
    '株洲市融媒体中心官方账号',
    '2024年05月12日 08:30 株洲发布官方账号',
    '2024-05-12 10:20湖南株洲融媒体官方账号',
    '分享到\n第一财经官方账号',
    '株洲发布百家号',
    '株洲发布 百家号',
    '第一财经 官方账号',
    '某某新闻头条号',
  ];
  const cases = cross(cross(heads, [':', '：']), cross(statements, rivals))
    .filter((_, i) => i % 2 === 0)
    .map(([[h, c], [st, r]]) => [`${h}${c}${st}`, r] as const);
  it.each(cases)('%s over %s', (headline, rival) => {
    expect(title(`${headline}\n${rival}\n${BODY}`)).toBe(headline);
  });
});

describe("a box's list of headlines under its heading, the page's own headline last: headings × lists × headlines", () => {
  const headings = ['今日要闻', '本版标题导航', '热点新闻', '最新资讯', '今日頭條', '本版导读'];
  const lists = [
    ['全市重点项目集中开工', '我省召开生态环境保护大会'],
    ['稳住农业基本盘', '我国科研人员取得新突破', '春耕备耕有序推进'],
    ['市委常委会召开会议', '全市安全生产工作会议召开', '我市举办人才招聘会', '城区道路改造完工'],
  ];
  const heads = [...HEADLINES.slice(1, 4), '稳住农业基本盘 夯实发展根基'];
  const cases = cross(cross(headings, lists), heads).map(([[h, l], t]) => [t, h, l] as const);
  it.each(cases)('%s under %s', (headline, heading, list) => {
    expect(title(`${heading}\n${list.join('\n')}\n${headline}\n${BODY}`)).toBe(headline);
  });
});

// A 红头文件's issuer line right over its 关于… line is the title's start (212, 118, 38 as the README's conventions read).
const ISSUERS = ['湖南省人民政府办公厅', '攸县人民政府办公室', '株洲市财政局', '株洲市人民政府 株洲市财政局', '某县人民政府 某县教育局', '臺北市政府'];
const ABOUTS = [
  '关于进一步优化营商环境的若干措施的通知',
  '关于下达2024年第一批专项资金的通知',
  '关于印发全县防汛抗旱应急预案的通知',
  '關於調整公共運輸票價的公告',
];
const UNDER = ['湘政办发〔2024〕21号\n各市州人民政府，省政府各部门：\n', '各乡镇人民政府，县政府各部门：\n', ''];

describe("an issuer's line right over 关于… is the title's start: issuers × titles × what follows", () => {
  const cases = cross(cross(ISSUERS, ABOUTS), UNDER).map(([[i, a], u]) => [`${i}${a}`, i, a, u] as const);
  it.each(cases)('%s', (_, issuer, about, under) => {
    expect(title(`${issuer}\n${about}\n${under}${BODY}`)).toBe(`${issuer}${about}`);
  });
  it.each(cross(ISSUERS.slice(0, 3), ABOUTS.slice(0, 3)).map(([i, a]) => [`${i}${a}`, i, a] as const))('under its number: %s', (_, issuer, about) => {
    expect(title(`攸政办发〔2024〕12号\n${issuer}\n${about}\n${BODY}`)).toBe(`${issuer}${about}`);
  });
});

describe('look-alikes stay the title', () => {
  it.each(['原创音乐剧《江城》首演', '转载须注明出处的规定引发讨论', '原创 城市'])(
    'a headline whose first word is such a tag, or too short a rest: %s',
    (headline) => {
      expect(title(`${headline}\n${BODY}`)).toBe(headline);
    },
  );
  it.each(cross(['株洲新闻网', '通知公告', '政府信息公开'], ABOUTS.slice(0, 2)).map(([l, a]) => [l, a] as const))(
    'a line that is no issuer over 关于…: %s',
    (line, about) => {
      expect(title(`${line}\n${about}\n${BODY}`)).toBe(about);
    },
  );
  it.each(cross(ISSUERS.slice(0, 3), ABOUTS.slice(0, 2)).map(([i, a]) => [i, a] as const))(
    'an office set apart by a blank line, neither named the issuer nor signing: %s',
    (issuer, about) => {
      expect(title(`${issuer}\n\n${about}\n${BODY}`)).toBe(about);
    },
  );
  it.each(['市委书记调研株洲日报社', '株洲日报社召开2024年度工作会议', '湖南日报社'])(
    'a headline that names a paper, or a paper its text names: %s',
    (headline) => {
      expect(title(`${headline}\n  ${headline.endsWith('社') ? `${headline}今天召开会议，总结工作。` : ''}${BODY}`)).toBe(headline);
    },
  );
  it.each(['国资委开通官方账号', '市融媒体中心百家号', '某县开通政务头条号'])('a headline about an account its text names: %s', (headline) => {
    expect(title(`${headline}\n  近日，${headline}正式上线，${headline.slice(-3)}将发布权威信息。\n${BODY}`)).toBe(headline);
  });
  it.each(['引题：聚焦高质量发展的十项举措', '标签：旅游 春天 踏青 赏花 郊游', '来源：株洲市人民政府办公室'])(
    'a pair over a headline is no colon headline: %s',
    (pair) => {
      expect(title(`${pair}\n区政府召开优化营商环境工作推进会\n2024-05-12 10:20\n${BODY}`)).toBe('区政府召开优化营商环境工作推进会');
    },
  );
  it.each(HEADLINES.slice(1, 4))("a column's bare label over the headline, and its date: %s", (headline) => {
    expect(title(`要闻\n${headline}\n2024-05-12 10:20\n${BODY}`)).toBe(headline);
  });
  it.each(['今日要闻', '本版标题导航'])('a heading over one item and the headline: %s', (heading) => {
    expect(title(`${heading}\n全市重点项目集中开工\n区政府召开优化营商环境工作推进会\n2024-05-12 10:20\n${BODY}`)).toBe('区政府召开优化营商环境工作推进会');
  });
  it.each(['株洲市人民政府', '攸县人民政府', '湖南省人民政府'])("a site's name over 关于…, the notice signed by the office's 办公室: %s", (site) => {
    expect(title(`${site}\n关于印发某某方案的通知\n各乡镇:\n现印发给你们。\n${site}办公室\n2024年1月13日\n`)).toBe('关于印发某某方案的通知');
  });
  it.each(['附件：某县农村人居环境整治方案', '引题：聚焦高质量发展的十项举措'])('a label and its value under a colon headline’s look: %s', (pair) => {
    expect(title(`关于印发某县农村人居环境整治方案的通知\n${pair}\n各乡镇人民政府：\n${BODY}`)).toBe('关于印发某县农村人居环境整治方案的通知');
  });
  it.each(['关注老旧小区改造中的民生细节', '点赞最美基层劳动者', '回复网民留言 解决群众诉求', '转发学习《关于进一步加强安全生产工作的通知》'])(
    'a headline that opens with a verb on a post: %s',
    (headline) => {
      expect(title(`${headline}\n${BODY}`)).toBe(headline);
    },
  );
});

describe('hostile long lines stay linear', () => {
  it.each([
    ['bar', '点赞 '.repeat(50_000)],
    ['glued', '回复引用'.repeat(50_000)],
    ['colon', `株洲：${'老旧小区改造'.repeat(33_000)}`],
    ['masthead', `${'株洲日报'.repeat(50_000)}数字报`],
    ['account', `${'株洲发布'.repeat(50_000)}官方账号`],
    ['issuers', `${'株洲市人民政府 '.repeat(25_000)}\n关于下达资金的通知`],
  ])('%s', (_, long) => {
    const t0 = performance.now();
    readPage(`${long}\n${long}\n读《乡土中国》有感\n${long}\n`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
