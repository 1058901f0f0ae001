// Round 19 of issue 26, theme A: a page with no headline gives no title. A title names the text; a line that says when
// (1月11日上午), who made it (图/某报记者 某某), a list's label with its translation (新着情報(最新消息)), a gallery's
// names in title marks (《江山如画》某某 摄), the text's own first sentence trailing off (我和…结缘,那是很早的事……) or a
// report's part heading (过去五年工作回顾) does not, and a page that offers only such lines has none. The printings are
// generated (times × parts of the day × scripts, media × outlets × names, labels × translations × brackets, galleries of
// names × credits, narrations, report parts × spans), each over a story that starts at once; the look-alikes
// are real titles of those shapes (a headline that opens with its date, a headline about a photo exhibition, a headline
// that is a sentence, a report named with its place) which must stay titles; and hostile long lines. Two printings the
// metamorphic floor allowed hold now: a business's name beside its telephone number over a blog's headline, blank lines
// between (2730), and a sentence wrapped at the page's width with a blank line after each line (1007).
import { describe, expect, it } from 'vitest';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

/** A story's first paragraphs, which start at once (no headline over them). */
const LEADS = [
  '中国人民政治协商会议白山市第八届委员会第五次会议在庄严的国歌声中隆重开幕。\n市政协主席裘会文出席会议并在主席台前排就座。\n',
  '历时3天的某市十五届人大六次会议圆满完成各项议程,胜利闭幕。\n大会主席团常务主席石奇珠主持会议。\n',
  '某縣第十九屆人民代表大會第三次會議在縣行政中心禮堂開幕。\n應到代表240名,實到231名,符合法定人數。\n',
];
const lead = (k: number) => LEADS[k % LEADS.length]!;

describe('a time of the story alone over its first sentence is a dateline (2509): days × parts × clocks', () => {
  const days = ['1月11日', '3月5日', '12月28日', '二十日', '十一日', '昨天', '今日', '元月8日', '11日'];
  const parts = ['上午', '下午', '晚上', '凌晨', '傍晚', '上午9时', '下午3時許', '上午十時'];
  const cases = cross(days, parts).map(([d, p], k) => [`${d}${p}`, k] as const);
  it.each(cases)('%s', (time, k) => {
    expect(title(`${time}\n${lead(k)}`)).toBeNull();
    expect(title(`${time},\n${lead(k + 1)}`)).toBeNull();
  });
});

describe('a credit line of what was made and by whom, over the text (2604): media × outlets × names × scripts', () => {
  // (文/ with a reporter's role, and a plain byline after the slash, were read as pairs or bylines before: not this class.)
  const media = ['图/', '圖／', '视频/', '攝影/', '文/图 ', '图片 / '];
  const outlets = ['羊城晚报全媒体记者', '南方日报全媒体记者', '廣州日報全媒體記者', '南方都市報全媒體記者', '某县融媒体中心记者'];
  const names = ['陶奕燃', '穗仁宣', '李明 通讯员 穗仁宣'];
  const cases = cross(media, cross(outlets, names)).map(([m, [o, n]], k) => [`${m}${o} ${n}`, k] as const);
  it.each(cases)('%s', (credit, k) => {
    expect(title(`${credit}\n${lead(k)}`)).toBeNull();
  });
});

describe("a list's label with its translation over items with no headline (2629): labels × translations × brackets", () => {
  const labels: [string, string][] = [
    ['新着情報', '最新消息'],
    ['お知らせ', '最新動態'],
    ['ニュース', '新闻动态'],
    ['News', '最新消息'],
    ['新着情報', '最新資訊'],
    ['Latest News', '最新动态'],
  ];
  const forms = [(a: string, b: string) => `${a}(${b})`, (a: string, b: string) => `${a}（${b}）`, (a: string, b: string) => `${a} / ${b}`];
  const items = '9月14日,海外华文媒体宁德行活动走进宁德市蕉城区三都澳,来自12个国家的16家媒体代表了解大黄鱼产业。\n图为航拍宁德三都澳渔排养殖区。\n';
  const cases = cross(labels, forms).map(([[a, b], f]) => [f(a, b)] as const);
  it.each(cases)('%s', (label) => {
    expect(title(`${label}\n${items}`)).toBeNull();
  });
});

describe("a gallery's names in title marks, one with its photographer (2709): names × credits × marks", () => {
  const galleries = [
    ['巡检村花海', '天竺山景区', '金丝峡景区', '江山如画', '牛背梁景区'],
    ['秋日田园', '古镇夜色', '云海日出', '雪後山村'],
    ['湖光山色', '稻香时节', '烟雨长廊'],
  ];
  const credits = ['叶书有 摄', '王明摄', ' 记者 张三 摄', '李建泉攝'];
  const cases = cross(galleries, credits).flatMap(([g, c], k) => [
    [g.map((n, i) => (i === 1 ? `《${n}》${c}` : `《${n}》`)).join('\n'), k] as const,
    [g.map((n, i) => (i === 0 ? `「${n}」${c}` : `「${n}」`)).join('\n\n'), k] as const,
  ]);
  it.each(cases)('%s', (gallery, k) => {
    expect(title(`${gallery}\n商洛,地处秦岭东段南麓、陕鄂豫三省结合部,因境内商山、洛水而得名。\n${lead(k)}`)).toBeNull();
  });
});

describe("the text's own first sentence trailing off in an ellipsis (2812): narrations × marks", () => {
  const sentences = [
    '我和《贵州都市报》结缘,那是很早的事',
    '那年冬天,我们在山里修了一条路',
    '说起老城区的变化,街坊们有说不完的话',
    '我與《某某晚報》結緣,那是很早的事',
    '第一次走进代表驻地,心里满是紧张',
  ];
  const marks = ['……', '…', '...'];
  const cases = cross(sentences, marks).map(([s, m]) => [`${s}${m}`] as const);
  it.each(cases)('%s', (line) => {
    expect(title(`${line}\n上世纪九十年代创刊后不久的报纸就开辟有“经济新闻”专版,我试着写了一篇又一篇稿件,寄往编辑部。\n`)).toBeNull();
  });
});

describe("a copy that starts at a report's part heading (2816): parts × spans × scripts", () => {
  // (With its ordinal, 一、过去五年工作回顾, the outline took it as a heading before: not this class.)
  const parts = [
    '过去五年工作回顾',
    '過去五年工作回顧',
    '过去一年的工作回顾',
    '2025年工作回顾',
    '今后五年的主要任务',
    '今後五年的主要任務',
    '2026年工作安排',
    '2026年的重点工作安排',
    '今年的主要目标任务',
    '存在的问题和不足',
    '存在的問題和不足',
    '總體要求',
    '指导思想和总体要求',
    '主要目标任务',
    '保障措施',
    '下一步工作打算',
    '下一步工作計劃',
    '加强政府自身建设',
    '主要成效',
    '本届政府工作回顾',
  ];
  const cases = parts.map((p, k) => [p, k] as const);
  it.each(cases)('%s', (heading, k) => {
    expect(
      title(
        `${heading}\n本届政府任期五年,是我市成功应对各种严峻考验,取得科学发展显著成就的五年。市政府在省委、省政府坚强领导下,胜利完成各项目标任务,实现经济社会发展新跨越。\n${lead(k)}`,
      ),
    ).toBeNull();
  });
});

describe('look-alikes: real titles of these shapes stay titles', () => {
  const body = '1月11日上午,政协白山市第八届委员会第五次会议在白山市会议中心隆重开幕。市政协主席出席会议并讲话。\n会议听取了常委会工作报告。\n';
  it.each([
    '1月11日上午白山市政协八届五次会议隆重开幕',
    '昨天下午,市政协八届五次会议开幕',
    '“江山如画”摄影展在白山开幕',
    '《江山如画》摄影作品展开幕',
    '走近这张抗日名将创办的报纸……',
    '我和祖国一起成长',
    '不靠挖煤“挖文化”,千年古城的脱贫突围',
    '中山市过去五年工作回顾',
    '2025年工作总结',
    '某县2025年工作安排的报告',
    '新闻发布会(图)',
    '城乡发展新象(2019)',
    '文化铸魂 产业作骨',
  ])('%s', (headline) => {
    expect(title(`${headline}\n${body}`)).toBe(headline.replace(/\(图\)$/, ''));
  });
  it('a credit line under a headline leaves the headline its title', () => {
    expect(title(`白山市政协八届五次会议开幕\n图/白山日报记者 陶奕燃\n${body}`)).toBe('白山市政协八届五次会议开幕');
  });
  it('a title in marks alone is a title', () => {
    expect(title(`《江山如画》\n${body}`)).toBe('江山如画');
  });
});

describe('hostile long lines of these classes parse in well under a second', () => {
  it.each([
    ['times', '1月11日上午'.repeat(20_000)],
    ['credits', `图/${'记者 张三 '.repeat(30_000)}`],
    ['glosses', `${'新着情報('.repeat(20_000)}最新消息)`],
    ['marks', '《江山》'.repeat(30_000)],
    ['ellipses', `${'我们,'.repeat(60_000)}……`],
    ['parts', '过去五年工作回顾'.repeat(25_000)],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    readPage(`${line}\n${lead(0)}`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});

describe("a business's name beside its telephone number over its blog's headline, blank lines between (2730): numbers × names × gaps", () => {
  const phones = ['0543-5070686', '(0543)5070686', '13812345678', '400-123-4567'];
  const names = ['山东滨州无棣伍思网络', '浙江温州鹿城某某科技', '廣東佛山順德某某傳媒'];
  const headline = '无棣新闻人畅谈记者节感受:笔耕不辍莫负韶华';
  const cases = cross(phones, names).map(([p, n]) => [`${p} ${n}`, p, n] as const);
  it.each(cases)('%s', (_, phone, name) => {
    const page = `${phone}\n\n${name}\n\n自动草稿\n\n\n\n${headline}\n\n“比作家多了一分睿智,为安全播出保驾护航。”\n\n——无棣县庆祝第21个中国记者节颁奖典礼·颁奖词\n\n笔耕不辍莫负韶华\n\n无棣新闻人在记者节畅谈感受,笔耕不辍,莫负韶华。\n`;
    expect(title(page)).toBe(headline);
  });
});

describe("a sentence wrapped at the page's width, a blank line after each line (1007): it is the text, no title", () => {
  const firsts = [
    '刚才,省委组织部副部长宣布了省委关于任命的决定;省委副书记代表省委发表了非常重要的',
    '会上,市委书记传达了省委全会精神;市长就做好明年工作作了全面的',
    '剛才,省委組織部副部長宣布了省委關於任命的決定;省委副書記代表省委發表了非常重要的',
  ];
  const seconds = ['讲话,新实同志、瑞林同志分别作了很好的表态', '工作任务,同志们要认真抓好落实', '講話,兩位同志分別作了很好的表態'];
  const cases = cross(firsts, seconds).map(([a, b]) => [`${a.slice(0, 12)} / ${b.slice(0, 8)}`, a, b] as const);
  it.each(cases)('%s', (_, first, second) => {
    expect(
      title(`${first}\n\n${second}\n\n发言。特别是重要讲话,对过去工作作出了充分肯定,对未来发展提出了新的要求。\n\n这次组织上安排我到省里工作,我坚决拥护。\n`),
    ).toBeNull();
  });
});

// Second reading (rv19a): look-alikes the first printing of these rules took too widely.
describe("second reading: a headline's wording with the page's pairs under it is its title (a part's name, a clause that trails off)", () => {
  const pairs = ['来源：白山日报  发布时间：2024-02-08 09:30', '2024-02-08 09:30  来源：白山日报'];
  const story = '春节临近,在我市各个岗位上,仍有一群人坚守一线,用自己的辛勤付出守护万家团圆。记者日前走访了多个单位。\n';
  const headlines = ['春节将至,他们仍坚守岗位……', '两会时间,听代表委员说……', '政府工作报告里的这些数字,与你我息息相关……', '2023年工作回顾', '基本情况'];
  it.each(cross(headlines, pairs))('%s ⏎ %s', (headline, pair) => {
    expect(title(`${headline}\n${pair}\n${story}`)).toBe(headline);
  });
});

describe("second reading: a headline beside a list's label in the label's own script is no label and its translation", () => {
  const story = '\n春节临近,在我市各个岗位上,仍有一群人坚守一线,用自己的辛勤付出守护万家团圆。记者日前走访了多个单位。\n';
  it.each([
    ['图片新闻/我县召开安全生产会议', '我县召开安全生产会议'],
    ['我县召开安全生产会议 / 新闻中心', '我县召开安全生产会议'],
    ['我县召开安全生产会议(新闻中心)', '我县召开安全生产会议'],
    ['市委常委会召开会议 / 要闻', '市委常委会召开会议'],
    ['视频/记者 探访代表驻地', '探访代表驻地'],
  ])('%s', (line, headline) => {
    expect(title(`${line}\n${story}`) ?? '').toContain(headline);
  });
});

describe("second reading: an exclaimed sentence under a credit line is the text's first, no headline (a headline stands over its credit)", () => {
  const credits = ['图/白山日报记者 陶奕燃', '文/图 白山日报记者 陶奕燃', '视频/羊城晚报全媒体记者 张璐瑶'];
  const sentences = [
    '冬日暖阳下,市民们纷纷走出家门享受难得的好天气！',
    '开幕啦！白山市政协八届五次会议今天隆重开幕！',
    '好消息！白山至长白山高铁今天正式开通运营！',
  ];
  it.each(cross(credits, sentences))('%s ⏎ %s', (credit, sentence) => {
    expect(title(`${credit}\n${sentence}\n${lead(0)}`)).toBeNull();
  });
});

describe('second reading: a title in its marks printed three times is one name, not a gallery', () => {
  const body = '1月11日上午,政协白山市第八届委员会第五次会议在白山市会议中心隆重开幕。市政协主席出席会议并讲话。\n会议听取了常委会工作报告。\n';
  it.each(['《江山如画》', '《政府工作报告》'])('%s', (name) => {
    expect(title(`${name}\n\n${name}\n\n${name}\n${body}`)).toBe(name.slice(1, -1));
  });
});
