// A metadata key in either script and in the forms sites and converters print (發布 and 發佈 機構, 訪問量
// and 访问量, 責編 and 责编): the key lists are written in a form or two, and a page in the other form is the
// same key. Keys are looked up in one form, the Simplified one, through the characters of the key lists
// (generated from opencc-js's tw, hk and t forms of every word in meta-keys.ts, meta.ts, meta-forms.ts and
// header-lines.ts; a character not here is its own form). Pure: no converter needs loading to read a page.
const TRADITIONAL =
  '佈來傑備傳內兩別創動務區員問喬單國圍圖報娛實審寫專對導屬廢廣廳張後愛態應戶採換擊據攝數於時曆曉會東條構樂標機檔歸漲瀏無熱狀獻現產當發盡碼禮種稱節範簽糾紀約級組結絡統綜維網線編縣繫聞聯脈臺與興舉華萬蘇蘭號術複覈見規視親覽訂訊記訪許詞詢話語課請論講識議護讀貢責資質載輯辦農週過遠選郵錄錯鍵長門閉開間閱閲關陸電頁項頒題類馬驚體點';
const SIMPLIFIED =
  '布来杰备传内两别创动务区员问乔单国围图报娱实审写专对导属废广厅张后爱态应户采换击据摄数于时历晓会东条构乐标机档归涨浏无热状献现产当发尽码礼种称节范签纠纪约级组结络统综维网线编县系闻联脉台与兴举华万苏兰号术复核见规视亲览订讯记访许词询话语课请论讲识议护读贡责资质载辑办农周过远选邮录错键长门闭开间阅阅关陆电页项颁题类马惊体点';
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((t, k) => [t, SIMPLIFIED[k]!]));

/** The key in one form for lookup: 發佈時間 → 发布时间. Same length, so an index in one is an index in the other. */
export function keyForm(key: string): string {
  let out = '';
  for (const ch of key) out += TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}

/** A set of keys that has a key in any of its forms. */
export function anyScript(keys: Iterable<string>): { has(key: string): boolean } {
  const forms = new Set([...keys].map(keyForm));
  return { has: (key) => forms.has(keyForm(key)) };
}
