// The keys of metadata as report pages print them, and of a page footer's lines: lists, and the tests on a
// key alone (does it name the title, is it a basis label), kept apart from meta.ts's reading of lines.
import { CARD_KEYS } from './meta-card.js';
import { PROVENANCE_KEYS } from './meta-provenance.js';
import { anyScript } from './script-forms.js';

/** A topic's or a column's key (专题, 相關專題, 所属栏目): the page's place on the site, a pair at its foot, among the
 * credits; over the headline a column's label is the site's navigation (所属栏目：通知公告 ⏎ headline), no pair. */
export const TOPIC_KEY = /^(?:相关|相關|所属|所屬|进入|進入)?(?:专题|專題|栏目|欄目)$/;
/** A topic's key and its value alone on a line, perhaps a list's mark before it (- 專題:2025地方兩會, 相关专题：2005年全国两会). */
export const TOPIC_LINE =
  /^(?:[•·●▪*]|[-–](?=[ \u3000]))?[ \u3000]{0,2}((?:相关|相關|所属|所屬|进入|進入)?(?:专题|專題|栏目|欄目))[ \u3000]{0,2}[:：][ \u3000]{0,2}([^ \u3000:：。，][^，,；;。！？]{0,39})$/; // a topic's name, no clause (专题：学习…，推动… is a sentence)

/** Keys that metadata on report pages uses, so a key with no colon (a table cell, 索 引 号) is known. */
export const KNOWN_KEYS = [
  '索引号',
  '索引號',
  '发布机构',
  '發布機構',
  '发文机关',
  '發文機關',
  '发文单位',
  '发布单位',
  '發布單位',
  '成文日期',
  '发文日期',
  '發文日期',
  '发布日期',
  '發布日期',
  '发布时间',
  '發布時間',
  '文号',
  '文號',
  '发文字号',
  '發文字號',
  '主题分类',
  '主題分類',
  '主题词',
  '主題詞',
  '体裁分类',
  '組配分類',
  '组配分类',
  '公开方式',
  '公開方式',
  '公开日期',
  '公開日期',
  '公开范围',
  '公開範圍',
  '有效性',
  '生效日期',
  '失效日期',
  '废止日期',
  '来源',
  '來源',
  '信息来源',
  '信息來源',
  '作者',
  '编辑',
  '編輯',
  '责任编辑',
  '責任編輯',
  '浏览次数',
  '瀏覽次數',
  '访问量',
  '點擊數',
  '点击数',
  '阅读次数',
  '閱讀次數',
  '时间',
  '時間',
  '日期',
  '分类',
  '分類',
  '服务对象',
  '公文种类',
  '实施日期',
  '信息分类',
  '内容分类',
  '公开时限',
  '统一编号',
  '登记号',
  '发布人',
  '發布人',
  // Who wrote, checked or signed a release or a document (發稿人:王某, 签发人：张某).
  '发稿人',
  '發稿人',
  '撰稿人',
  '审稿人',
  '審稿人',
  '审核人',
  '審核人',
  '签发人',
  '簽發人',
  '发布者',
  '發布者',
  '供稿',
  '审核',
  '校对',
  '标题',
  '標題',
  '名称',
  '名稱',
  '记者',
  '記者',
  '责编',
  '責編',
  '编审',
  '編審',
  // The desk's other roles in a credit block (主编 | 张某, 监制：某某), as credits.ts names them.
  '主编',
  '主編',
  '监制',
  '監製',
  '审校',
  '審校',
  '终审',
  '終審',
  '摄像',
  '攝像',
  '浏览量',
  '瀏覽量',
  '点击率',
  // A counter's key glued after a value (来源：政策法规科点击:): the key a split finds.
  '点击',
  '點擊',
  '阅读',
  '閱讀',
  // A catalogue record's page count (页数: 33); a document site's 文档页数 is its file's, not the text's.
  '页数',
  '頁數',
  '关键词',
  '關鍵詞',
  '内容概述',
  '归档时间',
  '生成日期',
  '生效时间',
  '废止时间',
  '发表日期',
  '稿件来源',
  '稿件來源',
  '新闻来源',
  '新聞來源',
  '发文机构',
  '發文機構',
  '公开目录',
  '公開目錄',
  '浏览',
  '瀏覽',
  '新闻稿',
  '新聞稿',
  // When a page was posted, as copy sites word it (發(fā)表于:…).
  '发表于',
  '發表于',
  '發表於',
  '发布于',
  '發布於',
  // A journal article's classification (【中圖分類號】D67 【文獻標識碼】A).
  '中图分类号',
  '中圖分類號',
  '文献标识码',
  '文獻標識碼',
  '文章编号',
  '文章編號',
  // A law database's card (颁布日期, 实施日期 end in 日期 already): its issuer, force and standing.
  '发布部门',
  '發布部門',
  '颁布单位',
  '頒布單位',
  '效力级别',
  '效力級別',
  '时效性',
  '時效性',
  // A news video's credits.
  '剪接',
  '剪輯',
  '剪辑',
  '摄像',
  '攝像',
  '撰文',
  // A rule's status and dates in a 规范性文件 table (文件状态：有效; 實施日期 in Traditional).
  '文件状态',
  '文件狀態',
  '實施日期',
  '統一編號',
  // A press release's contact (新聞稿聯絡人: 許股長…).
  '新聞稿聯絡人',
  '新闻稿联络人',
  '新聞聯絡人',
  '新闻联络人',
  // The 政府信息公开 card's keys in both scripts (是否有效, 組配分類, 更新, 版面): meta-card.ts.
  ...CARD_KEYS,
  // Where a reposted text came from, the original's link (转自, 稿源, 原文链接): meta-provenance.ts.
  ...PROVENANCE_KEYS,
];

/**
 * Keys that name the document itself (文件名称, 信息名称, 标题, 題名, 文章標題): their value is the title
 * again, or the title as the site filed it, so the card never shows them; the header keeps the value as an
 * echo of the title. A row of other keys ending in 名称 (项目名称, 单位名称) is a pair unless its value is the title.
 */
export const TITLE_KEY =
  /^(?:文件|信息|文章|公文|政策|文档|文檔|新闻|新聞|稿件|资料|資料|法规|法規|规章|規章|公告|通知|报告|報告)?(?:名称|名稱|标题|標題|题名|題名)$/;
/** A key that names something by its name or title (项目名称, 主标题): a pair only when its value is not the page's title. */
export const NAMING_KEY = /(?:名称|名稱|标题|標題|题名|題名)$/;

/** Keys of a page footer's lines (地址：… 邮编：… 电话：…): furniture, not the report's metadata. */
export const FOOTER_KEYS = anyScript([
  '地址',
  '网址',
  '地址：',
  '邮编',
  '郵編',
  '电话',
  '電話',
  '联系电话',
  '聯繫電話',
  '传真',
  '傳真',
  '邮箱',
  '電子郵件',
  '电子邮箱',
  '网站标识码',
  '備案號',
  '备案号',
  'ICP备案号',
  '主办',
  '主辦',
  '承办',
  '承辦',
  '技术支持',
  '維護',
  '维护',
  '主办单位',
  '承办单位',
  '联系方式',
]);

/**
 * Keys of toolbar items printed like metadata (字号：[ 大 中 小 ]) and of a breadcrumb set in a table's cells
 * (當(dāng)前位置 : 首頁 |, the residue hiding it from the breadcrumb test): dropped.
 */
export const FURNITURE_KEYS = anyScript([
  '字号',
  '字號',
  '字体',
  '字體',
  '分享到',
  '分享至',
  '打印',
  '视力保护色',
  '背景色',
  '阅读模式',
  '当前位置',
  '當前位置',
  '您的位置',
  '你的位置',
  '所在位置',
  '您所在位置',
  '您所在的位置',
  '您现在的位置',
  '您現在的位置',
  '您当前的位置',
  '您當前的位置',
  '现在位置',
  '當前所在位置',
  '当前所在位置',
]);

/**
 * The law a page rests on, as legal-help and policy pages head it: 法律依據:《…條例》, 政策依据：《…》第十条. A pair
 * only when its value is nothing but names in book-title marks and their articles; a sentence after
 * 依据 (依据：根据《…》规定，…) is text, and a headline 某某的法律依据 is no key.
 */
export const BASIS_KEY = /^\p{Script=Han}{0,6}(?:依据|依據)$/u;
const LAW_NAMES =
  /^《[^《》]{2,60}》(?:《[^《》]{2,60}》|第[〇零一二三四五六七八九十百千\d]{1,6}[条條款項项章节節]|[、，,和及与與或\s]|等(?:有关|有關)?(?:规定|規定)?)*$/u;
export function isBasis(key: string, value: string): boolean {
  return BASIS_KEY.test(key) && LAW_NAMES.test(value.trim());
}

/** A value `key` can take: any, or for a basis label (法律依据：⏎ 《…》) only the names of laws. */
export function fitsKey(key: string, value: string): boolean {
  return !BASIS_KEY.test(key) || LAW_NAMES.test(value.trim());
}

/** A line headed by such a label (法律依据：《…》规定，…): a pair or the text's, never a title. */
export function startsWithBasis(line: string): boolean {
  const m = /^\s*(\p{Script=Han}{1,8})\s*[:：]/u.exec(line);
  return m !== null && BASIS_KEY.test(m[1]!);
}
