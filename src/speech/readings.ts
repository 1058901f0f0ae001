// Readings pinyin-pro gets wrong in report language, word by word (pinyin with tone numbers). Kept
// small on purpose: pinyin-pro reads words in context; this only mends what it misses, measured on
// tests/fixtures/listening/. The user's own pronunciations.tsv goes before these.
export const BUILT_IN_READINGS: Record<string, string> = {
  // Report words
  还款: 'huan2 kuan3',
  还贷: 'huan2 dai4',
  还债: 'huan2 zhai4',
  还清: 'huan2 qing1',
  率先: 'shuai4 xian1',
  种植: 'zhong4 zhi2',
  载体: 'zai4 ti3',
  处长: 'chu4 zhang3',
  一蹴而就: 'yi2 cu4 er2 jiu4',
  剥夺: 'bo1 duo2',
  朝鲜: 'chao2 xian3',
  // Place names
  泌阳: 'bi4 yang2',
  黄陂: 'huang2 pi2',
  洪洞: 'hong2 tong2',
  台州: 'tai1 zhou1',
  天台: 'tian1 tai1',
  单县: 'shan4 xian4',
  乐亭: 'lao4 ting2',
  蔚县: 'yu4 xian4',
  涡阳: 'guo1 yang2',
  筠连: 'jun1 lian2',
  歙县: 'she4 xian4',
  珲春: 'hun1 chun1',
  浚县: 'xun4 xian4',
  乐清: 'yue4 qing1',
  郫都: 'pi2 du1',
  会稽: 'kuai4 ji1',
  大埔: 'da4 bu4',
  繁峙: 'fan2 shi4',
  解州: 'xie4 zhou1',
  曾都: 'zeng1 du1',
};
