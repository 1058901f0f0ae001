// Round 19 of issue 26, theme J: the title's edges. A title's edges are where its words stop naming the document:
// a list's number before the first item (❶ 福州仓山城中村在哪, 2611), a converted page's dash bullet (- 政府工作报告, 2804),
// a series' label and its number before a bar (平遙申遺20年①|…, 2721) and a 范文 site's count of the versions it offers
// (…全文(三篇), 2520) come off; a day in brackets as a template prints it after the title is the page's 日期 (2608); an
// issuer's line and a 关于… title join however many lines the title takes, and across blank lines where the page spaces
// all its head's lines so (2621, 2608; 2501 and 2722 in the metamorphic test); a headline set out on two lines over its
// deck is the title, not the deck's report line (2505); a page's title naming the document more fully is read against
// its heading in one script (2705). The printings are generated (marks × questions, labels × bars × headlines, titles ×
// counts, issuers × titles × spacing, bodies × sessions × decks, places × years × genres × scripts), each with
// look-alikes that must not change, and hostile long lines.
import { describe, expect, it } from 'vitest';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

describe("a list's number before the first item is the list's, not the title's (2611): marks × questions", () => {
  // Each mark and the next item's: the numbers in a form no outline uses, one character of their own.
  const marks: [string, string][] = [
    ['❶ ', '❷ '],
    ['①', '②'],
    ['⑴ ', '⑵ '],
    ['⒈', '⒉'],
    ['➀ ', '➁ '],
    ['➊', '➋'],
    ['⓵ ', '⓶ '],
    ['㈠', '㈡'],
    ['㊀ ', '㊁ '],
    ['1️⃣ ', '2️⃣ '],
    ['Q1：', 'Q2：'],
    ['Q1. ', 'Q2. '],
  ];
  const questions: [string, string, string][] = [
    [
      '福州仓山城中村在哪',
      '金山新区的核心金山街道的核心位置。根据公开信息，福州仓山城中村位于金山新区的核心位置，距离区政府仅咫尺之遥。',
      '福州瑞云寺现在什么情况',
    ],
    ['台中市哪裡可以申請低收入戶', '申請低收入戶須向戶籍所在地區公所社會課提出，檢附戶口名簿影本及財產資料，審核約需一個月。', '低收入戶每月補助多少錢'],
    ['怎样查询社保缴费记录', '参保人可以登录当地人社局网站，或者在手机应用中查询个人社保缴费记录，也可到服务大厅打印。', '社保断缴有什么影响'],
  ];
  const cases = cross(marks, questions).map(([[m1, m2], [q, a, q2]]) => [q, m1, m2, a, q2] as const);
  it.each(cases)('%s after %s', (q, m1, m2, a, q2) => {
    expect(title(`${m1}${q}\n${a}\n${m2}${q2}\n${a}\n`)).toBe(q);
  });
  it('look-alikes: a series number inside a title stays; an outline of 一、 二、 has no title', () => {
    expect(title('跟着云报游云南⑨玉溪:聂耳故乡 象往之地\n玉溪是聂耳的故乡，也是云南的一座美丽城市，游客纷纷前来。\n')).toBe(
      '跟着云报游云南⑨玉溪:聂耳故乡 象往之地',
    );
    expect(title('一、总体情况\n今年以来，我局认真贯彻落实各项决策部署，较好完成了全年目标任务。\n二、存在问题\n基层力量仍然薄弱。\n')).toBeNull();
  });
});

describe("a series' label and its number before a bar are the series', not the headline's (2721): labels × bars × headlines", () => {
  const labels = ['平遥申遗20年①', '平遙申遺20年③', '脱贫故事(三)', '兩岸觀察②', '大湾区纪行（五）', '走進鄉村⑦'];
  const bars = ['|', '｜', '丨', '│'];
  const headlines = ['不靠挖煤“挖文化”,千年古城的脫貧突圍', '一座古城的脱贫突围之路', '老街巷里的新生意越做越红火'];
  const body = '平遥古城约有9个鸟巢的大小。自秦汉实行郡县制以来，县治作为统治的基础单位，这样的县城曾有数千座。\n';
  const cases = cross(labels, bars).map(([l, b], i) => [headlines[i % headlines.length]!, l, b] as const);
  it.each(cases)('%s after %s%s', (headline, label, bar) => {
    expect(title(`- +1\n${label}${bar}${headline}\n\n${body}`)).toBe(headline);
  });
  it('look-alikes: a site after the headline stays off; a series before a colon is the title’s own', () => {
    expect(title(`某县召开安全生产工作会议|某县新闻网\n\n${body}`)).toBe('某县召开安全生产工作会议');
    expect(title(`跟着云报游云南⑨玉溪:聂耳故乡 象往之地\n\n${body}`)).toBe('跟着云报游云南⑨玉溪:聂耳故乡 象往之地');
  });
  it("look-alikes: a document's name and its part before a bar, a speech's occasion after it, is no series' label", () => {
    const page = (t: string) => `${t}\n\n各位代表：现在，我代表县人民政府向大会报告工作，请予审议。\n`;
    expect(title(page('政府工作报告(一)|2024年1月15日在某县第十八届人民代表大会第三次会议上'))).not.toMatch(/^2024年1月15日/);
    expect(title(page('政府工作报告②｜——2025年1月8日在某市第十六届人民代表大会第四次会议上'))).not.toMatch(/^——/);
  });
});

describe("a 范文 site's count of the versions of one document is the site's (2520): titles × counts", () => {
  const titles = ['2023年天津政府工作报告', '2024年某县政府工作报告', '在全市经济工作会议上的讲话', '2025年度法治政府建設情況報告'];
  const counts = ['全文(三篇)', '(5篇)', '【3篇】', '范文3篇', '全文（两篇）', '範文(二篇)'];
  const cases = cross(titles, counts);
  it.each(cases)('%s with %s', (t, count) => {
    const page = `欢迎光临管理范文网\n当前位置: > 工作报告 > 党政报告\n\n${t}${count}\n\n发布时间:2024-02-12 18:00:01 查看人数:48\n\n篇一\n\n各位代表:\n\n现在，我代表市人民政府，向大会作报告，请予审议。\n`;
    expect(title(page)).toBe(t);
  });
  it("look-alikes: a compilation's own count and a bracket that is no count stay", () => {
    const page = (t: string) => `${t}\n\n发布时间:2024-02-12 18:00:01\n\n各位代表:\n\n现在，我代表市人民政府，向大会作报告，请予审议。\n`;
    expect(title(page('2024年省市级政府工作报告汇编65篇'))).toBe('2024年省市级政府工作报告汇编65篇');
    expect(title(page('财政司司长《财政预算案》记者会答问全文(附图/短片)'))).toBe('财政司司长《财政预算案》记者会答问全文(附图/短片)');
  });
  it("look-alikes: a count in brackets alone after a name of no document's genre is the name's own (an anthology's)", () => {
    const page = (t: string) => `${t}\n\n本文选录散文三篇，供学习参考。各位同学要认真阅读，并写出读后感。\n`;
    expect(title(page('朱自清散文精选(三篇)'))).toBe('朱自清散文精选(三篇)');
    expect(title(page('鲁迅杂文选读【两篇】'))).toBe('鲁迅杂文选读【两篇】');
  });
});

describe('hostile long lines', () => {
  const quick = (line: string) => {
    const t0 = performance.now();
    readPage(`${line}\n正文第一段，说明有关情况。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1500));
  };
  it('marks, labels and counts over 200 000 characters', () => {
    quick('❶'.repeat(200_000));
    quick(`${'平遥申遗①|'.repeat(30_000)}古城`);
    quick(`某某报告${'全文(三篇)'.repeat(30_000)}`);
    quick(`${'Q1：'.repeat(60_000)}问题`);
  });
});

describe("an issuer's line over a 关于… title joins it however many lines the title takes, blank lines or none (2621, 2501, 2722): issuers × titles × spacing", () => {
  const issuers = ['绍兴市人民代表大会常务委员会', '中共乌兰察布市委 乌兰察布市人民政府', '某县人民政府', '臺北市政府', '某市发展和改革委员会'];
  // Each 关于… title as a page wraps it: its first line, the rest naming the genre.
  const titles: [string, string][] = [
    ['关于推迟召开绍兴市第八届人民代表大会', '第五次会议的通告'],
    ['关于加快发展养老服务业和社会', '养老服务体系建设的实施意见'],
    ['關於進一步加強城市道路交通安全', '管理工作的通知'],
    ['关于印发2025年全县重点工作任务分解', '方案的通知'],
  ];
  const body = '根据工作需要，经研究决定，现将有关事项通知如下。\n一、总体要求\n坚持以人民为中心的发展思想。\n';
  const wrapped = cross(issuers, titles).map(([o, [a, b]]) => [`${o}${a}${b}`, o, a, b] as const);
  it.each(wrapped)('%s (the title on two lines)', (whole, office, a, b) => {
    expect(title(`${office}\n${a}\n${b}\n${body}`)).toBe(whole);
  });
  it.each(wrapped)('%s (blank lines between)', (whole, office, a, b) => {
    expect(title(`${office}\n\n${a}\n\n${b}\n\n${body}`)).toBe(whole);
  });
  it.each(wrapped.map(([, o, a, b]) => [`${o}${a}${b}`, o, `${a}${b}`] as const))('%s (a blank line under the issuer)', (whole, office, t) => {
    expect(title(`${office}\n\n${t}\n\n${body}`)).toBe(whole);
  });
  const offices = ['石家庄市长安区人民政府', '某县人民政府办公室', '某区教育局'];
  const reports = ['2024年政府信息公开工作年度报告', '2025年度政府信息公开工作年度报告', '2024年政府資訊公開工作年度報告'];
  it.each(cross(offices, reports).map(([o, r]) => [`${o}${r}`, o, r] as const))(
    "%s (a year's report under its owner, a blank line between)",
    (whole, office, report) => {
      expect(
        title(`${report}\n\n${office}\n\n${report}\n\n本报告依据《中华人民共和国政府信息公开条例》编制而成。\n一、总体情况\n今年以来，我们认真贯彻落实。\n`),
      ).toBe(whole);
    },
  );
  it("look-alikes: the office's own 办公室 signs (the line was the site's name); a headline is no 关于… title", () => {
    const signed = title(`某县人民政府\n\n关于印发2025年全县重点工作任务分解方案的通知\n\n${body}\n某县人民政府办公室\n2025年1月5日\n`);
    expect(signed).toBe('关于印发2025年全县重点工作任务分解方案的通知');
    // A blank line only between the office and the title, the text right under the title: the page parts them.
    expect(title(`某县人民政府\n\n关于印发2025年全县重点工作任务分解方案的通知\n${body}`)).toBe('关于印发2025年全县重点工作任务分解方案的通知');
    expect(title(`某县人民政府\n\n全县安全生产工作会议召开\n\n1月5日，全县安全生产工作会议召开。会议强调，要坚守安全底线。\n`)).not.toMatch(/^某县人民政府/);
  });
});

describe("a whole day in round brackets closing the title's line as a template prints it is the page's 日期, not the title's (2608): titles × days × brackets", () => {
  const titles = [
    '关于上海市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    '在全县经济工作会议上的讲话',
    '2025年某县政府工作报告',
    '臺北市政府113年度施政報告',
  ];
  // Padded with spaces inside the brackets, any day; tight in them, a machine's digits (a 0 in the month or day, dashes).
  const spaced = cross(['2026年02月12日', '2025年1月5日', '2024-03-11', '二〇二五年一月五日'], [[' ( ', ' )'] as const, ['（ ', ' ）'] as const]);
  const tight = cross(['2026年02月12日', '2025年1月05日', '2024-03-11', '2023/12/01', '2025.1.5'], [[' (', ')'] as const, ['（', '）'] as const]);
  const cases = cross(titles, [...spaced, ...tight]).map(([t, [d, [o, c]]]) => [t, d, o, c] as const);
  it.each(cases)('%s %s', (t, day, open, close) => {
    const page = readPage(`${t}${open}${day}${close}\n\n各位代表:\n\n受市人民政府委托，向大会报告，请予审议。\n`);
    expect(page.title).toBe(t);
    expect(page.meta).toContain(`日期=${day}`);
  });
  it("look-alikes: a speech's date as its author wrote it, a year or a year's name in brackets stay the title's", () => {
    const page = (t: string) => `${t}\n\n各位代表:\n\n受市人民政府委托，向大会报告，请予审议。\n`;
    expect(title(page('某区2024年法治政府建设情况报告 (2025年1月20日)'))).toBe('某区2024年法治政府建设情况报告(2025年1月20日)');
    expect(title(page('在全县经济工作会议上的讲话（二〇二五年一月五日）'))).toBe('在全县经济工作会议上的讲话（二〇二五年一月五日）');
    expect(title(page('重庆市渝中区人民政府工作报告(2023年)'))).toBe('重庆市渝中区人民政府工作报告(2023年)');
    // A PDF's text layer spaces the speech's own date, digits and words apart: no template's day.
    expect(title(page('在全县经济工作会议上的讲话（ 2025 年 1 月 5 日 ）'))).toBe('在全县经济工作会议上的讲话（ 2025 年 1 月 5 日 ）');
    expect(title(page('市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)'))).toBe(
      '市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)',
    );
  });
});

describe('a 关于… title set out over three lines or more is one title from 关于 to its genre (2608, 2621): titles × wraps × issuers', () => {
  // Each title cut where a page's narrow column cut it: no line but the last names the genre.
  const wraps: string[][] = [
    ['关于上海市2025年国民经济和社会发展', '计划执行情况与2026年国民经济', '和社会发展计划草案的报告'],
    ['关于某市2024年预算执行', '与2025年全市及市级预算草案', '审查结果的报告'],
    ['關於進一步加強全縣城鄉', '居民最低生活保障', '工作的實施意見'],
    ['关于印发', '某县2025年度安全生产', '重点工作任务分解', '方案的通知'],
  ];
  const body = '各位代表:\n\n受市人民政府委托，向大会报告，请予审议。\n一、总体情况\n今年以来，全市经济运行总体平稳。\n';
  it.each(wraps.map((w) => [w.join(''), w] as const))('%s', (whole, w) => {
    expect(title(`${w.join('\n\n')}\n\n——2026年2月3日在某市第十六届人民代表大会第四次会议上\n\n${body}`)).toBe(whole);
    expect(title(`${w.join('\n')}\n${body}`)).toBe(whole);
  });
  const issuers = ['某市人民代表大会常务委员会', '中共某县委 某县人民政府'];
  it.each(cross(issuers, wraps).map(([o, w]) => [`${o}${w.join('')}`, o, w] as const))('%s (its issuer over it)', (whole, office, w) => {
    expect(title(`${office}\n${w.join('\n')}\n${body}`)).toBe(whole);
  });
  it('look-alikes: two titles one under the other stay apart; a crosshead under a title is not joined', () => {
    expect(title(`关于某县2024年预算执行情况的报告\n关于某县2025年预算草案的报告\n${body}`)).not.toMatch(/报告关于/);
    expect(title(`关于2024年法治政府建设情况的报告\n\n一、主要工作\n\n${body}`)).toBe('关于2024年法治政府建设情况的报告');
  });
});

describe("a meeting's headline set out on two lines over its deck is the title, not a deck line naming a report (2505): bodies × sessions × decks", () => {
  const bodies = ['包头市九原区第十八届人民代表大会', '某县第十九届人民代表大会', '政协某市第十三届委员会', '某區第七屆人民代表大會', '某市人大常委会'];
  const sessions = ['第五次会议开幕', '第三次会议隆重开幕', '第二次全体会议闭幕', '第四次會議開幕'];
  const decks: string[][] = [
    ['刘俊义出席', '刘小平作政府工作报告', '刘石主持'],
    ['王某某作政府工作报告', '李某某主持'],
    ['張某某出席', '陳某某作工作報告'],
  ];
  const cases = cross(bodies, sessions).map(([b, s], i) => [`${b}${s}`, b, s, decks[i % decks.length]!] as const);
  it.each(cases)('%s', (whole, body, session, deck) => {
    const lead = `1月28日上午9时，${body}${session.replace(/开幕|開幕|闭幕|閉幕|隆重/g, '')}在会议中心开幕。大会应到代表170人，实到156人，符合法律规定。`;
    expect(title(`${body}\n${session}\n${deck.join('\n')}\n${lead}\n`)).toBe(whole);
    expect(title(`${body}\n\n${session}\n\n${deck.join('\n\n')}\n\n${lead}\n`)).toBe(whole);
  });
  it('look-alikes: a headline on one line over its deck stays; a body over a line of no session does not run on', () => {
    const lead = '1月28日上午9时，大会在会议中心开幕。大会应到代表170人，实到156人，符合法律规定。';
    expect(title(`某县第十九届人民代表大会第五次会议开幕\n王某某作政府工作报告\n李某某主持\n${lead}\n`)).toBe('某县第十九届人民代表大会第五次会议开幕');
    expect(title(`某县人大常委会\n全县人大代表集中视察重点项目建设\n王某某主持\n${lead}\n`)).toBe('全县人大代表集中视察重点项目建设');
    // A headline naming its own body under a masthead's body line: whole on its line, the masthead stays off.
    expect(title(`湖南省人民代表大会常务委员会\n第十四届全国人民代表大会第三次会议在京开幕\n习近平等党和国家领导人出席\n${lead}\n`)).toBe(
      '第十四届全国人民代表大会第三次会议在京开幕',
    );
    expect(title(`某市人大常委会\n\n第十六届人大常委会第二十次会议召开\n\n王某某主持\n\n${lead}\n`)).toBe('第十六届人大常委会第二十次会议召开');
  });
});

describe("the page's title naming the document more fully than its own heading, in the other script (2705): places × years × genres × scripts", () => {
  const places = ['天津市', '某县', '臺北市', '海口市'];
  const years = ['2026年', '2025年'];
  // The page's title in one script, the document's heading under it in the other (a mirror converted only the text).
  const genres: [string, string][] = [
    ['政府工作报告', '政府工作報告'],
    ['国民经济和社会发展统计公报', '國民經濟和社會發展統計公報'],
    ['政府工作報告', '政府工作报告'],
  ];
  const cases = cross(cross(places, years), genres).map(([[p, y], [g, h]]) => [`${y}${p}${g}`, h, y] as const);
  it.each(cases)('%s over %s', (pageTitle, heading, year) => {
    const page = `一区二区|首页|免费视频|在线观看|综合频道\n\n${pageTitle}\n\n \n\n${heading}\n\n——${year}1月26日在市第十八屆人民代表大會第四次會議上\n市長 張工\n\n各位代表:\n\n現在，我代表市人民政府向大會報告工作，請予審議。\n`;
    expect(title(page)).toBe(pageTitle);
  });
  it("look-alikes: a page's title naming another document leaves the document's heading the title", () => {
    const page = `一区二区|首页|免费视频\n\n2026年天津市统计公报\n\n \n\n政府工作報告\n\n——2026年1月26日在市第十八屆人民代表大會第四次會議上\n市長 張工\n\n各位代表:\n\n現在，我代表市人民政府向大會報告工作。\n`;
    expect(title(page)).toBe('政府工作報告');
  });
});

describe("a converted page's dash bullets are its list's marks, not the title's (2804): bullets × titles × the line under", () => {
  const titles = ['政府工作报告', '某县召开全县经济工作会议', '2025年某区法治政府建设情况报告', '臺北市政府113年度施政報告'];
  const bullets = ['- ', '-  ', '* ', '-\u3000'];
  const under = ['- 信息来源: | 阅读量:485次', '- 发布时间：2024-01-20', ''];
  const body = '各位代表:\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和列席人员提出意见。\n一、2023年工作回顾\n';
  const cases = cross(titles, cross(bullets, under)).map(([t, [b, u]]) => [t, b, u] as const);
  it.each(cases)('%s after %j', (t, bullet, u) => {
    expect(title(`${bullet}${t}\n${u ? `${u}\n` : ''}${body}`)).toBe(t);
  });
  it('look-alikes: a dash glued on (a series line), a long dash (a subtitle) and a row of hyphens stay no title', () => {
    expect(title(`-云南玉溪介绍之一\n${body}`)).toBeNull();
    expect(title(`—— 在全县经济工作会议上的讲话\n${body}`)).toBeNull();
    expect(title(`- - - - - -\n${body}`)).toBeNull();
    // Before a number that is no year, a minus sign: the line is no bullet's item (it stays as it was, no title).
    expect(title(`- 5℃以下低温天气应对工作方案\n${body}`)).toBeNull();
    expect(title(`- 1 政府工作报告\n${body}`)).toBeNull();
  });
  it('a hostile line of dashes and spaces', () => {
    const t0 = performance.now();
    readPage(`${'- '.repeat(100_000)}x\n${body}`);
    readPage(`-${' '.repeat(200_000)}政府工作报告\n${body}`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1500));
  });
});
