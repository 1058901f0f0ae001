// Round 15 of issue 26, theme B: the headline block, where a title ends and what joins it. Each class is written
// for every printing a reader would meet (spaces or a full-width space, Simplified or Traditional, the part on the
// headline's line or on its own line, another place's names), with look-alikes that must stay.
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers.js';

const BODY = '\n本报讯 1月9日，会议召开。会议听取和审议了有关报告。代表们认为，报告实事求是。\n';
const title = (head: string) => readPage(`${head}${BODY}`).title;

describe('a deck of who did what, glued after a meeting headline or on the line under it, is not the title', () => {
  it.each([
    // Two parts on the headline's line, set apart by spaces (1509's shape).
    ['县政协十届三次会议开幕 陈志明等到会祝贺 林国华出席', '县政协十届三次会议开幕'],
    // Traditional, a full-width space between them.
    ['縣政協十屆三次會議開幕　陳志明等到會祝賀　林國華出席', '縣政協十屆三次會議開幕'],
    // Another meeting, 主持並講話 in Traditional, two spaces.
    ['區人大常委會舉行第五次會議  黃偉主持並講話  劉芳出席', '區人大常委會舉行第五次會議'],
    // One part on the line under the headline (a deck line alone; 讲话 names a genre, but the line is no title's end).
    ['县人大常委会举行第十二次会议\n王立新主持并讲话', '县人大常委会举行第十二次会议'],
    ['區人大常委會舉行第五次會議\n黃偉主持並講話', '區人大常委會舉行第五次會議'],
    // The headline with its one-part deck, then the headline alone and the deck alone (1404's shape).
    ['市五届人大常委会举行第八次会议 李红主持并讲话\n市五届人大常委会举行第八次会议\n李红主持并讲话', '市五届人大常委会举行第八次会议'],
    ['市五屆人大常委會舉行第八次會議 李紅主持會議\n市五屆人大常委會舉行第八次會議\n李紅主持會議', '市五屆人大常委會舉行第八次會議'],
    // A kicker over the main line that its deck closes on its line: kicker and main line, as 1308's one-line block.
    ['牢记嘱托勇担当 实干奋进开新局\n县政协十届三次会议开幕 陈志明等到会祝贺 林国华出席', '牢记嘱托勇担当 实干奋进开新局 县政协十届三次会议开幕'],
  ])('%s', (head, want) => {
    expect(title(head)).toBe(want);
  });
  it.each([
    // One part after a headline on its line, printed nowhere else: the headline's own second half (33's gold).
    ['全省第二场地区咨询会下午举行 省长及多名厅长出席', '全省第二场地区咨询会下午举行 省长及多名厅长出席'],
    // Parts with no meeting's event before them: the only headline the page shows (824's gold).
    ['张强宣布项目开放竣工开通 李明致辞 王华主持', '张强宣布项目开放竣工开通 李明致辞 王华主持'],
    // A headline whose last phrase names a meeting, not a part.
    ['习近平出席 中国共产党成立100周年大会', '习近平出席 中国共产党成立100周年大会'],
  ])('look-alike stays: %s', (head, want) => {
    expect(title(head)).toBe(want);
  });
});

describe('a headline broken at its dash runs on into its second half, no space after the dash', () => {
  const LEAD = '\n南阳网讯 (全媒体记者陈琼)近日，省委宣传部盛赞本报的新闻宣传工作。全国两会是国家政治生活大事之一。\n';
  it.each([
    // The second half in phrases (1407's shape).
    ['省委宣传部充分肯定本报全国两会新闻宣传工作——\n传递权威声音 回应社会关切', '省委宣传部充分肯定本报全国两会新闻宣传工作——传递权威声音 回应社会关切'],
    // Traditional, a horizontal bar for the dash.
    ['省委宣傳部充分肯定本報全國兩會新聞宣傳工作――\n傳遞權威聲音 回應社會關切', '省委宣傳部充分肯定本報全國兩會新聞宣傳工作――傳遞權威聲音 回應社會關切'],
    // The second half one phrase, no space in it.
    ['市委宣传部充分肯定本报全国两会新闻宣传工作——\n传递权威声音回应社会关切', '市委宣传部充分肯定本报全国两会新闻宣传工作——传递权威声音回应社会关切'],
    // A single dash, Traditional, one phrase; a blank line between the halves.
    ['縣委宣傳部肯定本報兩會報道工作—\n\n傳遞權威聲音回應社會關切', '縣委宣傳部肯定本報兩會報道工作—傳遞權威聲音回應社會關切'],
  ])('%s', (head, want) => {
    expect(readPage(`${head}${LEAD}`).title).toBe(want);
  });
  it('look-alike stays: a ——subtitle on its own line under a complete headline is not the title (1011, 84)', () => {
    expect(readPage(`聚焦发展献良策 同心奋进启新程\n——民进某市委会2026年市两会履职综述${LEAD}`).title).toBe('聚焦发展献良策 同心奋进启新程');
  });
});

describe("several speakers' ——line on the headline's line is the headline's, one speaker's meeting line is not", () => {
  const TEXT = '\n编者按：\n在市政协会议第一次全体会议上，委员们围绕民生热点问题进行了大会发言。本报特将发言摘要刊登。\n';
  it.each([
    // A group and a count of people (1430's shape).
    ['集智聚力献良策 同心同德惠民生(上)——提案办理单位代表及7位政协委员在市政协十四届五次会议第一次全体会议上发言'],
    // Traditional, a count in Chinese numerals.
    ['集智聚力獻良策 同心同德惠民生(下)——十位政協委員在市政協十四屆五次會議第二次全體會議上發言'],
    // Plural 们, a horizontal bar.
    ['建言献策谋发展――委员们在县政协九届四次会议大会上发言'],
    // A list mark between two speakers, 座谈会.
    ['凝聚共识促发展——企业代表、基层干部在全市民营经济座谈会上发言'],
  ])('%s', (head) => {
    expect(readPage(`${head}${TEXT}`).title).toBe(head);
  });
  it.each([
    // One speaker's meeting line after a speech's title: the speech's title alone (35's gold).
    ['强化“四个度”推进高质量发展——领导在市十五届人大三次会议闭幕会上的讲话', '强化“四个度”推进高质量发展'],
    ['政府工作報告——縣長 陳志明在縣十屆人大五次會議上', '政府工作報告'],
    // One speaker's posts joined by 、 before the name: one speaker, no list of them.
    ['凝心聚力 攻坚克难——县委副书记、县长王某在县十八届人大三次会议上的讲话', '凝心聚力 攻坚克难'],
    ['堅定信心 真抓實幹——市委常委、常務副市長張某在全市經濟工作會議上的講話', '堅定信心 真抓實幹'],
  ])('look-alike is cut: %s', (head, want) => {
    expect(readPage(`${head}${TEXT}`).title).toBe(want);
  });
});

describe("a page <title>'s site part as a chain (channel, site, slogan) goes; the headline and its ——line stay", () => {
  const REST = '\n注册 | 登录 | 帮助中心\n来源:某某日报 时间:2019-01-18 08:30:00\n  市委七届九次全会重点对“四城同建”作了安排，并就具体目标提出意见。\n';
  it.each([
    // Two underscores, then a channel, a dash, the site, a hyphen, its slogan (1422's shape).
    [
      '全力推进“四城同建” 让某市更加精彩 ——系列评论之四__新闻频道——某某网-某某市委、市政府唯一重点新闻门户网',
      '全力推进“四城同建” 让某市更加精彩 ——系列评论之四',
    ],
    // Traditional, bars with spaces.
    ['全力推進「四城同建」 讓某市更加精彩 ――系列評論之四 | 新聞頻道 | 某某新聞網', '全力推進「四城同建」 讓某市更加精彩 ――系列評論之四'],
    // Spaced hyphens.
    ['全力推进“四城同建” 让某市更加精彩 - 本地新闻 - 某某网', '全力推进“四城同建” 让某市更加精彩'],
    // Full-width underscores, Traditional.
    ['全力推進四城同建 讓某市更加精彩＿新聞頻道＿某某網', '全力推進四城同建 讓某市更加精彩'],
  ])('%s', (head, want) => {
    expect(readPage(`${head}${REST}`).title).toBe(want);
  });
  it.each([
    // A column's name before a bar is the headline's lead, no site chain after it.
    ['两会专题|政府工作报告解读', '政府工作报告解读'],
    // A chain with no site's name in it stays the title's.
    ['某县召开全县经济工作会议 - 部署今年重点工作 - 确保开好局', '某县召开全县经济工作会议 - 部署今年重点工作 - 确保开好局'],
  ])('look-alike: %s', (head, want) => {
    expect(readPage(`${head}${REST}`).title).toBe(want);
  });
});

describe('the new patterns stay linear on hostile lines', () => {
  it.each([
    ['a deck-like line of 200 000 characters', `某会议开幕 ${'某某主持并讲话 '.repeat(25_000)}`],
    ['a chain of 200 000 separators', `全力推进某项工作${'__新闻频道——某某网'.repeat(20_000)}`],
    ['a dash-ended line of 200 000 characters', `${'宣传工作'.repeat(50_000)}——\n传递权威声音`],
  ])('%s', (_name, head) => {
    const t0 = performance.now();
    readPage(`${head}\n本报讯 会议召开。\n`);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("a headline that names the place then the year before a report's spaced-out heading is the title", () => {
  const REPORT =
    '\n发布时间:2026-01-15 11:12 信息来源:某县人民政府办公室\n政 府 工 作 报 告\n—2025年12月18日在县第十七届人民代表大会第五次会议上\n县人民政府县长 王某某\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n';
  const REPORT_T =
    '\n發布時間:2026-01-15 11:12 信息來源:某縣人民政府辦公室\n政　府　工　作　報　告\n——2025年12月18日在縣第十七屆人民代表大會第五次會議上\n各位代表:\n現在,我代表縣人民政府,向大會報告工作,請予審議。\n';
  it.each([
    // 1410's shape: a county, a year, the genre.
    ['某溪县2026年政府工作报告', REPORT],
    // Traditional, 年度, a full-width spaced heading under it.
    ['某溪縣2025年度政府工作報告', REPORT_T],
    // A district, a year in Chinese numerals.
    ['某某区二〇二五年政府工作报告', REPORT],
    // A city, spaces round the year.
    ['某某市 2026 年政府工作报告', REPORT],
  ])('%s', (head, rest) => {
    expect(readPage(`${head}${rest}`).title).toBe(head);
  });
  it("look-alike: a person's words before the genre are no fuller name (the heading stays)", () => {
    expect(readPage(`某溪县县长在会上作政府工作报告${REPORT}`).title).toBe('政府工作报告');
  });
});

describe("a forum's anti-copy junk glued after a title is no part of it, nor a paragraph's broken brackets", () => {
  const POST =
    '\n亲民网信息 《南阳日报》3月1日在头版头题位置刊发的长篇通讯，在县内外引起广泛关注。\n针对通讯中揭示出来的命题，县内外读者普遍反映文章找到了病源。\n';
  it.each([
    // After a half-width colon and a space (1412's shape).
    ['内乡再掀解放思想加快发展热潮: b( a `/ n/ C7 \\! a', '内乡再掀解放思想加快发展热潮'],
    // A full-width colon glued to the first mark.
    ['某县再掀解放思想加快发展热潮：] q. T8 ~& Z) x', '某县再掀解放思想加快发展热潮'],
    // Traditional, no colon, a bar and a quote among the marks.
    ['某縣再掀解放思想加快發展熱潮 ?) V- n, | p2 W"', '某縣再掀解放思想加快發展熱潮'],
    // Full-width brackets, the colon glued to the first mark.
    ['某县再掀解放思想加快发展热潮:b（ a `/ n/ C7 ） a', '某县再掀解放思想加快发展热潮'],
    // Under a stray bar line, as the forum's page starts.
    ['|\n某县再掀解放思想热潮: X3 }* b7 e$ R/ u', '某县再掀解放思想热潮'],
  ])('%s', (head, want) => {
    expect(readPage(`${head}${POST}`).title).toBe(want);
  });
  it("look-alike: a title's own letters with no marks stay", () => {
    expect(readPage(`某县发布2025年GDP数据 A B C D${POST}`).title).toBe('某县发布2025年GDP数据 A B C D');
  });
  it('a jammer-like tail of 200 000 characters stays linear', () => {
    const t0 = performance.now();
    readPage(`某县再掀解放思想热潮${' b( a `/'.repeat(30_000)}${POST}`);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("a one-line page's headline glued before its text's first sentence with a space is the title", () => {
  const TEXT =
    '新竹市長當選人高虹安22日率隊拜訪新竹縣議長張鎮榮,尋求縣議會對未來縣市合作的支持,隨後也拜會新竹縣長楊文科與縣府團隊,就道路工程的進度、未來規劃與預算等議題進行意見交換。\n';
  const TEXT_S =
    '市长当选人王某22日率队拜访县议会，寻求县议会对未来县市合作的支持，随后也拜会县长与县府团队，就道路工程的进度、未来规划与预算等议题进行意见交换。\n';
  it.each([
    // Two phrases, Traditional, a comma in the text (1528's shape).
    [`合作創雙贏 高虹安拜會竹縣府、議會 ${TEXT}`, '合作創雙贏 高虹安拜會竹縣府、議會'],
    // Simplified, full-width comma, a full-width space before the text.
    [`合作创双赢 市长当选人拜会县府、议会\u3000${TEXT_S}`, '合作创双赢 市长当选人拜会县府、议会'],
    // One phrase, two spaces before the text.
    [`高虹安拜會竹縣府尋求縣市合作  ${TEXT}`, '高虹安拜會竹縣府尋求縣市合作'],
    // Another city's names and numbers, the headline with a number in it.
    [`县市携手推进5项重点工程 市长拜会县府 ${TEXT_S}`, '县市携手推进5项重点工程 市长拜会县府'],
  ])('%s', (page, want) => {
    expect(readPage(page).title).toBe(want);
  });
  it.each([
    // A dateline before the text is no headline (1022).
    [`中評社香港10月20日電(記者 陸文煜)10月19日,${TEXT}`],
    // A paper's news mark and byline neither.
    [`本报讯 记者 王某某 ${TEXT_S}`],
    // The same through a converter that left its pinyin (本報(bào)訊 記者某某, 1743's shape), either script.
    [`本報(bào)訊 記者蒲曉磊 ${TEXT}`],
    [`本报(bào)讯 记者张某某 ${TEXT_S}`],
    // A short opening word is the sentence's own.
    [`今年以来 ${TEXT_S}`],
    // A report's first clause set apart by a space: no news lead's day after it.
    ['在市委市政府的坚强领导下 全县上下凝心聚力、攻坚克难，经济社会发展取得显著成效。全年地区生产总值增长6%，一般公共预算收入增长8%，城乡居民收入稳步提高。\n'],
    ['過去一年是極不平凡的一年 面對複雜嚴峻的形勢，我們堅持穩中求進工作總基調，經濟社會發展取得新成效。全年地區生產總值增長6%，一般公共預算收入增長8%。\n'],
  ])('look-alike has no title: %s', (page) => {
    expect(readPage(page).title).toBe(null);
  });
});

describe("a heading in the text on the title's subject (its words, then 的/之…) is a section of the page, no sibling of the title", () => {
  const SECTIONS = (subject: string, de: string) =>
    `${subject}是新闻媒体行业中的一项重要流程，它主要是为了保证文章的质量。\n一、编辑\n编辑是指专门负责对稿件进行审核和修改的人员。\n${subject}${de}优势\n它可以保证新闻报道的准确性和客观性。\n总结\n它可以让媒体机构更好地控制信息的质量。\n`;
  it.each([
    // 1641's shape: the title, its text, a heading 某某的优势 further down.
    ['编辑发稿三审制详解', '编辑发稿三审制', '的'],
    // Traditional, 之 for 的.
    ['編輯發稿三審制詳解', '編輯發稿三審制', '之'],
    // Another subject and genre word, an empty line over the title.
    ['\n新闻稿件三级审核制度详解', '新闻稿件三级审核制度', '的'],
    // The title with a year in it, another closing word.
    ['2025年稿件三审流程全攻略', '2025年稿件三审流程', '的'],
  ])('%s', (head, subject, de) => {
    expect(readPage(`${head}\n${SECTIONS(subject, de)}`).title).toBe(head.trim());
  });
});

describe("a site's blurb about itself over its page is the site's; the headline under it is the title", () => {
  const PAGE =
    '\n\n熱門文章\n\n澎湖地檢主動率隊出擊 鐵腕清查廢棄物濫倒8處\n\n星期三, 4月 30, 2025 Views \n【記者鄭家瑜報導】澎湖地檢署周士榆檢察長29日率同環保局等機關共同聯合稽查非法傾倒廢棄物案件。本次稽查地點橫跨澎湖...\n';
  const PAGE_S =
    '\n\n热门文章\n\n县检察院主动出击 清查废弃物滥倒8处\n\n2025-04-30\n【记者王某报道】县检察院检察长29日率同环保局等机关共同联合稽查非法倾倒废弃物案件。本次稽查地点横跨全县...\n';
  it.each([
    // 1223's shape: a paper offers a list of services, 等!
    ['澎湖日報提供澎湖每日在地新聞、時事專欄評論、縣政新聞、專題報導、旅遊動態報導、夾報、印刷服務等!', PAGE, '澎湖地檢主動率隊出擊 鐵腕清查廢棄物濫倒8處'],
    // Simplified, a news site, a full stop.
    ['某某新闻网提供本地新闻、时政评论、专题报道、便民服务等。', PAGE_S, '县检察院主动出击 清查废弃物滥倒8处'],
    // A site that says what it is.
    ['某某网是某市委、市政府主办的重点新闻网站。', PAGE_S, '县检察院主动出击 清查废弃物滥倒8处'],
    // Traditional, a media company, a longer list.
    ['某某傳媒提供在地新聞、生活資訊、公共服務、印刷服務等。', PAGE, '澎湖地檢主動率隊出擊 鐵腕清查廢棄物濫倒8處'],
  ])('%s', (blurb, page, want) => {
    expect(readPage(`${blurb}${page}`).title).toBe(want);
  });
  it("look-alike: an office's sentence that opens the text stays the text's (no title)", () => {
    expect(readPage('县政府提供就业岗位、技能培训、创业扶持等服务，帮助群众增收。今年以来全县新增就业3000人。\n').title).toBe(null);
  });
});
