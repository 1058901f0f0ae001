// Round 15 of issue 26, theme A: a line of the site taken as the title. Each class is written for every printing a
// reader would meet (another separator, full- or half-width, Traditional or Simplified, the line alone or among other
// furniture, another site's names and numbers), held here on made-up printings with look-alikes the rule must leave
// alone, on the real pages it was seen on (real-pages.test.ts) and on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers.js';

const BODY = '\n市政府今天召开会议，研究部署今年的重点工作。会议要求各部门抓好落实。\n一、工作回顾\n我们做了工作。\n';
const read = (head: string) => readPage(`${head}${BODY}`);

describe('a site\'s navigation and accessibility lines (skip links, back-to-top links, an image\'s alt text) are no title', () => {
  it.each([
    // the headline below them is found
    ['Jump to the beginning of content\n立法會三題:行政長官向中央人民政府述職', '立法會三題:行政長官向中央人民政府述職'],
    ['Jump to main content\nspacer\n新闻公报\n市长答问：今年经济如何发展', '市长答问：今年经济如何发展'],
    ['Back to top\n市长答问：今年经济如何发展', '市长答问：今年经济如何发展'],
    ['Skip navigation\n\nborder image\n\n新聞稿\n\nborder image\n立法會三題：行政長官向中央人民政府述職', '立法會三題：行政長官向中央人民政府述職'],
    // and a page that prints none has no title
    ['回到頁首', null],
    ['跳過導覽列', null],
    ['跳到主選單', null],
    ['回到頂端', null],
    ['Go to main content', null],
    ['Skip to navigation', null],
    ['Jump to the beginning of content\nborder image', null],
    ['Back to Top\nspacer', null],
  ])('%j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
  it.each([
    // a headline that opens with such words, an English headline about an image
    ['跳出重围：某市召开2024年安全生产工作会议', '跳出重围：某市召开2024年安全生产工作会议'],
    ['回到顶端的设计', '回到顶端的设计'],
    ['Image of the city', 'Image of the city'],
  ])('stays: %j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
});
