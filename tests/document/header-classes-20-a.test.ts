// Round 20 of issue 26, theme A: which line is the headline. A paper's page prints several lines that look like
// headlines; a reader knows the main line by its kind and its place. A photo's caption ends in its photographer's credit,
// names set apart by spaces before a slash or an outlet glued before the name (…隆重开幕 黄克 何学俏/摄, …開幕
// 人民網海南頻道孟凡盛攝: 3006, 3026); a byline is an outlet's name and its writers' (大众新闻·大众日报 刘一颖: 3201); an
// e-paper's headline list glued into one line is the page's furniture (3116); a headline block's pairs under its deck
// are the block's, so the line over the deck keeps the tie (2921); a site's offer of its edition in another language is
// its machinery (3222); a passage set out in eight or more short lines has no headline among them (2923). The printings
// are generated (captions × credits, outlets × names, headlines × decks, lists × positions, prompts × sites, passages),
// in both scripts; the look-alikes (a headline naming a photo exhibition, a newspaper, a date; a kicker over a main line
// that gold joins; a head of a few short lines) keep their titles.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

const HEADLINES = ['自治区十四届人大五次会议开幕', '市政协十一届二次会议隆重开幕', '縣議會第二十屆第四次定期會開議', '省十四届人大常委会举行第57次会议'];
const BODY_ZHS = '2月2日，自治区第十四届人民代表大会第五次会议在人民会堂隆重开幕。来自各地各条战线的代表肩负人民重托，依法履行职责。';
const BODY_ZHT = '2月2日，縣議會第二十屆第四次定期會在議事廳隆重開議。來自各選區的議員肩負鄉親重託，依法履行職責。';
const body = (h: string) => (/[會議屆縣]/.test(h) ? BODY_ZHT : BODY_ZHS);

/** A caption's scene, with or without its date first. */
const SCENES = [
  '2月2日，自治区第十四届人民代表大会第五次会议在人民会堂隆重开幕',
  '海南省第六屆人民代表大會第四次會議隆重開幕',
  '代表们认真听取政府工作报告',
  '1月24日上午，市民在廣場觀看花燈展演',
];
/** Credits in the printings the older rules did not read: names spaced before a slash, an outlet glued before the name. */
const CREDITS = [
  '黄克 何学俏/摄',
  '黃克 何學俏／攝',
  '人民网海南频道孟凡盛摄',
  '人民網海南頻道孟凡盛攝',
  '新华社 张三 李四/摄',
  '某某日報 陳明 林芳／攝影',
  '东方网记者王林摄',
];

describe('a caption ending in its credit over the text, no headline: no title (3026): scenes × credits × spaces', () => {
  const cases = cross(SCENES, CREDITS).flatMap(([s, c], i) => [[s, c, i % 2 === 0 ? ' ' : '\u3000\u3000'] as const]);
  it.each(cases)('%s %s', (scene, credit, space) => {
    const page = `${scene}${space}${credit}\n${BODY_ZHS}\n${BODY_ZHT}\n`;
    expect(title(page)).toBeNull();
  });
});

describe("an e-paper's headline, deck and count over the caption (3006): headlines × credits", () => {
  it.each(cross(HEADLINES, CREDITS))('%s / %s', (headline, credit) => {
    const page = `${headline}\n陈刚主持 韦韬作政府工作报告\n文章字数:1,164\n    ${SCENES[0]}遥    ${credit}\n\n    扫一扫,阅读详细报道\n\n  ${body(headline)}\n  ${BODY_ZHS}\n`;
    expect(title(page)).toBe(headline);
  });
});

/** Outlets, one or two joined by a dot or a slash, in both scripts. */
const OUTLETS = ['大众新闻·大众日报', '澎湃新聞', '人民网', '新华社', '南方日报/南方网', '中央廣播電台'];
/** The outlets older rules did not read as a byline's (one word of a single agency's name, 新华社 王芳, they did). */
const JOINED_OUTLETS = OUTLETS.filter((o) => o !== '人民网' && o !== '新华社');
const WRITERS = ['刘一颖', '張偉 李明', '王芳', '陳志強 林美玲 黃建國'];

describe("a byline of an outlet and its writers under the page's title, the title printed again lower (3201): outlets × writers × dates", () => {
  const dates = ['   2026-01-10 06:49:27', '', ' 2025年3月2日'];
  const cases = cross(OUTLETS, WRITERS).map(([o, w], i) => [o, w, dates[i % dates.length]!] as const);
  it.each(cases)('%s %s', (outlet, writers, date) => {
    const page = `山东省十四届人大常委会主任会议举行第57次会议\n\n${outlet} ${writers}${date}\n\n省十四届人大常委会主任会议举行第57次会议\n\n决定省十四届人大常委会第二十次会议1月24日召开\n\n1月9日上午，省十四届人大常委会主任会议举行第57次会议，决定第二十次会议1月24日在济南召开。\n`;
    expect(title(page)).toBe('山东省十四届人大常委会主任会议举行第57次会议');
  });
});

describe("the date after an outlet's byline is the page's (3201): outlets × writers × dates", () => {
  const dates = ['2026-01-10 06:49:27', '2025年3月2日', '2024/05/12 10:20'];
  const cases = cross(JOINED_OUTLETS, WRITERS).map(([o, w], i) => [o, w, dates[i % dates.length]!] as const);
  it.each(cases)('%s %s %s', (outlet, writers, date) => {
    const page = `山东省十四届人大常委会主任会议举行第57次会议\n\n${outlet} ${writers}   ${date}\n\n1月9日上午，省十四届人大常委会主任会议举行第57次会议，决定第二十次会议1月24日在济南召开。\n`;
    expect(readPage(page).meta).toEqual([`日期=${date}`]);
  });
});

describe("a home paper's headline naming its province by rank alone under its outlet's byline, the page's title naming it whole: the whole (3201): places × headlines", () => {
  const cases = cross(
    ['山东', '重庆', '浙江', '廣東'],
    ['省十四届人大常委会举行第57次会议', '市六届人大常委会主任会议举行第十二次会议', '省十三屆政協常委會舉行第九次會議'],
  ).map(([p, h], i) => [p, h, JOINED_OUTLETS[i % JOINED_OUTLETS.length]!] as const);
  it.each(cases)('%s%s', (place, headline, outlet) => {
    const page = `${place}${headline}\n\n${outlet} 王芳   2026-01-10 06:49:27\n\n${headline}\n\n决定第二十次会议1月24日召开\n\n1月9日上午，会议在会议中心举行，研究部署近期重点工作。\n`;
    expect(title(page)).toBe(`${place}${headline}`);
  });
});

/** Main lines (a slogan) and decks that report who did what, as an e-paper sets them over its pairs. */
const MAINS = ['扛起省会担当 奋力打造“七大都市”建设“六个龙江”', '凝心聚力谋发展 砥砺奋进开新局', '堅定信心團結奮進 全力推動高質量發展'];
/** Decks that add to the main line: the participants and what they did, or clauses a comma or a 、 joins. */
const DECKS = [
  '参加省第十三次党代会的哈尔滨代表团代表热议振兴发展',
  '会场不铺地毯、不摆花束，报告时间缩短至半小时',
  '出席市政協會議的委員熱議振興發展',
  '列席会议的基层代表表示要抓好落实',
];
const PAIRS = ['文章字数:802', '文章字數：1,164\n  本报记者 姜雪松 初霞', '发布时间:2022-05-01'];

describe("an e-paper's main line over its deck right over the pairs: the main line (2921, 2026): mains × decks × pairs × blank lines", () => {
  const cases = cross(MAINS, DECKS).map(([m, d], i) => [m, d, PAIRS[i % PAIRS.length]!, i % 2 === 0 ? '\n' : '\n\n'] as const);
  it.each(cases)('%s / %s', (main, deck, pairs, gap) => {
    const page = `多媒体数字报\n通版阅读请点击:\n展开通版\n收缩通版\n当前版:01版\n${main}${gap}${deck}${gap}${pairs}\n  冰城大地，满目春光、生机勃发。4月29日，省第十三次党代会在哈尔滨召开，代表们热议报告。\n  ${BODY_ZHS}\n`;
    expect(title(page)).toBe(main);
  });
});

/** An e-paper page's headlines, the article's among them. */
const LIST = [
  '市政协六届七十三次主席会议第一次会议举行',
  '主席团成员和秘书长名单',
  '市政协委员分组审议市政协常委会工作报告',
  '汇聚力量 开创新局',
  '執行主席分組名單',
  '关于代表提出议案截止时间的决定',
  '以盛会聚共识 以实干开新局',
  '充分发挥专门协商机构作用 积极助力重庆开好局起好步',
];

describe("an e-paper's headline list glued into one line, the list again, then the article's headline (3116): positions × separators", () => {
  const cases = cross([1, 3, 6], ['', ' ', '\u3000']).map(([at, sep]) => {
    const list = [...LIST.slice(0, at), ...LIST.slice(at + 1), LIST[at]!];
    return [list[list.length - 1]!, list.join(sep)] as const;
  });
  it.each(cases)('%s (%s)', (headline, glued) => {
    const list = LIST.filter((l) => l !== headline).concat(headline);
    const page = `${glued}\n第002版:开局“十五五” 跃马启新程·2026重庆两会特别报道\n上一版 下一版 \n \n${list.join('\n')}\n    \n \n重庆日报\n重庆日报报业集团主办 \n3上一篇  下一篇4  \n2026 年 01 月 28 日 星期 放大 缩小 默认 \n\n${headline}\n\n  (上接1版)在推动成渝地区双城经济圈建设等重大战略中，政协通过深入调研、联动协商，贡献了一批有价值的建言成果。\n`;
    expect(title(page)).toBe(headline);
  });
});

/** A site's offer of its edition in another language or script, as a news site prints it at the top. */
const OFFERS = [
  'Your browser does not appear to support Traditional Chinese. Would you like to go to CNA\'s English website, “Focus Taiwan" ?',
  'Would you like to switch to the English version of this site?',
  'Your browser does not support Simplified Chinese. Do you want to be redirected to our English edition?',
  '日本語版のサイトに移動しますか？',
];
/** The Japanese edition's offer as CNA prints it: a statement, then the question, for sites of other names. */
const JA_OFFERS = ['フォーカス台湾', '人民網日本語版', '新華網'].map((site) => `こちらのページは繁体字版です。日本語版「${site}」に移動しますか。`);

describe("a site's offers of other languages over the headline (3222): offers × Japanese offers × orders × banners", () => {
  const banner = '本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解中央社隱私聲明當您關閉此視窗,代表您同意上述規範。\n';
  const headlines = ['徐耀昌執政8年任期倒數 期待鍾東錦延續重大建設', '縣長出席記者會 報告施政成果'];
  const cases = cross(OFFERS, JA_OFFERS).flatMap(([o, ja], i) => [
    [`${o}\n${ja}`, headlines[i % 2]!, i % 3 === 0 ? '' : banner] as const,
    [`${ja}\n${o}`, headlines[(i + 1) % 2]!, i % 3 === 1 ? '' : banner] as const,
  ]);
  it.each(cases)('%s', (offers, headline, top) => {
    const page = `${top}${offers}\n\n${headline}\n\n2022/12/8 19:36\n\n(中央社記者管瑞平苗栗縣8日電)苗栗縣長任期將屆滿，今天舉行記者會向鄉親報告施政成果。\n`;
    expect(title(page)).toBe(headline);
  });
});

/** A passage set out in short lines, as a video's script prints it (2923's, and another), in both scripts. */
const PASSAGE = [
  '每年河南两会',
  '省人民会堂北大厅的通道',
  '都会成为媒体鏖战的重要场地',
  '从2019年开始',
  '河南已经连续五年开启“代表委员通道”',
  '五年来',
  '一共有近百位代表委员站在了这里',
  '如果是在茫茫人海中再次相逢',
  '也许你已经忘记了他们的面庞',
  '但是你会知道 他们就在人们中间',
  '民有所问 我有所答',
  '这才是“通道”最重要的意义所在',
];
const toT = (s: string) => s.replace(/两会/g, '兩會').replace(/这/g, '這').replace(/从/g, '從').replace(/们/g, '們').replace(/问/g, '問');

describe('a passage of short lines with no headline, printed once or twice: no title (2923): scripts × copies × blank lines', () => {
  const cases = cross([(s: string) => s, toT], [1, 2]).flatMap(([f, copies]) => ['\n', '\n\n'].map((gap) => [f, copies, gap] as const));
  it.each(cases)('%#', (form, copies, gap) => {
    const passage = PASSAGE.map(form).join(gap);
    const page = `${Array.from({ length: copies }, () => `${passage}\n責任編輯:魏蔚`).join('\n')}\n`;
    expect(title(page)).toBeNull();
  });
});

describe('look-alikes keep their titles', () => {
  it.each([
    '“光影百年”摄影展开幕', // a headline naming a photo exhibition
    '2月2日，市政协十一届二次会议隆重开幕', // a headline that starts with a date
    '大众日报创刊85周年座谈会举行', // a headline naming a newspaper
    '人民网 两会特别报道', // an outlet and a column's words: no names after it
    '市民 踊跃参与随手拍摄', // a headline ending in 拍摄: no credit
    '航拍 新区建设日新月异 王林摄影作品展',
  ])('%s', (headline) => {
    const page = `${headline}\n\n记者 王芳 通讯员 李明\n\n近日，有关部门就此作出安排，各地要加强组织领导，确保各项工作落实到位，群众反响良好。\n`;
    expect(title(page)).toBe(headline);
  });

  it.each([
    ['念好“山海經” 賡續“山海情”', '三明市黨政代表團來泉考察'],
    ['河北省政协十二届一次会议开幕', '讲话报告鼓舞人心 委员听完感受深'],
  ])('a kicker over a main line, joined as gold joins them: %s / %s', (kicker, main) => {
    const page = `${kicker}\n${main}\n2月28日，三明市委书记率领党政代表团来泉考察交流，双方举行座谈会。\n`;
    expect(title(page)).toBe(`${kicker} ${main}`);
  });

  it('a head of a few short lines keeps its headline', () => {
    const page = '首页\n新闻中心\n本地要闻\n市政协六届四次会议隆重开幕\n发布时间:2026-01-28\n\n1月27日上午，市政协六届四次会议在市人民大礼堂隆重开幕。\n';
    expect(title(page)).toBe('市政协六届四次会议隆重开幕');
  });

  it('an English title over an English text stays', () => {
    const page = 'Review of the 2009 Government Work Report\n\nThe city government reviewed the work of the past year and set out the tasks for the next.\n';
    expect(title(page)).toBe('Review of the 2009 Government Work Report');
  });
});

describe('second reading: look-alikes the theme must leave alone', () => {
  /** A site's banner or column line over a headline that names its own event and has a comma or a 、 in it, its pairs under it. */
  const BANNERS = ['深入学习贯彻党的二十大精神', '聚焦2026年全国两会'];
  const EVENT_HEADLINES = ['市政府召开常务会议，研究部署春耕生产工作', '省政协十三届四次会议开幕，委员热议高质量发展', '縣政府舉行防汛演練，檢驗應急處置能力'];
  it.each(cross(cross(BANNERS, EVENT_HEADLINES), ['\n', '\n\n']).map(([[b, h], g]) => [b, h, g] as const))(
    'a banner over an event headline with a comma keeps the headline: %s / %s',
    (banner, headline, gap) => {
      const page = `${banner}${gap}${headline}${gap}发布时间:2026-03-01\n\n3月1日上午，市政府召开常务会议，研究部署春耕生产工作。会议指出，要压实责任，确保粮食安全。\n`;
      expect(title(page)).toBe(headline);
    },
  );

  /** A verse's headline set apart by a blank line over its short lines, which touch (a page with no paragraph). */
  it.each(['献给代表委员的诗', '代表委員通道上的故事'])('a headline over a passage of short lines keeps its title: %s', (headline) => {
    const page = `${headline}\n\n${PASSAGE.join('\n')}\n責任編輯:魏蔚\n`;
    expect(title(page)).toBe(headline);
  });

  /** A banner's words glued before a headline that names its place by rank alone (热烈祝贺市…): no place, the headline stays. */
  it.each(
    cross(
      [
        ['热烈祝贺', '市十七届人大一次会议胜利闭幕'],
        ['熱烈慶祝', '省第十五次黨代會勝利召開'],
        ['聚焦', '市政协十一届二次会议隆重开幕'],
      ],
      ['\n', '\n\n'],
    ).map(([[b, h], g]) => [b, h, g] as const),
  )('a banner glued before a headline is no place: %s%s', (banner, headline, gap) => {
    const page = `${banner}${headline}${gap}${headline}${gap}发布时间:2026-01-10\n\n1月9日上午，大会在会议中心胜利闭幕。会议选举产生了新一届领导班子，通过了政府工作报告。\n`;
    expect(title(page)).toBe(headline);
  });

  /** A document's heading over the page, then set out again in lines under it (549, 423, 628): one title, no glued list. */
  it.each([
    ['市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知', ['筑府办函〔2020〕78号', '市人民政府办公厅', '关于印发', '贵阳市气象灾害应急预案的通知']],
    ['县人民政府关于印发全县防汛抗旱应急预案的通知', ['县人民政府', '关于印发', '全县防汛抗旱应急预案的通知']],
  ])('a heading set out in lines under it is that heading: %s', (heading, parts) => {
    const page = `${heading}\n\n发布时间: 2020-09-15 14:50\n\n贵阳市人民政府办公厅\n\n${parts.join('\n\n')}\n\n各区、市、县人民政府，市政府有关工作部门：\n《应急预案》已经市政府研究同意，现印发给你们，请抓好贯彻落实。\n`;
    expect(title(page)).toBe(heading);
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['a caption credit', `${'黄克 '.repeat(66000)}何学俏/摄`],
    ['credit marks', '摄 '.repeat(100000)],
    ['an outlet byline', `${'大众日报·'.repeat(40000)} 刘一颖`],
    ['a glued list', '主席团成员名单'.repeat(30000)],
    ['an offer', `Would you like ${'to go '.repeat(33000)}?`],
    ['kana', 'ページ'.repeat(66000)],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`${line}\n主席团成员名单\n主席团成员名单\n主席团成员名单\n今年以来，全县经济社会发展取得新成效。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
