// Who made a text, as one lexicon for the two readers of credits: credits.ts (a line of credits, keyed or not) and
// bylines.ts (a byline on a line of its own, a byline that is no title). Round 19 folds their reporter's role into one:
// the outlet that sends the reporter is part of the role as printed (羊城晚报全媒体记者, 新華社記者, 某某新闻记者), and
// a writer's or photographer's mark may stand before the role (文/本报记者 张三, 图/某某日报全媒体记者 李四).

/** The outlet before a reporter's role: the paper's own (本报), a paper's, agency's, site's, station's or media centre's name. */
export const OUTLET_PREFIX =
  '(?:本报|本報|\\p{Script=Han}{2,8}?(?:日报|日報|晚报|晚報|时报|時報|报|報|社|网|網|台|臺|中心|杂志|雜誌|频道|頻道)|\\p{Script=Han}{0,6}?(?:新闻|新聞))';
/** A reporter's role: 记者, its grade (全媒体记者, 首席记者), the outlet before it perhaps (新华社记者). */
export const REPORTER_ROLE = `(?:${OUTLET_PREFIX}?(?:全媒体|全媒體|特约|特約|见习|見習|实习|實習|首席)?(?:记者|記者))`;
/**
 * The desk's roles: who edited, checked, supervised; each step of a review chain (初审, 复审, 终审, 审稿) and who entered
 * the copy (录入, 排版), as a paper's or a site's foot prints them.
 */
export const DESK_ROLE =
  '(?:(?:责任|責任)?(?:编辑|編輯)|责编|責編|主编|主編|编审|編審|审核|審核|审校|審校|校对|校對|(?:初|复|復|覆|终|終)(?:审|審)|审稿|審稿|美编|美編|监制|監製|录入|錄入|排版)';
/** The reporter's companions in the field: a correspondent, an intern. */
export const FIELD_ROLE = '(?:通讯员|通訊員|实习生|實習生)';
/** Every role of a credit, both scripts; a student paper's supervising teacher (指導老師) among them. */
export const ROLE_WORD = `(?:${REPORTER_ROLE}|${FIELD_ROLE}|作者|${DESK_ROLE}|摄影|攝影|摄像|攝像|采写|採寫|撰文|供稿|撰稿|(?:指导|指導)(?:老师|老師|教师|教師))`;
/**
 * A writer's or photographer's mark before a credit (文/, 图／, 摄 /, 文字/, 图文/): what the credit is for. Before a
 * role it says no more than the role does, and the role is the key (文/本报记者 张三 is 本报记者: 张三).
 */
export const CREDIT_MARK_WORD = '(?:文字|图文|圖文|文图|文圖|撰文|摄影|攝影|视频|視頻|文|图|圖|摄|攝)';
export const CREDIT_MARK = `${CREDIT_MARK_WORD}[ \\u3000]{0,2}[/／][ \\u3000]{0,2}`;
/** What a credit line says was made, before its slash (文/, 图片／, 视频/, 文/图): the marks above and the other kinds of work. */
export const MEDIUM_WORD = `(?:${CREDIT_MARK_WORD}|图片|圖片|摄像|攝像|音频|音頻|制图|製圖|设计|設計|海报|海報|统筹|統籌|策划|策劃|编辑|編輯)`;
