// Readings that depend on the words around a character, over a whole sentence (pinyin-pro reads a run
// of Han characters; these rules see past 、 and into the next run). Each rule is a class measured on
// the audit set (tests/fixtures/audit/): 为 wéi/wèi, 量/调/重 in report vocabulary, 长 straddling a word
// boundary, 一 as an ordinal, 还 in repaying. More in context-words.ts (的, 率, 相).
import { amendStraddles } from './context-straddle.js';
import { amendWords } from './context-words.js';

// After 以 … in the same clause, or before one of these, 为 is the literary wéi (以企业为主体, 为抓手).
const WEI_OBJECT =
  /^(?:一体|一谈|主体|主导|主线|主题|主攻|主战场|主阵地|主渠道|重点|核心|中心|基础|依托|导向|引领|牵引|抓手|指导|指引|目标|前提|保障|支撑|关键|根本|方向|路径|载体|平台|突破口|切入点|龙头|补充|纽带|支点|代价|己任|宗旨|标准|依据|准则|底线|纲|本|先|首|主|辅|重|契机|动力|引擎|示范|样板|标杆|重中之重)/;
// Objects that are verbs too: 为保障国家安全 is "for" (wèi) unless 以 rules the clause.
const WEI_VERB_OBJECT = /^(?:保障|支撑|引领|牵引|指导|指引|依托|补充|示范)(?!的)\p{Script=Han}/u;
// The same two-character objects after a modifier: 为专业支撑, 为重要引擎.
const WEI_OBJECT_AFTER = /^\p{Script=Han}{2}(?:支撑|抓手|引擎|载体|平台|基础|依托|导向|核心|目标|保障|引领|牵引|主线|主体|动力|示范|样板|标杆|支点|纽带|补充)/u;
// A verb before 为 that makes one word with it, wéi whatever follows (成为, 作为基层干部, 认为企业, 评为).
const WEI_VERB_BEFORE = '成作认称评分视定列改变划整设命升降折减细选化融混连结汇转题誉奉沦译名';
// An adverb before 为 makes it wéi (广为, 较为, 更为重要), unless whom it serves follows (更为群众办事).
const WEI_ADVERB_BEFORE = '并广大较更最尤极甚互殊';
// An adverb of amount or sameness before 为 (均为, 皆为, 约为, 亦为, 分别为, 依次为, 仅为, 实为, 即为) makes it "is,
// amounts to", wéi, unless a service for someone follows (平均为每户节约…, 分别为两家企业解决…: wèi). The
// character, and what may not stand before it (不仅为 is "not only for", 切实为 and 立即为 are "for").
const WEI_AMOUNT_BEFORE: Record<string, RegExp> = {
  均: /^/,
  皆: /^/,
  约: /^(?!制)/,
  亦: /^/,
  别: /^分/,
  次: /^[依其]/,
  仅: /^(?!不)/,
  实: /^(?![切扎务着落踏真诚])/,
  即: /^(?![立随旋])/,
};
// Who 为 serves: 为群众办实事, 为企业减负 (wèi, even after 以).
const WEI4_NEXT = /^(?:了|什么|何|此|人民|群众|企业|基层|民|百姓|老百姓|社会|大家|他|她|你|我|经营主体|群体|孩子|子孙)/;
// Words that end a clause's 以 as a preposition: 以上, 以来, 可以, 加以 … are no 以 … 为.
const NOT_YI = /^(?:以[上下来及后前外内便免至致往赴期]|[所可难予加用得足借]以)/;
const CLAUSE_END = '，。；！？：,;:!?';

// 量 after a character is the noun liàng (增量, 存量, 吞吐量); the verb liáng only after these.
const LIANG2_BEFORE = '测丈衡估掂思商打称考酌';
// 调 is diào before these (调研, 调度) and after these (基调, 论调, 强调); otherwise as pinyin-pro reads it.
const DIAO_NEXT = '研度任动查配运入出用派阅取换档令水沙';
const DIAO_BEFORE = '基论腔格声音曲语情强单笔';
// 调 before these is tiáo (调节, 调整, 调控, 调解), unless it ends a word of its own (强调|整体).
const TIAO_NEXT = '节整控解和剂理适试价味';
// 调 after these is tiáo, one word with them, whatever word 调 would make with the next (协调|动员, 空调|运行).
const TIAO_BEFORE = '协空失烹微';
// 重 is chóng (again) before these, and zhòng (weighty) before those; 两重 (the two 重 of a report) is zhòng.
const CHONG_NEXT = '建启组整塑构申振返现温新复叠修置审铸走回获演播述印';
const ZHONG_NEXT = '点大要视任型工量金症灾污伤器兵镇头';
// 长 before these is cháng (长期, 长远), so a word read across the boundary (银行|长期 → 行长) is undone.
const CHANG_NEXT = '期远效久足江城河廊途跑假篇短达年';
const ZHANG_BEFORE = '增成生助滋';
// 长 after a body or a place is its head, zhǎng (局长, 船长, 河长制), where pinyin-pro knows no such word
// and reads cháng; not before a word that starts with 长 (黄河|长江, 国家|长治久安, 车|长度).
const HEAD_OF = '局处科股船警舰机车站院馆校系班组队部厅司署社团营连排师军旅镇乡村县市省州区街河湖林田链路园楼栋族家兄首官董总副检审庭店港场厂矿';
const NOT_HEAD_NEXT = '度宽高治';
// A verb that makes a word with 行 (推行, 实行): the 长 after it starts the next word (推行|长护险), no 行长.
const XING_VERB_BEFORE = '推实执运进施先践履试奉发';
// Verbs and prepositions that take the particle 着 (zhe): 沿着, 随着, 朝着, 意味着.
const ZHE_BEFORE = '沿随朝向顺照接本凭靠绕带味围';
// 重 after these ends a word (危重, 严重, 注重): the 新 after it starts the next one (危重|新生儿), no 重新.
const ZHONG_END = '危严繁沉笨贵稳隆庄厚凝慎珍敬尊注偏侧';
// 藏 is Tibet, zàng, beside these (西藏, 援藏, 藏医, 藏羚羊); otherwise pinyin-pro's reading (储藏 cáng).
const ZANG_BEFORE = '西青川滇新涉援入进驻治汉固兴建稳';
const ZANG_NEXT = '族医药区语文羚传戏式北南东香毯布獒袍历剧粤羊鸡猪';
// 省 before these is the province, shěng (国内|省区市: no 内省 xǐng).
const SHENG_NEXT = '区市级委政份会长际直属厅内';

// A verb's 得 before a result (看得见, 扛得起, 守得住) is the neutral de; 取得, 获得 … keep dé.
const DE_RESULT = '见着住起到了完动清好上下出来去开过懂透成及稳牢准掉活';
const DE2_BEFORE = '取获赢值使免难心所应记觉晓懂显求谋夺博换赚购习';
// A verb's 得 before how well it is done (做得还不够, 跑得更快, 干得很好) is de as well.
const DE_DEGREE = '还很更太非比越十最真特挺尤';
// 得 before these makes a word of its own (得到, 得出, 得来, 得了, 得过: 问题得到解决 dé), so it is de only
// after a verb that takes a result (做得到, 拿得出); 到位 and 出色 are words after a de (落实得到位).
const DE_WORD_NEXT = /^[到出来了过](?!位|色)/;
// A potential complement, verb 不 result (说不清, 跟不上, 靠不住, 摸不着): 不 is the neutral bu, as 得
// is de in 说得清. The verbs are one-character verbs that take a result; characters that mostly end
// another word before a negation (以来|不断, 还|不够, 确保|不出现, 作用|不大) are not among them, nor are
// results that are words of their own after 不 (不断, 不够, 不会, 不大, 不明, 不全, 不齐).
const POTENTIAL_VERB =
  '说看买卖管离做跟吃靠拿用等受睡找听想写挡稳放走守扛摸记认猜赶比顶撑闯抓留压控堵躲逃忘免少缺谈算数查挤冲跑追搬抬拉拔打扔穿洗擦读学教讲问懂信叫喝过活干顾合办解舍熬坐站躺跳爬飞挑分辨估弄搞提犯划容装养救治拦刹收补赔借';
const COMPLEMENT = '见清到起上下住开了完动好成出来去过懂透掉着及通赢准定惯稳牢尽饱';
// X不X is a question (会不会, 能不能: bu5), unless the first X ends a noun before it (社会|不会, 功能|不能).
const WORD_END_BEFORE_BU: Record<string, string> = { 会: '社大全协机工学商省年例晚峰览员议联总', 能: '功可智技性效体潜动产职本才' };
// 不 before one of these negates the word (监管|不到位, 治理|不完善), whatever came before it.
const NEGATED_WORD = /^(?:到位|出现|出台|完善|完全|上市|开展|开放|过度|过多|过大|过高|过快|过分|动摇|好意思|成熟|到底)/;
// 子 is the noun suffix zi (钱袋子, 路子, 班子, 法子) unless it is the noun zǐ: a particle (原子, 电子, 分子),
// a thinker or a person of a kind (孔子, 君子, 学子, 男子), a seed (莲子, 棋子), or a word that starts with
// it (子女, 子公司). pinyin-pro knows the zi words it has been told about and reads the rest zǐ.
const ZI3_BEFORE = '亲原电分质中粒量因离光核介算孔孟庄荀墨韩列老君天太王公男女弟才臣赤学游士浪骄孝逆莲瓜棋松卵精孢母父独长嫡庶诸夫甲虾鱼';
const ZHAO_VERB = '睡找猜摸够碰遇逮抓点烧借查打买';
const ZI3_WORD = /^子(?:女|孙|弟|公司|项|系统|午|弹|宫|夜|时|集|网|目录|民)/;

const NUMERALS = '零〇一二三四五六七八九十百千万亿两幺';
// 发 before these is fā, sending out (发展, 发表, 发挥, 发现, 发布).
const FA1_NEXT = '展表挥现布放出起动达明射送言扬掘';
// …unless it is hair (理发, 头发, 毛发|生长).
const FA4_BEFORE = '理头毛白黑鬓秀假削脱植染烫护洗美';

// A verb of two characters that ends in a change of state, before 为 "into, as" (升级为, 成长为, 更名为,
// 合并为, 打造为): wéi, unless whom it serves follows (WEI4_NEXT).
const WEI4_SERVE = /^(?:人民群众|老百姓|群众|企业|基层|百姓|民)\p{Script=Han}{0,2}?(?:服务|办|解|减|纾|排|谋|造福|提供|分忧|着想)/u;
// A service done for someone later in the clause (为市场主体减负, 为中小企业提供融资, 为全市高质量发展提供
//保障): 为 is wèi; not 为期, 为止, 为难 ….
const WEI4_BEFORE_SERVICE =
  /^(?![期止准伍难首])\p{Script=Han}{1,16}?(?:减负|纾困|解难|解忧|排忧|分忧|服务(?![业区])|办实事|办好事|办事|提供|创造|营造|搭建|保驾护航|撑腰|兜底|松绑|造福|谋福|增收|护航|铺路|着想|让利|追回|挽回|讨回|擘画|谋划|指明|贡献|赋能|节约|节省|解决|争取|拨付)/u;
// A quantity after 为 (占比为百分之四十, 增速为六点五, 为三类): numerals and then a unit, a decimal point or the
// clause's end; not a place that starts with a numeral (为六盘水…提供, 为三亚).
const WEI_QUANTITY =
  /^(?:负?[零一二三四五六七八九十两百千万亿]+(?:[点个元人家户项吨米岁年天倍分次名所座条件台辆亩级类期届位只批种股斤克升度成比至到余多左以]|[^\p{Script=Han}]|$)|百分之|千分之)/u;
const WEI_VERB2_BEFORE =
  /(?:升级|降级|升格|成长|更名|合并|打造|培育|发展|转型|化身|转换|压缩|缩减|聘任|改造|建成|扩展|拓展|提升|调整|简化|界定|归类|构建|确立|塑造|创建|命名|评选|确定|保留|改组|重组)$/;
// 地 after an adjective or adverb of two characters or more is the adverbial de (清醒地看到, 紧密地团结,
// 创造性地, 扎实地, 鲜明地, 严格地): pinyin-pro reads 地 dì everywhere. The adjective's last character is one of
// these, which rarely end a noun in 地 (not 实地, 当地, 各地, 重地, 平地); 实 only in 扎实, 切实, 踏实, 务实, 真实.
const DE_ADVERB_END = '实醒密极效断续分入定面学准动觉刻力序真正底紧速妥显著致快然性统常步细活观确久易单勉勤视烈猛劲静默稳好明泛格决晰功利肃诚谐容';
// 地 before these starts a noun (好地方, 自然地理, 固定地点, 指定地块): dì.
const DI_NOUN_NEXT = '方区位震质铁面下上产块图标理域点段带貌球税价形势级市县头界基盘址缘名板皮表壳主摊委毯层处道';
// 一 after 星期/礼拜 (星期一上午), or after 周 unless a measure follows (每周一次, 周一圈): a weekday, yī.
const WEEK_MEASURE = '次回遍趟天个轮期批届度片圈份道项';
// 行 after 一, as "a party" of visitors (部长一行到…, 代表团一行五人): xíng; 一行字 is háng.
const YI_XING_NEXT = /^(?:[到来赴抵在于人前莅，。、,.；;二三四五六七八九十]|考察|调研|参观|深入|走访|一同|先后|实地|$)/;
// 数 after these ends a noun (底数, 基数, 人数, 次数): shù, not the verb shǔ of 数不清.
const SHU4_BEFORE = '底基人次总指分参系倍函变层户件票页字位岁尾余整奇偶约半复单无台份';
// 少 before these is shǎo (少有, 少数, 少量): no 年少 across 多年|少有.
const SHAO3_NEXT = '有数量许见';
// 卷 is juǎn, the verb, before these and after these (卷入, 席卷, 内卷); juàn the noun otherwise (试卷, 问卷).
const JUAN3_NEXT = '入起土走烟曲发尺帘';
const JUAN3_BEFORE = '内席翻漫';
// Words that start with 一 and take its sandhi even after one of those (综合|一体化, 专门|一张网).
const YI_WORDS = /^一(?:些|体化|揽子|站式|把手|盘棋|张网|张图|条龙|网通|件事|系列|大批)/;
// 期 counts sessions after these (讲座一期, 研讨班一期) and before these (一期培训班): 一 is yì.
const QI_COUNTED_END = '座班会训课刊赛展报';
const QI_COUNTED_NEXT = /^(?:培训|讲座|研讨|训练|专题|节目|杂志|刊物|简报|课程|沙龙|论坛)/;
// 应 is the answering yìng before these (应急, 应对, 应变, 应用): 应急应变 is no 应知应会.
const YING4_NEXT = '急对变用答战邀聘酬运';
// 一 that ends a word keeps yī: 统一, 唯一, 之一, 逐一, 第一.
const YI1_BEFORE = '第统唯之万逐如专同划单归合整始纯均';

type Reread = (word: string) => string[];

/**
 * Mend `syl` (one reading a character, '' where none) in place, by the rules above. `chars` is the
 * whole spoken sentence, one code point an item; `reread` reads a short word out of context.
 */
const NO_BREAKS: ReadonlySet<number> = new Set();

export function amendInContext(chars: string[], syl: string[], reread: Reread, breaks: ReadonlySet<number> = NO_BREAKS): void {
  const at = (k: number) => chars[k] ?? '';
  // Whether a quote or title mark stood between chars[k - 1] and chars[k] (spoken.ts WORD_BREAK): a
  // complement never reaches across it (“好用”“不见外” is no 用不见).
  const joined = (k: number) => !breaks.has(k);
  const after = (k: number, n = 6) => chars.slice(k + 1, k + 1 + n).join('');
  // Whether a 以 (not of 以上, 可以 …) has come since the clause began, for 以 … 为: kept as the loop
  // goes, not looked for backwards from each 为 (a clause of n 为 took n² steps; a sentence has no limit).
  let yiInClause = false;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    if (CLAUSE_END.includes(c)) yiInClause = false;
    else if (c === '以' && !NOT_YI.test(chars.slice(k, k + 2).join('')) && !NOT_YI.test(chars.slice(k - 1, k + 1).join(''))) yiInClause = true;
    const prev = at(k - 1);
    const next = at(k + 1);
    if (c === '为' && syl[k]) {
      const rest = after(k);
      if (prev === '因') continue;
      // A caption, 图为… ("the picture shows"): wéi.
      if (prev === '图' && !/\p{Script=Han}/u.test(at(k - 2))) {
        syl[k] = 'wei2';
        continue;
      }
      // 为了 after a word that ends in one of the verbs is "for" (工作|为了); 成为了 is always "became".
      // 名 is a measure after a number (一名为乡村振兴奉献的干部: for), a verb's 为 otherwise (名为, 更名为).
      if (prev === '名' && `${NUMERALS}每几这那各某`.includes(at(k - 2) || '-')) {
        syl[k] = 'wei4';
        continue;
      }
      if (
        prev &&
        WEI_VERB_BEFORE.includes(prev) &&
        (prev === '成' || !rest.startsWith('了')) &&
        ('成作认称视'.includes(prev) || !WEI4_SERVE.test(after(k, 8)))
      ) {
        syl[k] = 'wei2';
        continue;
      }
      // 更名为人民医院 (wéi), but 提升为民服务的能力 (wèi: whom it serves, then the service).
      if (WEI_VERB2_BEFORE.test(chars.slice(Math.max(0, k - 2), k).join('')) && !rest.startsWith('了') && !WEI4_SERVE.test(after(k, 8))) {
        syl[k] = 'wei2';
        continue;
      }
      if (WEI4_NEXT.test(rest)) {
        syl[k] = 'wei4';
        continue;
      }
      if (prev && WEI_AMOUNT_BEFORE[prev]?.test(at(k - 2))) {
        syl[k] = WEI4_BEFORE_SERVICE.test(after(k, 20)) ? 'wei4' : 'wei2';
        continue;
      }
      // 为 the verb "do", with no object after it (积极有为, 有所为, 该为的必须为、能为的努力为): wéi; 为的是 is
      // "so that", and 所有|为青海建设 is "for".
      if (
        /\p{Script=Han}/u.test(prev) &&
        // 有为 "capable" ends its phrase or goes before 政府, 青年 …; 有|为县发展倾注心血 is "for".
        // An object may be Latin or a number (要为AI赋能, 为App瘦身): only a mark or the end leaves 为 none.
        ((prev === '有' && at(k - 2) !== '所' && (!/[\p{L}\p{N}]/u.test(next) || /^(?:[的之、有者]|政府|青年|人才|干部)/.test(rest))) ||
          (prev === '所' && '有不'.includes(at(k - 2) || '-')) ||
          !/[\p{L}\p{N}]/u.test(next) ||
          (next === '的' && at(k + 2) !== '是'))
      ) {
        syl[k] = 'wei2';
        continue;
      }
      // 为 before a quantity is "is": 占比为百分之四十, 出生率为千分之八.
      if (
        // …unless whom a service is done for follows (为二点一五万名劳动者追回工资).
        (WEI_QUANTITY.test(rest) && !WEI4_BEFORE_SERVICE.test(after(k, 20))) ||
        // An object that is a verb too, with its own object after it (为保障国家安全), is no 以…为 object.
        (WEI_OBJECT.test(rest) && (yiInClause || !WEI_VERB_OBJECT.test(rest))) ||
        (WEI_OBJECT_AFTER.test(rest) && (yiInClause || !WEI4_BEFORE_SERVICE.test(after(k, 20)))) ||
        (prev && WEI_ADVERB_BEFORE.includes(prev) && !rest.startsWith('了'))
      )
        syl[k] = 'wei2';
      // 以 … 为 in the same clause (、 does not end it: 以企业为主体、市场为导向).
      else if (yiInClause) syl[k] = 'wei2';
      // A four-character slogan, AB为C (实干为要, 创新为魂, 安全为先): 为 is "is", wéi; not 为公 (立党为公 wèi).
      else if (/\p{Script=Han}/u.test(at(k - 2)) && /^\p{Script=Han}(?!\p{Script=Han})/u.test(rest) && !'公谁'.includes(next)) syl[k] = 'wei2';
      // Without 以, 为 before whom a service is done (为市场主体减负, 为困难家庭提供…) is wèi.
      else if (WEI4_BEFORE_SERVICE.test(after(k, 20))) syl[k] = 'wei4';
    } else if (c === '量' && syl[k] === 'liang2' && /\p{Script=Han}/u.test(prev) && !LIANG2_BEFORE.includes(prev)) syl[k] = 'liang4';
    else if (c === '调' && syl[k] && TIAO_BEFORE.includes(prev || '-')) syl[k] = 'tiao2';
    else if (c === '调' && syl[k] && (DIAO_NEXT.includes(next || '-') || DIAO_BEFORE.includes(prev || '-'))) syl[k] = 'diao4';
    else if (c === '调' && syl[k] === 'diao4' && TIAO_NEXT.includes(next || '-')) syl[k] = 'tiao2';
    else if (c === '重' && syl[k]) {
      // 着 after a word that takes the particle (沿着|重庆, 随着|重建, 意味着|重大) is zhe; elsewhere 着重
      // (着重建设, 要着重解决) is zhuó zhòng, not 着|重建.
      const particle = prev === '着' && ZHE_BEFORE.includes(at(k - 2) || '-');
      if (particle && syl[k - 1] === 'zhuo2') syl[k - 1] = 'zhe5';
      if (prev === '两' || ZHONG_NEXT.includes(next || '-')) syl[k] = 'zhong4';
      else if (ZHONG_END.includes(prev || '-')) syl[k] = 'zhong4';
      else if (prev === '着' && !particle) {
        syl[k - 1] = 'zhuo2';
        syl[k] = 'zhong4';
      } else if (CHONG_NEXT.includes(next || '-') || prev === '双' || prev === '多') syl[k] = 'chong2';
    } else if (c === '长' && syl[k] === 'zhang3' && prev === '行' && XING_VERB_BEFORE.includes(at(k - 2) || '-')) {
      syl[k - 1] = 'xing2';
      syl[k] = 'chang2';
    } else if (
      c === '长' &&
      syl[k] === 'zhang3' &&
      CHANG_NEXT.includes(next || '-') &&
      !ZHANG_BEFORE.includes(prev || '-') &&
      // 任市长|期间, 董事长|期间: the head's term, not 长期.
      after(k, 2) !== '期间'
    ) {
      syl[k] = 'chang2';
      // The character before was read as part of a word with 长 (行长, 区长): read it with its own neighbour.
      if (prev && at(k - 2) && /\p{Script=Han}/u.test(at(k - 2))) syl[k - 1] = reread(at(k - 2) + prev)[1] || syl[k - 1]!;
    } else if (
      c === '得' &&
      syl[k] === 'de2' &&
      joined(k) &&
      joined(k + 1) &&
      (DE_RESULT.includes(next || '-') || DE_DEGREE.includes(next || '-') || (next === '通' && !/\p{Script=Han}/u.test(at(k + 2)))) &&
      (!DE_WORD_NEXT.test(after(k, 2)) || POTENTIAL_VERB.includes(prev)) &&
      !DE2_BEFORE.includes(prev || '-') &&
      /\p{Script=Han}/u.test(prev)
    ) {
      syl[k] = 'de5';
      if (prev === '干') syl[k - 1] = 'gan4';
    } else if (
      c === '不' &&
      syl[k] &&
      joined(k) &&
      joined(k + 1) &&
      POTENTIAL_VERB.includes(prev || '-') &&
      COMPLEMENT.includes(next || '-') &&
      !NEGATED_WORD.test(after(k)) &&
      !(prev === '数' && syl[k - 1] === 'shu4')
    ) {
      syl[k] = 'bu5';
      // 干 with a result is the verb gàn (干不完, 干得好), not gān.
      if (prev === '干') syl[k - 1] = 'gan4';
    } else if (c === '不' && syl[k] === 'bu5' && next === prev && WORD_END_BEFORE_BU[prev]?.includes(at(k - 2) || '-')) {
      // 社会|不会, 功能|不能: the first 会 ends a noun, so this is no 会不会 question; 不 keeps its tone.
      syl[k] = syl[k + 1]?.endsWith('4') ? 'bu2' : 'bu4';
    } else if (c === '着' && (prev === '得' || prev === '不') && (!/\p{Script=Han}/u.test(next) || POTENTIAL_VERB.includes(at(k - 2) || '-'))) syl[k] = 'zhao2';
    // 着 as the result reached (找着了, 猜着了: found, guessed right) is zháo, as in 睡着了.
    else if (c === '着' && next === '了' && ZHAO_VERB.includes(prev || '-')) syl[k] = 'zhao2';
    else if (
      c === '子' &&
      syl[k] === 'zi3' &&
      /\p{Script=Han}/u.test(prev) &&
      !ZI3_BEFORE.includes(prev) &&
      !ZI3_WORD.test(chars.slice(k, k + 4).join('')) &&
      !NUMERALS.includes(prev)
    )
      syl[k] = 'zi5';
    // 地 as the adverbial de: an adjective's last character before it (清醒地), or a doubled one (牢牢地).
    else if (
      c === '地' &&
      syl[k] === 'di4' &&
      /\p{Script=Han}/u.test(at(k - 2)) &&
      (DE_ADVERB_END.includes(prev || '-') || (prev === at(k - 2) && !NUMERALS.includes(prev))) &&
      (prev !== '实' || '扎切踏务真'.includes(at(k - 2))) &&
      !(prev === '动' && '天地'.includes(at(k - 2))) &&
      /\p{Script=Han}/u.test(next) &&
      !DI_NOUN_NEXT.includes(next)
    )
      syl[k] = 'de5';
    // 大 is dài only in 大夫, 大王, 大黄: not in 完善|大城市, where pinyin-pro took a word across the boundary.
    else if (c === '大' && syl[k] === 'dai4' && !'夫王黄'.includes(next || '-')) syl[k] = 'da4';
    else if (c === '少' && syl[k] === 'shao4' && SHAO3_NEXT.includes(next || '-') && after(k, 2) !== '有为') syl[k] = 'shao3';
    else if (c === '卷' && syl[k] === 'juan4' && (JUAN3_NEXT.includes(next || '-') || JUAN3_BEFORE.includes(prev || '-'))) syl[k] = 'juan3';
    else if (c === '数' && syl[k] === 'shu3' && SHU4_BEFORE.includes(prev || '-')) {
      syl[k] = 'shu4';
      // 底数|不清 is no 数不清 (countless): the 不 negates 清 and keeps its tone, bù (bú before a fourth tone).
      if (next === '不' && syl[k + 1] === 'bu5') syl[k + 1] = syl[k + 2]?.endsWith('4') ? 'bu2' : 'bu4';
    }
    // 供 is gōng, supply (保供, 供热, 可供选择), but gòng in what is offered or confessed (供奉, 供品, 口供, 供述);
    // 供养 is the offering gòng alone, the support of 特困供养, 集中供养 gōng.
    else if (
      c === '供' &&
      syl[k] === 'gong4' &&
      !'奉品认词状桌述'.includes(next || '-') &&
      !'口上招翻逼'.includes(prev || '-') &&
      (next !== '养' || '困中散'.includes(prev || '-'))
    )
      syl[k] = 'gong1';
    // 更 is gèng, "more", unless it is the change of 更新, 更换 … or a night watch (打更, 三更): 腰包更鼓了 is no 更鼓.
    else if (c === '更' && syl[k] === 'geng1' && !'新换改正替迭名生衣年夫漏'.includes(next || '-') && !'变打二三四五深半'.includes(prev || '-'))
      syl[k] = 'geng4';
    // 退耕还林, 退田还湖: what land is given back to (not 退休|还要).
    else if (c === '还' && ('本款贷债清息'.includes(next || '-') || (at(k - 2) === '退' && '林湖草田海湿滩河绿牧'.includes(next || '-')))) syl[k] = 'huan2';
    else if (c === '长' && syl[k] === 'chang2' && HEAD_OF.includes(prev || '-') && !CHANG_NEXT.includes(next || '-') && !NOT_HEAD_NEXT.includes(next || '-'))
      syl[k] = 'zhang3';
    // 行 in 行动, 行政, 行为, 行使, 行驶 is xíng, whatever word the character before would make with it (外行, 各行,
    // 在行, 中行); after 银 it is always the bank's háng (银行|为企业, not 行为).
    else if (c === '行' && prev === '银') syl[k] = 'hang2';
    // X一行 as a party of visitors (部长一行到…): yì xíng; not 第一行, 这一行 (a trade), 一行字.
    else if (
      c === '行' &&
      prev === '一' &&
      syl[k] === 'hang2' &&
      /\p{Script=Han}/u.test(at(k - 2)) &&
      !`这那每同第哪${NUMERALS}`.includes(at(k - 2)) &&
      YI_XING_NEXT.test(after(k))
    ) {
      syl[k - 1] = 'yi4';
      syl[k] = 'xing2';
    } else if (c === '行' && syl[k] && syl[k] !== 'xing2' && ('动政为使驶'.includes(next || '-') || `${XING_VERB_BEFORE}例举`.includes(prev || '-')))
      // …and after a verb that makes a word with it (进行|会议, 运行|情况: no 行会, 行情 háng).
      syl[k] = 'xing2';
    // 发 in 发展 and 开发, 研发 is fā (内生|发展, not 生发; 开发式, not 发式).
    // …and in 发表, 发挥, 发现 … (司长|发表, 必须|发挥: no 长发 or 须发, hair).
    else if (c === '发' && syl[k] === 'fa4' && ((FA1_NEXT.includes(next || '-') && !FA4_BEFORE.includes(prev || '-')) || '开研'.includes(prev || '-')))
      syl[k] = 'fa1';
    else if (c === '省' && syl[k] === 'xing3' && SHENG_NEXT.includes(next || '-')) syl[k] = 'sheng3';
    else if (c === '藏' && syl[k] === 'cang2' && (ZANG_BEFORE.includes(prev || '-') || ZANG_NEXT.includes(next || '-'))) syl[k] = 'zang4';
    // 应X尽X (应保尽保, 应收尽收) and 应 before what is owed (应收, 应纳, 应缴) is yīng, "due"; so is 应X应Y,
    // "should" twice (应知应会), unless it is the answering yìng (应急应变).
    else if (c === '应' && syl[k] === 'ying4' && (at(k + 2) === '尽' || '收纳缴'.includes(next || '-'))) syl[k] = 'ying1';
    else if (c === '应' && at(k + 2) === '应' && /\p{Script=Han}/u.test(next) && /\p{Script=Han}/u.test(at(k + 3)) && !YING4_NEXT.includes(next)) {
      syl[k] = 'ying1';
      syl[k + 2] = 'ying1';
    }
    // 同一 is a word (同一事项 tóng yī), unless a measure or a number makes 一 a count (同一个, 合同|一千三百份).
    else if (c === '一' && prev === '同' && syl[k] !== 'yi1' && !'个次件位种批些千百万亿'.includes(next || '-')) syl[k] = 'yi1';
    // 一 as a weekday (星期一, 每周一上午, 周一至周五) is yī, whatever tone follows.
    else if (
      c === '一' &&
      (chars.slice(k - 2, k).join('') === '星期' || chars.slice(k - 2, k).join('') === '礼拜' || (prev === '周' && !WEEK_MEASURE.includes(next || '-')))
    )
      syl[k] = 'yi1';
    // 一X一Y, one Y to each X (一季一通报, 一企一策, 一年一度): a count, with the sandhi, even where 一X alone
    // would be an ordinal (一季度, 一月); not a date (一月一日).
    else if (
      c === '一' &&
      at(k + 2) === '一' &&
      /\p{Script=Han}/u.test(next) &&
      /\p{Script=Han}/u.test(at(k + 3)) &&
      !`${NUMERALS}日号`.includes(at(k + 3)) &&
      // …nor a point's 一是 before a 一 word (一是一体推进).
      !`${NUMERALS}比加减乘到至点对是`.includes(next) &&
      !`${NUMERALS}${YI1_BEFORE}周`.includes(prev || '-') &&
      syl[k + 1]
    )
      syl[k] = syl[k + 1]!.endsWith('4') ? 'yi2' : syl[k + 1]!.endsWith('5') ? syl[k]! : 'yi4';
    // 一 of a phase, a grade or a court's instance (一期工程, 石化一期, 一号, 一季度, 一审) is the ordinal yī;
    // but 期 counting sessions (办讲座一期, 一期培训班) is yì.
    else if (c === '一' && '期号季审'.includes(next || '-') && !'每这那同'.includes(prev || '-'))
      syl[k] =
        next === '期' && ((QI_COUNTED_END.includes(prev || '-') && !/\p{Script=Han}/u.test(at(k + 2))) || QI_COUNTED_NEXT.test(after(k + 1))) ? 'yi4' : 'yi1';
    // 一 that heads an enumeration (一要…二要…, 一来…二来) is the ordinal yī.
    else if (c === '一' && /\p{Script=Han}/u.test(next) && !NUMERALS.includes(next) && enumerates(chars, k, next)) syl[k] = 'yi1';
    // 一 in a range of numerals (一至三级) is yī; pinyin-pro's yī before another syllable in an idiom or a
    // phrase (一以贯之) takes the sandhi, unless 一 ends a word (统一, 之一) or is a number.
    else if (c === '一' && next === '至' && NUMERALS.includes(at(k + 2) || '-')) syl[k] = 'yi1';
    // The second 一 of 一对一, 多对一 (one to one) ends the phrase: yī, whatever follows (一对一帮扶).
    else if (c === '一' && prev === '对' && '一多'.includes(at(k - 2) || '-')) syl[k] = 'yi1';
    else if (
      c === '一' &&
      syl[k] === 'yi1' &&
      syl[k + 1] &&
      !NUMERALS.includes(prev || '-') &&
      !NUMERALS.includes(next) &&
      // A decimal's digit (增长四点一和…, 三点一倍) is a number.
      !(prev === '点' && NUMERALS.includes(at(k - 2) || '-')) &&
      // The second term of a ratio (一比一配套) is a number.
      !(prev === '比' && NUMERALS.includes(at(k - 2) || '-')) &&
      // A character that mostly ends a 一 word (统一, 合一) does not when a 一 word follows it (综合|一体化).
      (!YI1_BEFORE.includes(prev || '-') || YI_WORDS.test(chars.slice(k, k + 3).join(''))) &&
      !'期号季月日楼级等比加减乘到至是'.includes(next) &&
      // 一点 of a decimal (一点五) is a number; "a little" (一点一滴, 一点点) takes the sandhi.
      !(next === '点' && NUMERALS.includes(at(k + 2) || '-') && at(k + 3) !== '滴')
    ) {
      const tone = syl[k + 1]!.slice(-1);
      if (tone === '4') syl[k] = 'yi2';
      else if ('123'.includes(tone)) syl[k] = 'yi4';
    }
  }
  amendWords(chars, syl, reread);
  amendStraddles(chars, syl, reread);
}

/**
 * Whether the 一 at k heads an enumeration (一要…二要…): 二 with the same next character follows, and
 * is no digit of a number (全省一个、零点二个 is a count, 十二个 too).
 */
function enumerates(chars: string[], k: number, next: string): boolean {
  for (let j = k + 2; j < Math.min(chars.length, k + 80); j++)
    if (chars[j] === '二' && chars[j + 1] === next && !`${NUMERALS}点第`.includes(chars[j - 1] || '-')) return true;
  return false;
}
