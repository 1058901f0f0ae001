// Round 21 of issue 26, theme C: lines that name a person or the site are not the headline. A reader skips each for what
// it is: a photo's caption naming a person and what they do (肖湘暉講話 over a report that names him: 3407), a speaker's
// line, a post and then a name (市長(zhǎng)李平 under a copy's occasion line, over the speech: 3424); and takes off a title
// the site's words round it: a 范文 site's series label before a document's name (第1篇 区人大常委会工作报告: 3525) and a
// copy site's source tag after it (…新气象--选自山西日报: 3323). The printings are generated (names × acts × posts ×
// scripts × separators); the look-alikes (a speech's page titled 某某讲话, a headline about a speech or a person, an
// interview with a secretary, a book's part 第一篇 总则, a headline that quotes its source) stay as they were.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { withoutSiteTags } from '../../src/document/title-captions.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

const NAMES = ['肖湘晖', '王建国', '李平', '欧阳明', '張志強', '劉曉東'];

describe("a photo's caption naming a person and an act over a report naming them (3407): names × acts × scripts", () => {
  const ACTS = ['讲话', '講話', '致辞', '致辭', '发言', '在会上讲话', '在座談會上講話', '主持会议', '作工作报告', '作報告'];
  it.each(cross(NAMES, ACTS))('%s%s: no title', (name, act) => {
    const page = `${name}${act}\n某县融媒体中心12月15日讯(记者 罗爽)12月15日,县委书记${name}等县领导来到委员驻地,看望参加会议的全体委员。\n${name}在讲话中对委员们为全县发展做出的贡献表示感谢。\n`;
    expect(title(page)).toBeNull();
  });
  // With a space between the name and the act, as a caption is set under a photo.
  it.each(NAMES.slice(0, 4))('%s 讲话 (spaced): no title', (name) => {
    expect(title(`${name} 讲话\n12月15日,县委书记${name}来到委员驻地看望全体委员。\n${name}表示,新的一年更需凝心聚力。\n`)).toBeNull();
  });
  // Look-alikes: a speech's own page (its text is the speech and never names its speaker), a headline about a speech,
  // a speech's title with its occasion.
  it.each(NAMES.slice(0, 4))("held: %s讲话 over the speech itself is the speech's title", (name) => {
    expect(title(`${name}讲话\n同志们：\n今天召开这次会议，主要任务是总结去年工作，部署今年任务。\n`)).toBe(`${name}讲话`);
  });
  it.each(['李强讲话引发热议', '李强在全国两会上的讲话', '县委书记在全县经济工作会议上的讲话', '王建国在全市招商引资大会上讲话'])('held: %s', (headline) => {
    expect(title(`${headline}\n今年以来，李强、王建国等领导多次强调，全市上下坚持稳中求进工作总基调，经济社会发展取得新成效。\n`)).toBe(headline);
  });
});

describe('self-review: the nearest real lines the caption and label rules must not take', () => {
  // A post alone is no name: a speech's page titled by its speaker's post keeps its title.
  it.each([
    ['市长讲话', '同志们：今天市长在这里和大家见面，市长讲三点意见。'],
    ['县委书记讲话', '同志们：县委书记今天强调三点。'],
    ['李强作政府工作报告', '3月5日，国务院总理李强在十四届全国人大三次会议上作政府工作报告。'],
    ['李强作政府工作報告 回顧過去一年', '3月5日，國務院總理李強在十四屆全國人大三次會議上作政府工作報告。'],
  ])('held: %s', (t, body) => {
    expect(title(`${t}\n${body}\n`)).toBe(t);
  });
  it('a series label glued to the document it numbers comes off too', () => {
    expect(title('第1篇工作总结\n今年以来，我单位认真贯彻落实上级部署。\n')).toBe('工作总结');
  });
});

describe("a speaker's line, a post and a name, under a copy's occasion line over the speech (3424): posts × names × scripts", () => {
  const POSTS = ['市长', '市長(zhǎng)', '省长', '區長', '縣長(zhǎng)', '省人大常委会副主任', '市人大常委会主任'];
  const SPEAKERS = ['李平', '王建国', '張志強', '刘晓东'];
  const OCCASIONS = ['——2014年1月20日在阜阳市第四届人民代表大会第六次会议上', '——2021年2月3日在某縣第十七屆人民代表大會第五次會議上'];
  it.each(cross(cross(POSTS, SPEAKERS), OCCASIONS))('%j under %s: no title', ([post, name], occasion) => {
    const page = `|\n${occasion}\n${post}${name}\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2013年工作回顾\n过去的一年,全市上下认真贯彻落实各项决策部署。\n`;
    expect(title(page)).toBeNull();
  });
  // Read right before this round (a place's body before the post, or a space before the name): held.
  it.each(cross(['代理市长', '县委书记', '市人民政府市长', '縣長(zhǎng) ', '市人大常委会主任 '], SPEAKERS))(
    'held: %s%s under its occasion: no title',
    (post, name) => {
      expect(title(`|\n${OCCASIONS[0]}\n${post}${name}\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n`)).toBeNull();
    },
  );
  // Look-alikes: a headline about the person, whose story names them again; a report's title over its speaker.
  it.each(['致敬老书记李平', '对话市长张志强'])('held: %s over a story naming the person', (headline) => {
    const name = headline.slice(-3).replace(/^[长長记]/, '');
    expect(title(`${headline}\n记者日前专访了${name}，请他谈谈今年的工作思路和发展目标。\n`)).toBe(headline);
  });
  it('held: a report title, its occasion, then the speaker: the report title', () => {
    expect(
      title(`政府工作报告\n——2014年1月20日在阜阳市第四届人民代表大会第六次会议上\n市长 李平\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作。\n`),
    ).toBe('政府工作报告');
  });
});

describe("a 范文 site's series label before a document's name (3525): numbers × separators × documents", () => {
  const DOCS = ['区人大常委会工作报告', '縣人民政府工作報告', '乡镇年度工作总结', '安全生产专项整治实施方案', '个人述职报告'];
  const LABELS = ['第1篇 ', '第2篇  ', '第12篇\u3000', '第 3 篇 '];
  it.each(cross(LABELS, DOCS))('%j%s: the document', (label, doc) => {
    expect(title(`${label}${doc}\n各位代表:\n我受常务委员会委托,向大会报告工作,请予审议。\nxx年,是新一届人大常委会工作的开局年。\n`)).toBe(doc);
  });
  // Look-alikes: a part of a book or a collection names no document and keeps its number; a title with 篇 in it.
  it.each(['第1篇 我的家乡', '第2篇 春天来了', '新篇章 新作为'])('held: %s', (t) => {
    expect(title(`${t}\n我的家乡在一个美丽的小山村，村前有一条清澈的小河，一年四季流水不断。\n`)).toBe(t);
  });
  it.each(['第一篇 总则', '第1篇 总则', '第三篇 城乡建设'])('held: %s keeps its number', (t) => {
    expect(withoutSiteTags(t)).toBe(t);
  });
});

describe("a copy site's source tag after the title (3323): tags × separators × sources × scripts", () => {
  const TITLES = ['选出干事创业“领头羊” 换出乡村振兴新气象', '兩會政府工作報告，要的不僅僅是掌聲', '全市经济工作会议召开'];
  const TAGS = ['--选自', '——選自', ' 转自', ' -- 转自', '—摘自', ' 轉自'];
  const SOURCES = ['山西日报', '人民網', '新华网', '解放军报'];
  it.each(cross(cross(TITLES, TAGS), SOURCES))('%j%s: the title', ([t, tag], source) => {
    expect(title(`${t}${tag}${source}\n今年以来,我省各地认真贯彻中央及省委关于乡镇领导班子换届的部署要求,选优配强乡镇领导班子。\n`)).toBe(t);
  });
  // Look-alikes: a headline that quotes its source first, a title that says 摘自 in its words with no separator.
  it.each(['据新华社报道 全国两会明日开幕', '《论语》选读十则', '习近平谈治国理政摘编', '读书笔记 摘自《平凡的世界》', '转自网络的一封信'])('held: %s', (t) => {
    expect(title(`${t}\n今年以来,我省各地认真贯彻中央及省委的部署要求,选优配强乡镇领导班子。\n`)).toBe(t);
  });
});

describe("photo captions credited by the maker's role over a headline glued to its deck and dateline (3308)", () => {
  const CAPTIONS = [
    '王宪魁主持省十二届人大六次会议开幕式。本报记者邵国良刘心杨摄',
    '陆昊作政府工作报告。本报记者邵国良摄',
    '省十二届人大六次会议会场。 本报记者邵国良刘心杨摄',
    '大會現場。記者 傅學軍 攝',
    '市政协会议开幕。新华社记者 李明、王刚 摄',
  ];
  const HEADS = ['凝神聚焦发力 奋力开创龙江振兴发展新局面', '奋力开创振兴发展新局面', '團結奮進 共創輝煌'];
  const DECKS = ['王宪魁主持陆昊作政府工作报告杜宇新等出席', '某某主持会议'];
  const LEADS = [
    '本报16日讯(记者闫紫谦)凝心聚力绘蓝图,继往开来谱新篇。16日上午,大会隆重开幕。',
    '新华社北京3月5日电 十四届全国人大三次会议5日上午在人民大会堂开幕。',
  ];
  // Captions over the headline on its own line: the caption is the picture's, the header reads on to the headline.
  it.each(cross(CAPTIONS, HEADS))('%s over %s on its own line', (caption, head) => {
    expect(title(`${caption}\n${head}\n${LEADS[0]}\n`)).toBe(head);
  });
  // The headline, its one deck phrase and the story's dateline glued on one line.
  it.each(cross(cross(HEADS, DECKS), LEADS))('%j glued before %s', ([head, deck], lead) => {
    expect(title(`${CAPTIONS[0]}\n${CAPTIONS[2]}\n${head} ${deck} ${lead}\n`)).toBe(head);
  });
  // Look-alikes: a paper's news stamp of outlets joined by slashes is no headline (read right before: held); a headline
  // with a deck and no dateline after it is read as before.
  it.each(['青岛日报/青岛观/青报网讯', '青島日報/青島觀/青報網訊'])('held: %s 今天上午… under a caption: no title', (stamp) => {
    expect(title(`▲大会开幕。記者 戴謙 攝\n${stamp} 今天上午9時,會議在國際會議中心隆重開幕。出席會議的委員們將積極建言獻策。\n`)).toBeNull();
  });
  it('held: a headline, a caption under it with its credit, the text', () => {
    expect(title(`全市经济工作会议召开\n会议现场。本报记者 张三 摄\n今年以来，全市上下坚持稳中求进工作总基调。\n`)).toBe('全市经济工作会议召开');
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['captions', '肖湘晖讲话'.repeat(40000)],
    ['speaker lines', '市長(zhǎng)李平'.repeat(20000)],
    ['series labels', '第1篇 '.repeat(40000)],
    ['a run of spaces before a source tag', `全市经济工作会议召开${' '.repeat(200_000)}转自人民网`],
    ['source tags', '--选自山西日报'.repeat(25000)],
    ['credited captions', '会场。本报记者某某摄'.repeat(20000)],
    ['decks before a dateline', '某某主持会议 '.repeat(28000) + '本报16日讯'],
    ['news stamps', '青报网/'.repeat(50000) + '青报网讯'],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`${line}\n今年以来，全县经济社会发展取得新成效。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
