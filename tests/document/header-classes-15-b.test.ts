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
