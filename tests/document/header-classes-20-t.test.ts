// Round 20 of issue 26, theme T: the lines a site's software prints round a title are not the title. A reader skips
// each for what it is, not for its words: an e-paper's page label with its PDF link and zoom (第01版:封面 PDF版阅读: 2904),
// a read-aloud widget's text (语音朗读,设置朗读按钮,默认不…: 2907), a video script's label glued after a headline
// (…全文來了! 【同期】…: 3023), a forum's edit stamp over a post (本帖最后由 某某 于 … 编辑: 3011), a betting mirror's spam
// words in a headline (皇冠体育:…, 新疆“两会新澳门正版资料免费更新1181”:…: 3007, 3016) and a channel's name with the
// page's date in brackets under a headline (央視國際 (2005年03月08日 14:12): 2918), and a meeting's deck under its headline
// (听取… 部署…: 3224), and a column's name over the path to it, the headline under the path (3007). The printings are generated (kinds ×
// headlines × scripts × separators × places); the look-alikes (a headline about a reading campaign, Macau's lottery law,
// a casino company, a 同期 growth) stay whole.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;
const BODY = '\n\n今年以来，全市上下坚持稳中求进工作总基调，经济社会发展取得新成效，全年地区生产总值增长5.2%。\n';
const BODY_TW = '\n\n今年以來，全市上下堅持穩中求進工作總基調，經濟社會發展取得新成效，全年地區生產總值增長5.2%。\n';

const HEADLINES = [
  '政府工作报告',
  '全市经济工作会议召开',
  '縣人大常委會舉行第十次會議',
  '李家超宣誓就任 就職典禮致辭全文來了!',
  '政府工作报告锚定新目标 民生改善成亮点',
];

describe("an e-paper's page label with its PDF link or its zoom over the headline (2904): labels × tools × headlines", () => {
  const LABELS = ['第01版:封面', '第 5 版：要闻', '第A3版:综合新闻', '第一版:要聞', '第 A03 版：本地新闻', '第12版'];
  const TOOLS = ['PDF版阅读', 'PDF下载', 'PDF版閱讀', '放大 缩小', 'PDF 下載', '上一版 PDF版阅读 下一版'];
  const REPORTS = ['政府工作报告', '政府工作報告', '财政预算报告', '计划报告', '法院工作報告'];
  const cases = cross(LABELS, TOOLS).map(([label, tool], k) => [label, tool, REPORTS[k % REPORTS.length]!] as const);
  // As 2904 prints it: the headline and its occasion on one line, the speaker under it.
  it.each(cases)('%s %s over %s', (label, tool, headline) => {
    const page = `${label} ${tool}\n\n${headline} ——二〇二二年四月二十七日在郑州市第十五届人民代表大会第五次会议上\n\n郑州市人民政府代市长 何 雄\n\n各位代表:${BODY}`;
    expect(title(page)).toBe(headline);
  });
});

describe("a read-aloud widget's text over the page, wrapped or not (2907): widgets × bodies, and over a headline", () => {
  const WIDGETS = [
    '语音朗读,设置朗读按钮,默认不\n朗读,老年人用户单击按钮即可对当前\n区域内容进行朗读,再次点击,\n取消朗读。',
    '語音朗讀,設置朗讀按鈕,默認不\n朗讀,老年人用戶單擊按鈕即可對當前\n區域內容進行朗讀,再次點擊,\n取消朗讀。',
    '点击按钮开始朗读本文',
    '點擊按鈕，收聽語音播報',
    '朗读本文 语速 男声 女声',
    '听全文 播放 1.0x',
    '默认不朗读，单击按钮开启',
  ];
  it.each(cross(WIDGETS, [BODY, BODY_TW]))('%j alone over the text: no title', (widget, body) => {
    expect(title(`${widget}${body}`)).toBeNull();
  });
  // Read right before this round too (the headline outranks the widget's line): held.
  it.each(cross([...WIDGETS, '语音播报 暂停 继续'], HEADLINES.slice(0, 3)))('held: %j over %s', (widget, headline) => {
    expect(title(`${widget}\n\n${headline}${BODY}`)).toBe(headline);
  });
});

describe("a video script's label glued after the headline (3023): labels × headlines × what follows", () => {
  const LABELS = ['【同期】', '【解说】', '【解說】', '【现场声】', '【現場聲】', '【画外音】', '【同期声】', '[同期]'];
  const AFTER = ['香港特區第六任行政長官 李家超', '2018年全国两会即将拉开帷幕', ''];
  const cases = cross(LABELS, HEADLINES).map(([label, headline], k) => [headline, label, AFTER[k % AFTER.length]!] as const);
  it.each(cases)('%s %s%s', (headline, label, after) => {
    expect(title(`${headline} ${label}${after}${BODY_TW}`)).toBe(headline);
  });
});

describe("a forum's edit stamp over a post, alone or glued before it (3011): stamps × layouts; no title, no date of it", () => {
  const STAMPS = [
    '本帖最后由 一品飞云 于 2015-4-13 00:37 编辑',
    '本帖最後由 小李飛刀 於 2019-12-1 8:05 編輯',
    '本帖最后由 admin 于 2020-01-02 编辑',
    '本帖最后由 罗源湾之窗 于 2015年4月13日 00:37 编辑',
    '此帖于 2018-3-5 10:20 被 版主 编辑过',
    '最后编辑于 2021-07-08 09:10:11',
  ];
  const GLUE = [' <br /><br />', ' '];
  const POST = '12月2日,鉴江镇第十七届人民代表大会第一次会议胜利召开,来自全镇各行各业的49名镇人大代表出席了会议。\n';
  it.each(cross(STAMPS.slice(0, 4), GLUE))('%s%j the post', (stamp, glue) => {
    const read = readPage(`${stamp}${glue}${POST}`);
    expect(read.title).toBeNull();
    expect(read.meta.filter((m) => m.startsWith('日期'))).toEqual([]);
  });
  // Read right before this round too (a stamp alone on its line, other forms, a headline over it): held.
  it.each(cross(STAMPS, ['\n\n', ' ']))('held: %s%j the post', (stamp, glue) => {
    const read = readPage(`${stamp}${glue}${POST}`);
    expect(read.title).toBeNull();
    expect(read.meta.filter((m) => m.startsWith('日期'))).toEqual([]);
  });
  it.each(cross(STAMPS, HEADLINES.slice(0, 3)))('held: %s under %s', (stamp, headline) => {
    const read = readPage(`${headline}\n\n${stamp}\n\n${POST}`);
    expect(read.title).toBe(headline);
    expect(read.meta.filter((m) => m.startsWith('日期'))).toEqual([]);
  });
});

describe("a betting site's name glued before the headline (3007): brands × kinds × separators × headlines", () => {
  const BRANDS = ['皇冠', '亚博', '開雲', '华体会', '365', '188bet', '九游'];
  const KINDS = ['体育', '體育', '娱乐', '彩票', '棋牌'];
  const SEPS = [':', '：', ' '];
  const cases = cross(BRANDS, KINDS).map(([brand, kind], k) => [`${brand}${kind}${SEPS[k % SEPS.length]!}`, HEADLINES[k % 3]!] as const);
  it.each(cases)('%s%s', (lead, headline) => {
    expect(title(`${lead}${headline}${BODY}`)).toBe(headline);
  });
});

describe('lottery spam a mirror pushed into the headline (3016): runs × places × headlines', () => {
  const RUNS = [
    '新澳门正版资料免费更新1181',
    '澳门六合彩开奖结果今晚',
    '管家婆一肖一码资料大全',
    '香港正版资料免费大全2025',
    '新澳門正版資料免費更新',
    '澳彩资料大全精准一码',
  ];
  const cases = RUNS.flatMap((run) => [
    [`新疆“两会${run}”:政府工作报告锚定新目标 民生改善成亮点`, '新疆“两会”:政府工作报告锚定新目标 民生改善成亮点'],
    [`全市经济工作会议${run}召开`, '全市经济工作会议召开'],
    [`縣人大常委會舉行第十次會議${run}`, '縣人大常委會舉行第十次會議'],
  ]);
  it.each(cases)('%s', (line, headline) => {
    expect(title(`${line}${BODY}`)).toBe(headline);
  });
});

describe("a channel's name with the page's date in brackets under the headline (2918): outlets × dates × brackets", () => {
  const OUTLETS = ['央视国际', '央視國際', '新华网', '中新網', 'CCTV.com'];
  const DATES = ['2005年03月08日 14:12', '2024-03-05 10:12', '2023年1月5日'];
  const cases = cross(OUTLETS, DATES).map(([outlet, date], k) => [outlet, date, k % 2 ? ['(', ')'] : ['（', '）'], HEADLINES[k % 3]!] as const);
  it.each(cases)('%s %s', (outlet, date, [open, close], headline) => {
    const read = readPage(`首頁 > 新聞頻道 > 中國新聞 > 正文\n\n${headline}\n\n${outlet} ${open}${date}${close}${BODY}`);
    expect(read.title).toBe(headline);
    expect(read.meta).toContain(`日期=${date}`);
  });
});

describe("a meeting's deck under its headline, each phrase what the meeting did (3224): headlines × decks × page labels", () => {
  const MEETINGS = ['王代强主持召开县政府第66次常务会议', '市政府召开第十二次常务会议', '縣委召開常委會擴大會議', '区人大常委会举行第二十次会议'];
  const DECKS = [
    '听取和研究项目建设情况 部署抓好当前重点工作',
    '传达学习全国两会精神 研究部署下一步工作',
    '聽取工作匯報 部署近期重點任務',
    '研究安全生产工作 部署节前重点任务',
  ];
  const LABELS = ['第一版:要闻版总第3602期 >2020-05-18编印', '第 2 版：要闻 PDF版阅读', ''];
  const cases = cross(MEETINGS, DECKS).map(([meeting, deck], k) => [meeting, deck, LABELS[k % LABELS.length]!] as const);
  it.each(cases)('%s ⏎ %s', (meeting, deck, label) => {
    const page = `${label}\n\n${meeting}\n${deck}\n刊发日期:2020-05-18 作者:\n\n  5月14日下午，县委副书记、代县长主持召开县政府常务会议，传达学习有关会议精神。\n`;
    expect(title(page)).toBe(meeting);
  });
  // A headline set as two lines of news phrases stays one headline (河北省政协十二届一次会议开幕 ⏎ 讲话报告鼓舞人心 委员听完感受深).
  it('held: a two-line headline whose phrases are no meeting deeds', () => {
    const page =
      '河北省政协十二届一次会议开幕\n讲话报告鼓舞人心 委员听完感受深\n\n  1月13日上午，省政协十二届一次会议在石家庄开幕，委员们认真听取了常委会工作报告。\n';
    expect(title(page)).toBe('河北省政协十二届一次会议开幕 讲话报告鼓舞人心 委员听完感受深');
  });
});

describe("a column's name over the path to it, the page's headline under the path (3007): columns × paths × headlines", () => {
  const COLUMNS = ['市五届人大七次会议', '县十八届人大三次会议', '區第五屆人大二次會議', '市政协十届四次会议'];
  const pathsTo = (column: string) => [`当前位置:首页  > 皇冠体育 > ${column}`, `首頁 » 新聞中心 » ${column}`, `首页 ＞ 人大工作 ＞ ${column}`];
  const HEADS = ['皇冠体育:工作报告', '工作報告', '预算报告'];
  const cases = cross(COLUMNS, [0, 1, 2]).map(([column, k]) => [column, pathsTo(column)[k]!, HEADS[k]!] as const);
  it.each(cases)('%s ⏎ %s ⏎ %s', (column, path, head) => {
    const page = `${column}\n${path}\n\n${head}\n\n——2020年4月23日在钦州市第五届人民代表大会第七次会议上 市人大常委会党组书记 覃天卫\n\n各位代表:${BODY}`;
    expect(title(page)).toBe(head.replace('皇冠体育:', ''));
  });
  // The page's own headline over a path that ends with it, printed again under it or not: the headline.
  it.each(cross(['全市经济工作会议召开', '縣人大常委會舉行第十次會議'], ['\n', '\n\n全市经济工作会议召开\n', '\n\n縣人大常委會舉行第十次會議\n']))(
    'held: %s over its path%j',
    (headline, again) => {
      const printed = again.includes('会') || again.includes('會') ? again.replace(/全市经济工作会议召开|縣人大常委會舉行第十次會議/, headline) : again;
      expect(title(`${headline}\n首页 > 新闻中心 > ${headline}${printed}${BODY}`)).toBe(headline);
    },
  );
});

describe('look-alikes stay whole: headlines about reading aloud, Macau, its lottery law, casino companies, 同期 figures', () => {
  it.each([
    '全民朗读活动启动仪式举行',
    '市图书馆举办“朗读者”经典诵读活动',
    '全市公交车推广语音报站服务',
    '老年人朗读比赛在县文化馆举行',
    '澳门博彩法修订草案获立法会通过',
    '澳門特區政府公布2025年施政報告',
    '澳门体育:第十五届全运会代表团出征',
    '银河娱乐:上半年净收益同比增长',
    '香港资料显示今年经济增长',
    '一季度经济数据发布 同期增长5%',
    '第5版新冠诊疗方案发布',
    '本帖讨论：如何看待政府工作报告',
    // Second reading: headlines sharing a widget's words (a button, a pause, a click, two phrases naming reading), a
    // city and notice words round a lottery's pieces, a site's 【现场】 tag, a Qingdao paper's column.
    '政务大厅设置语音呼叫按钮',
    '市广播电台暂停播报天气预报',
    '市图书馆朗读亭点击量突破十万',
    '第二届朗读大赛启幕 百名选手同台朗读',
    '全民朗读 语音播报进社区',
    '澳门历史资料免费向公众开放',
    '香港官方网站更新施政报告全文',
    '全国两会【现场】李强作政府工作报告',
    '半岛体育 青岛市全民健身工作会议召开',
  ])('%s', (headline) => {
    expect(title(`${headline}${BODY}`)).toBe(headline);
  });
});

describe('second reading: look-alikes of the channel, the column, the deck and the edit stamp stay as they read', () => {
  // A headline with its day in brackets under a site's name: no channel's name, the page's headline.
  it('a title with its day under a site name', () => {
    expect(title(`某某区人民政府门户网站\n\n政府工作报告（2024年1月10日）${BODY}`)).toBe('政府工作报告（2024年1月10日）');
  });
  // The page's headline over a path ending in it, the report's occasion or speaker under the path: the headline.
  it.each(['——在市第十六届人民代表大会第三次会议上\n\n市长 张三', '市长 张三', '在市第十六届人民代表大会第三次会议上\n\n市长 张三'])(
    'a headline over its path, then %j',
    (under) => {
      expect(title(`政府工作报告\n首页 > 政务公开 > 政府工作报告\n\n${under}\n\n各位代表:${BODY}`)).toBe('政府工作报告');
    },
  );
  // Phrases opening with 学习, 贯彻, 强调 under a column's label or a kicker, no meeting named: the headline.
  it.each([
    ['评论员文章\n\n学习贯彻全会精神 强调实干担当作为', '学习贯彻全会精神 强调实干担当作为'],
    ['两会精神进基层\n学习两会精神 贯彻两会部署', '学习两会精神 贯彻两会部署'],
  ])('%j', (page, headline) => {
    expect(title(`${page}${BODY}`)).toBe(headline);
  });
  // A blog's or an answer site's bare stamp of its post (编辑于 …) under the headline: the page's date, no forum's edit.
  it.each(['编辑于 2023-03-05 10:20', '修改于 2023-03-05 10:20'])('%s under a headline', (stamp) => {
    const read = readPage(`全市经济工作会议召开\n\n${stamp}${BODY}`);
    expect(read.title).toBe('全市经济工作会议召开');
    expect(read.meta).toContain('日期=2023-03-05 10:20');
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['a widget', '语音朗读,设置朗读按钮,'.repeat(16000)],
    ['script labels', '【同期】'.repeat(50000)],
    ['an edit stamp over and over', '本帖最后由 某某 于 2015-4-13 00:37 编辑 '.repeat(6000)],
    ['lottery words', '新澳门正版资料免费更新1181'.repeat(12000)],
    ['digits after a lottery name', `澳门${'1'.repeat(200_000)}`],
    ['betting names', '皇冠体育:'.repeat(40000)],
    ['page labels', '第01版:封面 PDF版阅读 '.repeat(12000)],
    ['an outlet, a run of spaces, a bracket', `央视国际${' '.repeat(200_000)}(2005年03月08日)`],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`${line}\n今年以来，全县经济社会发展取得新成效。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
