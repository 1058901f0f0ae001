// Round 15, theme C: what a page states about itself — bylines, credits — each class written for every printing a
// reader would meet (marks, spaces or none, Simplified and Traditional, another outlet's name, one role or two),
// tested on made-up pages of the handed page's shape, on look-alikes it must leave alone, and on a line of 200 000
// characters. The real pages it came from are held to their gold in real-pages.test.ts (named per class).
import { describe, expect, it } from 'vitest';
import { ownLineBylines } from '../../src/document/bylines.js';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const BODY = '  3月5日，全县召开重点项目建设推进会，会议总结了去年工作，部署了今年任务。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';
const HEAD = '某县召开重点项目建设推进会\n';
const TITLE = '某县召开重点项目建设推进会';

describe('a byline on a line of its own is a pair for each role, however it is marked (1425, 1512, 1521, 1625)', () => {
  it.each([
    ['a square mark, the name glued (as 1425)', `${HEAD}\n■记者杨海云\n`, TITLE, ['记者=杨海云']],
    ['a hollow square and a space, Traditional', `${HEAD}□ 記者 陳志明\n`, TITLE, ['記者=陳志明']],
    ['a dot mark, an outlet before the role, two names', `${HEAD}●某某日报记者 王晓 李明\n`, TITLE, ['某某日报记者=王晓 李明']],
    ['two roles with spaces (as 1521)', `${HEAD}记者 张苑卉 通讯员 彭达明\n`, TITLE, ['记者=张苑卉', '通讯员=彭达明']],
    ['two roles, Traditional, ideographic spaces', `${HEAD}記者　林佳穎　通訊員　黃俊傑\n`, TITLE, ['記者=林佳穎', '通訊員=黃俊傑']],
    ['two roles glued to their names, a trainee', `${HEAD}本报记者王丽 实习生 陈晨\n`, TITLE, ['本报记者=王丽', '实习生=陈晨']],
    ["a writer's and a photographer's marks (as 1625)", `${HEAD}记者 义永华/文 杨波/摄\n`, TITLE, ['记者=义永华/文 杨波/摄']],
    ['the marks full-width, Traditional', `${HEAD}記者 蔡文華／文 鄭小明／攝\n`, TITLE, ['記者=蔡文華／文 鄭小明／攝']],
    ['names glued with no mark, first on the page (as 1512)', `新聞記者張艷劉微徐穎高東起\n${BODY}`, null, ['新聞記者=張艷劉微徐穎高東起']],
    ['names glued, Simplified, under a headline', `${HEAD}新闻记者王芳李强赵敏\n`, TITLE, ['新闻记者=王芳李强赵敏']],
  ])('%s', (_name, head, title, meta) => {
    const text = head.endsWith(BODY) ? head : `${head}${BODY}`;
    expect(read(text)).toEqual({ title, meta: [...meta].sort() });
  });

  it('leaves alone a headline or a sentence opening with 记者, a byline in brackets, and a Taiwan slash credit', () => {
    expect(read(`记者走进乡村振兴一线\n${BODY}`)).toEqual({ title: '记者走进乡村振兴一线', meta: [] });
    expect(read(`${HEAD}本报讯（记者 王小红 通讯员 李刚）6月20日，区人大常委会召开会议。\n${BODY}`).meta).toEqual([]);
    expect(read(`${HEAD}(记者 王振巍/文 杜庆荣/图)\n${BODY}`).meta).toEqual([]);
    expect(ownLineBylines('記者 蘇盈華/整理報導')).toBeNull();
    expect(ownLineBylines('记者手记')).toBeNull();
    expect(ownLineBylines('记者 手记')).toBeNull();
    expect(ownLineBylines('记者张三走访社区')).toBeNull();
  });
});

describe("a foot's rows of the desk's roles, each keyed by a bar or a colon, are pairs, 主编 and 监制 among them (1508)", () => {
  it.each([
    [
      'half-width bars with spaces (as 1508)',
      '记者 | 德阳台 周伟华\n编辑 | 邓伟林 邱晨\n责编 | 黄辉 李思瑶\n主编 | 张玉池\n',
      ['记者=德阳台 周伟华', '编辑=邓伟林 邱晨', '责编=黄辉 李思瑶', '主编=张玉池'],
    ],
    ['Traditional, full-width bars, blank lines between', '記者｜陳明\n\n編輯｜林佳穎\n\n主編｜王大同\n', ['記者=陳明', '編輯=林佳穎', '主編=王大同']],
    [
      'full-width bars with spaces, Simplified, a supervisor',
      '来源：某县融媒体中心\n摄像 ｜ 李四\n监制 ｜ 刘强\n',
      ['来源=某县融媒体中心', '摄像=李四', '监制=刘强'],
    ],
    [
      'bars without spaces, a cameraman and a proof-reader',
      '编辑|王芳\n摄像|李四\n审校|赵敏\n终审|孙明\n',
      ['编辑=王芳', '摄像=李四', '审校=赵敏', '终审=孙明'],
    ],
  ])('%s', (_name, foot, meta) => {
    expect(read(`${HEAD}${BODY}${foot}`)).toEqual({ title: TITLE, meta: [...meta].sort() });
  });

  it('leaves alone a sentence about an editor at the foot', () => {
    expect(read(`${HEAD}${BODY}本报主编张玉池出席会议并讲话。\n`).meta).toEqual([]);
  });
});

describe("a document number with the document's own pairs after it on its line is 文号 and those pairs, no title (1503)", () => {
  const REPORT = '市委：\n  2025年，市政府坚持依法行政，法治政府建设取得积极成效。现将有关情况报告如下。\n';
  it.each([
    [
      'half-width colon after a space, first on the page (as 1503)',
      `揭府〔2025〕28号 签发人:曲晓杰\n${REPORT}`,
      null,
      ['文号=揭府〔2025〕28号', '签发人=曲晓杰'],
    ],
    [
      'Traditional, square brackets, full-width colon, an ideographic space',
      `某府函［2024］12號　簽發人：王大同\n${REPORT}`,
      null,
      ['文号=某府函［2024］12號', '簽發人=王大同'],
    ],
    ['glued, no space between the number and its key', `某政发〔2023〕5号签发人：张三\n${REPORT}`, null, ['文号=某政发〔2023〕5号', '签发人=张三']],
    [
      'round brackets, under a headline',
      `关于2025年法治政府建设情况的报告\n某府(2025)3号 签发人：刘强\n${REPORT}`,
      '关于2025年法治政府建设情况的报告',
      ['文号=某府(2025)3号', '签发人=刘强'],
    ],
  ])('%s', (_name, text, title, meta) => {
    expect(read(text)).toEqual({ title, meta: [...meta].sort() });
  });

  it('leaves a number glued before a title a title', () => {
    expect(read(`某政发〔2024〕12号 关于印发某某办法的通知\n${BODY}`)).toEqual({ title: '关于印发某某办法的通知', meta: ['文号=某政发〔2024〕12号'] });
  });
});

describe("a date in the English order (month and day, year) under the headline is the page's date (1519, 1223)", () => {
  it.each([
    ['a spaced month, no weekday, Traditional page (as 1519)', '5 月 26, 2016', '5 月 26, 2016'],
    ['no spaces, Simplified', '4月30, 2025', '4月30, 2025'],
    ['the month in words', '十二月 31, 2019', '十二月 31, 2019'],
    ['a 日 after the day, a full-width comma', '4月 30日，2025', '4月 30日，2025'],
    ['a weekday and 日 after the day, a view label with no count', '星期三, 4月 30日, 2025 Views', '星期三, 4月 30日, 2025'],
  ])('%s', (_name, line, date) => {
    expect(read(`${HEAD}\n${line}\n\n${BODY}`)).toEqual({ title: TITLE, meta: [`日期=${date}`] });
  });

  it('leaves a sentence that opens with a date in that order alone', () => {
    expect(read(`${HEAD}4月30, 2025年全县完成了全年目标。\n${BODY}`).meta).toEqual([]);
  });
});

describe("a site's line about itself at the top (its name, then what it offers) is the site's, not the text's start (1223)", () => {
  const PAGE = `某县召开重点项目建设推进会\n\n星期三, 4月 30, 2025\n${BODY}`;
  const want = { title: TITLE, meta: ['日期=星期三, 4月 30, 2025'] };
  it.each([
    [
      'Traditional, a list of services, a half-width mark (as 1223)',
      '澎湖日報提供澎湖每日在地新聞、時事專欄評論、縣政新聞、專題報導、旅遊動態報導、夾報、印刷服務等!',
    ],
    ['Simplified, a full-width mark', '某某日报提供本地每日新闻、时事专栏评论、县政新闻、专题报道、旅游动态报道、印刷服务等！'],
    ['致力于 … 资讯, a full stop', '某某新闻网致力于为广大读者提供及时、准确、权威的本地时政、社会、民生、文化、旅游资讯。'],
    ['致力於 … 新聞, Traditional, a paper, a full stop', '某某時報致力於提供地方政治、社會、教育、文化、體育、觀光、產業等在地新聞。'],
  ])('%s', (_name, blurb) => {
    expect(read(`${blurb}\n\n${PAGE}`)).toEqual(want);
  });

  it('leaves a headline about a service, with no site name before it, the title', () => {
    expect(read(`全县提供便民政务服务\n${BODY}`).title).toBe('全县提供便民政务服务');
  });
  it.each([
    // A headline about a platform's or a site's service, no list of what it offers: a headline.
    ['市政务服务平台提供24小时在线政务服务'],
    ['某县融媒体中心网站提供全天候新闻资讯'],
  ])('leaves a headline about what a site offers, no list of it, the title: %s', (head) => {
    expect(read(`${head}\n${BODY}`).title).toBe(head);
  });
});

describe("a catalogue record's field rows are pairs, its 名称 row repeating the title none (1420)", () => {
  const TEXT = '\n内容\n\n1982年\n  11月10日国务院批准设立某市，分设三个区，两县划归该市领导。\n';
  it.each([
    [
      'half-width colons and a space (as 1420)',
      '大事记\n\n知识类型: 析出资源\n查看原文\n内容出处: 《某区志(1998-2005)》 图书\n唯一号: 151320020210007674\n颗粒名称: 大事记\n分类号: K106\n页数: 33\n页码: 13-45\n',
      '大事记',
      ['知识类型=析出资源', '内容出处=《某区志(1998-2005)》 图书', '唯一号=151320020210007674', '分类号=K106', '页数=33', '页码=13-45'],
    ],
    [
      'Traditional, full-width colons',
      '大事記\n資源類型：期刊論文\n內容出處：《某某縣志》\n分類號：K295\n頁碼：101-120\n',
      '大事記',
      ['資源類型=期刊論文', '內容出處=《某某縣志》', '分類號=K295', '頁碼=101-120'],
    ],
    [
      'another order, a call number, a page count',
      '人物传略\n文献类型：图书\n索书号：K29/123\n页数：256\n',
      '人物传略',
      ['文献类型=图书', '索书号=K29/123', '页数=256'],
    ],
    ['the fields on one line', '自然环境\n分类号：K106　页码：13-45　资料出处：《某县志》\n', '自然环境', ['分类号=K106', '页码=13-45', '资料出处=《某县志》']],
  ])('%s', (_name, head, title, meta) => {
    expect(read(`${head}${TEXT}`)).toEqual({ title, meta: [...meta].sort() });
  });

  it('leaves a headline naming a new kind of something a title', () => {
    expect(read(`乡村振兴新类型：合作社带动增收\n${BODY}`).title).toBe('乡村振兴新类型：合作社带动增收');
  });
});

describe("a poster's line (the user, the posting words, the date, the site's toolbar) gives the page's date (1606)", () => {
  it.each([
    [
      'Traditional, two posting words, a bar and a toolbar (as 1606)',
      'Winnie 編輯發佈、首次上稿 2023-4-7 16:53:29 | 預覽列印 上一篇 下一篇',
      '2023-4-7 16:53:29',
    ],
    ["Simplified, a forum's 发表于, its toolbar", 'admin 发表于 2024-05-06 10:20 | 只看该作者 倒序浏览', '2024-05-06 10:20'],
    ['a Han name, 发布于, no toolbar', '小编 发布于 2024-05-06 10:20:33', '2024-05-06 10:20:33'],
    ['a date in 年月日, a full-width bar', '張三 編輯發佈 2024年5月6日 10:20 ｜ 列印 分享', '2024年5月6日 10:20'],
  ])('%s', (_name, line, date) => {
    expect(read(`${HEAD}\n${line}\n\n${BODY}`)).toEqual({ title: TITLE, meta: [`日期=${date}`] });
  });

  it('leaves a line whose words after the date are text, not a toolbar, with no date', () => {
    expect(read(`${HEAD}\n王某 发表于 2024-05-06 10:20 关于某某问题的几点看法\n\n${BODY}`).meta).not.toContain('日期=2024-05-06 10:20');
  });
});

describe("a site's own hotline or mailbox under the credits at the foot is the site's, the credits above it pairs (1742)", () => {
  it.each([
    [
      'a report hotline with pinyin residue under bar-table rows (as 1742)',
      '| 編輯: | 馬越 |\n| 責(zé)編: | 丁桃 |\n\n劍網(wǎng)行動(dòng)舉報(bào)電話:12318(市文化執(zhí)法總隊(duì))、021-64334547(市版權(quán)局)\n',
      ['編輯=馬越', '責編=丁桃'],
    ],
    [
      'a news hotline under a bar-table row, Traditional, pinyin after its key',
      '| 編輯: | 王芳 |\n\n新聞熱線(xiàn):0571-12345678、0571-87654321\n',
      ['編輯=王芳'],
    ],
    [
      'a reporting phone under bar-table rows, Simplified, full-width colons, pinyin inside its key',
      '| 来源： | 某县融媒体中心 |\n| 责编： | 李强 |\n违法和不良信息举报(bào)电话(huà)：12377（市网信办）、0571-1234567\n',
      ['来源=某县融媒体中心', '责编=李强'],
    ],
    [
      'no pinyin, between bar-table rows and the copyright',
      '| 編輯: | 林佳穎 |\n\n劍網行動舉報電話:12318(市文化執法總隊)、021-64334547(市版權局)\nCopyright © 2024 某某新聞網 版權所有\n',
      ['編輯=林佳穎'],
    ],
  ])('%s', (_name, foot, meta) => {
    expect(read(`${HEAD}${BODY}${foot}`)).toEqual({ title: TITLE, meta: [...meta].sort() });
  });
});

describe("a paper's page label with its section in brackets is the site's, not the title (1741)", () => {
  it.each([
    ['half-width brackets (as 1741)', '第1版(要闻)'],
    ['full-width brackets, a letter before the number', '第A03版（要闻）'],
    ['Traditional, spaces inside', '第 5 版 (地方新聞)'],
    ['no 第, a spaced section', 'A2版 （综合新闻）'],
  ])('%s', (_name, label) => {
    expect(read(`${label}\n专栏:\n${HEAD}本报记者王君超\n${BODY}`)).toEqual({ title: TITLE, meta: ['本报记者=王君超'] });
  });

  it('leaves a headline with a page number in it a title', () => {
    expect(read(`第3版城市总体规划获批\n${BODY}`).title).toBe('第3版城市总体规划获批');
  });
});

describe("a forum template's English poster lines give the post's date, its furniture round them the site's (1744)", () => {
  it.each([
    ['an avatar, By and at on lines of their own (as 1744)', 'Kelly avatar\nBy Kelly\nat 2015-11-06T00:41\n\nTable of Contents\n', '2015-11-06T00:41'],
    ['by and at on one line', 'by kelly_tw at 2015-11-06 00:41\n', '2015-11-06 00:41'],
    ['Posted by and on, a slashed date', 'Posted by admin on 2024/05/06 10:20\n', '2024/05/06 10:20'],
    ['By then on, capitals', 'BY admin\nON 2024-05-06\n', '2024-05-06'],
  ])('%s', (_name, lines, date) => {
    expect(read(`${HEAD}\n${lines}\n${BODY}`)).toEqual({ title: TITLE, meta: [`日期=${date}`] });
  });
});

describe("names joined by slashes before the page's pairs have no key, the pairs after them are the page's (1413)", () => {
  it.each([
    [
      'a site and its desk, then 更新日期, under a toolbar line (as 1413)',
      '列印  轉寄好友  分享:  字級設定:\n某县召开重点项目建设推进会\n \nTNN台灣地方新聞/Tnn新聞編輯中心/更新日期: 2012-05-11 13:29:52\n圖片來源:花蓮縣政府\n',
      ['更新日期=2012-05-11 13:29:52', '圖片來源=花蓮縣政府'],
    ],
    ['full-width slashes, Simplified, a full-width colon', `${HEAD}某某新闻网／编辑中心／发布时间：2024-05-06 10:20\n`, ['发布时间=2024-05-06 10:20']],
    ['three names, two pairs after them', `${HEAD}某某報/地方中心/記者室/來源: 某某縣政府 日期: 2024-05-06\n`, ['來源=某某縣政府', '日期=2024-05-06']],
    ['one name before the pair, a space after the colon', `${HEAD}某某日报/更新时间： 2023-01-02 08:00:00\n`, ['更新时间=2023-01-02 08:00:00']],
  ])('%s', (_name, head, meta) => {
    expect(read(`${head}${BODY}`)).toEqual({ title: TITLE, meta: [...meta].sort() });
  });

  it('leaves a slashed credit and a headline with slashes alone', () => {
    expect(read(`${HEAD}記者 王某/台北報導\n${BODY}`).meta).toEqual([]);
    expect(read(`文化/旅游/体育：某县三大产业齐头并进\n${BODY}`).meta).toEqual([]);
  });
});

describe("a site's member bar (account links and others joined by bars) is the site's, the credits under the headline pairs (1422)", () => {
  const CREDITS = '\n来源:某某日报 时间:2019-01-18 08:30:00 点击: 今日评论:\n\n';
  const want = { title: TITLE, meta: ['来源=某某日报', '时间=2019-01-18 08:30:00'].sort() };
  it.each([
    [
      "under the page's title line with the site's suffix (as 1422)",
      `${TITLE}__新闻频道——某某网-某某市委、市政府重点新闻门户网\n注册 | 登录 | 积分兑换 | 帮助中心 某某市民留言板 | 某某电视台 | 某某网文艺频道 | 某某网 | 新闻 |\n\n`,
    ],
    [
      'Traditional, a question before 註冊, under a title line with an underscore suffix',
      `${TITLE}_某某新聞網\n新使用者? 註冊 | 會員登入 | 網站導覽 | 訂閱電子報 | 聯絡我們 |\n`,
    ],
    ['bars with no spaces, 登录 first, under a title line with a dash suffix', `${TITLE} - 某某网\n登录|注册|会员中心|帮助|网站地图|\n`],
    [
      'the account links after the home link, under a title line with the channel',
      `${TITLE}__要闻频道——某某新闻网\n首页 | 登录 | 注册 | 积分商城 | 帮助中心 | 投稿 |\n`,
    ],
  ])('%s', (_name, bar) => {
    expect(read(`${bar}${HEAD}${CREDITS}${BODY}`)).toEqual(want);
  });

  it("leaves a table row of the page's pairs with bars its pairs", () => {
    expect(read(`${HEAD}| 发布日期 | 2024-05-06 | 来源 | 某县政府 |\n${BODY}`).meta).toEqual(['发布日期=2024-05-06', '来源=某县政府']);
  });
});

describe('the round-15 theme C shapes on a line of 200 000 characters', () => {
  const long = 200_000;
  it.each([
    ['a role then names and spaces over and over', `记者 ${'张三 '.repeat(long / 3)}`],
    ['a role then a run of spaces', `记者${' '.repeat(long)}通讯员`],
    ['names glued over and over', `新闻记者${'王芳'.repeat(long / 2)}`],
    ["a user's name then posting words over and over", `admin ${'发布、'.repeat(long / 3)}2024-05-06`],
    ['an English posting word then spaces over and over', `by ${'x '.repeat(long / 2)}at 2024-05-06`],
    ["a hotline's key then list marks over and over", `举报电话：${'1、'.repeat(long / 2)}`],
    ['names and slashes over and over', `${'某某/'.repeat(long / 3)}更新日期: 2012-05-11`],
    ['a member bar of links over and over', `注册 | ${'登录 | '.repeat(long / 5)}`],
    ['a month and day then commas over and over', `4月 30${', '.repeat(long / 2)}`],
    ["a site's name then what it offers and list marks over and over", `某某日报提供${'新闻、'.repeat(long / 3)}服务`],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    read(`${HEAD}${text}\n${BODY}`);
    ownLineBylines(text);
    ownLineBylines(text.slice(0, 60));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
