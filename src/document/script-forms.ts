// The header's lexicons in either script and in the forms sites and converters print (發布 and 發佈 機構,
// 訪問量 and 访问量, 本文簡介 and 本文简介, 選擇特殊符號 and 选择特殊符号): a list or a pattern is written in a form or
// two, and a page in another form says the same. Words are compared in one form, the Simplified one, through
// the characters of the lexicons (generated from opencc-js's tw, hk and t forms of every Han word in
// src/document/*.ts by scripts/script-forms.mjs; a character not here is its own form). Pure: no converter needs
// loading to read a page.
const TRADITIONAL =
  '並么乾亞佈佔來個們偉傑備傳僅價儀億優儲內兩冊凱別刪則剛創劃劇劉劑動務勝勢匯區協厲參叢吳呂員問啓啟喫喬單嗎噸噹嚙嚴囑國圍園圖團執堅報場塊塗塵壇夾奮娛婁孫學宮實寧審寫寵寶將專尋對導屆屢層屬島嶗嶽帥師帳幣幫幹幾庫廢廣廳張強彈彔彙後徑從復徵徹愛態慶憲應懷戰戲戶掃掛採揚換揮搶擇擊擔據擴攜攝數於時暢暫曆曉書會東條楊業極構槓樂樓標機檔檢欄權欒欽歎歐歡歲歷歸氣汙決沒況涇減湯準溫溼滄滿漲澤濕濟瀋瀏灣為無熱營爲爾狀獎獨獲獻現瑤瑩瑪環甌產畝畢畫當療發盡監盤盧盪眾瞭碩確碼磚礙礪祕禮稅種稱積穩竇競筆節範簡簽籌籤粵糾紀約紙級細紹終組結絡給統絲經綜綠維綱網綵綿線緣編緬縣縮總績繆織繞繪繫繼續纔羅羣義習聞聯聲聶職聽肅脈脫腦臉臘臨臺與興舉荊莊華萊萬葉著蒞蓋蓮蔘蔣蕭薦藍藝藺蘇蘭處號螢衆術衛衞裏補裝裡製複覆覈見規視親覽觀觸訂計訊討訓託記訪設許訴註評詞詢試話該詳誅誌認語說説課調談請論諮諶諸謀講謝證識譚譜譯議護讀變讓讚谿豬負財貢貧貨貫責貴費貼賀資賈賓賞賡質賬賭賺賽贊贏趙跡蹤車軌軍載輕輛輝輯輸轉辦辭辯農這連週進遊運過達遙遞遠適遲遷選遺還郵鄉鄒鄔鄧鄭鄺醜醫鈕銀錄錕錢錨錫錯鍵鍾鎮鏈鏡鐘鐵鑑長門閆閉開閏閒間閔閩閱閲閻關陣陰陳陸陽隊際隨隱雋雙雜雞難雲電霧靜鞏韋韓頁頂頃項順預頒頓領頭頻題額顏願類顧顯風養餘館饋饒馬馮駐駱騙騰驗驚體鬥鬱魚魯鮑鳳鴻麗麥黃點黨齊齧龍龐龔';
const SIMPLIFIED =
  '并幺干亚布占来个们伟杰备传仅价仪亿优储内两册凯别删则刚创划剧刘剂动务胜势汇区协厉参丛吴吕员问启启吃乔单吗吨当啮严嘱国围园图团执坚报场块涂尘坛夹奋娱娄孙学宫实宁审写宠宝将专寻对导届屡层属岛崂岳帅师帐币帮干几库废广厅张强弹录汇后径从复征彻爱态庆宪应怀战戏户扫挂采扬换挥抢择击担据扩携摄数于时畅暂历晓书会东条杨业极构杠乐楼标机档检栏权栾钦叹欧欢岁历归气污决没况泾减汤准温湿沧满涨泽湿济沈浏湾为无热营为尔状奖独获献现瑶莹玛环瓯产亩毕画当疗发尽监盘卢荡众了硕确码砖碍砺秘礼税种称积稳窦竞笔节范简签筹签粤纠纪约纸级细绍终组结络给统丝经综绿维纲网彩绵线缘编缅县缩总绩缪织绕绘系继续才罗群义习闻联声聂职听肃脉脱脑脸腊临台与兴举荆庄华莱万叶着莅盖莲参蒋萧荐蓝艺蔺苏兰处号萤众术卫卫里补装里制复复核见规视亲览观触订计讯讨训托记访设许诉注评词询试话该详诛志认语说说课调谈请论咨谌诸谋讲谢证识谭谱译议护读变让赞溪猪负财贡贫货贯责贵费贴贺资贾宾赏赓质账赌赚赛赞赢赵迹踪车轨军载轻辆辉辑输转办辞辩农这连周进游运过达遥递远适迟迁选遗还邮乡邹邬邓郑邝丑医钮银录锟钱锚锡错键钟镇链镜钟铁鉴长门闫闭开闰闲间闵闽阅阅阎关阵阴陈陆阳队际随隐隽双杂鸡难云电雾静巩韦韩页顶顷项顺预颁顿领头频题额颜愿类顾显风养余馆馈饶马冯驻骆骗腾验惊体斗郁鱼鲁鲍凤鸿丽麦黄点党齐啮龙庞龚';
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((t, k) => [t, SIMPLIFIED[k]!]));

/** Text in one form for lookup: 發佈時間 → 发布时间. Same length, so an index in one is an index in the other. */
export function oneForm(text: string): string {
  let out = '';
  for (const ch of text) out += TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}

/** A set of keys that has a key in any of its forms. */
export function anyScript(keys: Iterable<string>): { has(key: string): boolean } {
  const forms = new Set([...keys].map(oneForm));
  return { has: (key) => forms.has(oneForm(key)) };
}

/**
 * A lexicon's pattern that matches its words in any form: the pattern and the text are both put in one form.
 * Indices of a match are the text's own (the forms have the same length).
 */
export function anyScriptPattern(re: RegExp): RegExp {
  return new RegExp(oneForm(re.source), re.flags);
}

/** A lexicon's pattern as a test that takes text in any form (for a pattern only ever tested, never exec'd). */
export function anyScriptTest(re: RegExp): { test(text: string): boolean } {
  const folded = anyScriptPattern(re);
  return { test: (text) => folded.test(oneForm(text)) };
}
