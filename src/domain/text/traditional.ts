/**
 * Traditional characters folded to simplified ones, for matching only (Big5 text from Taiwan, Hong
 * Kong or Macau: 增長, 億元, 預期目標, 責任單位). The parser's words are simplified; a traditional
 * text is read through its folded copy, and what it shows a clerk (quotes, names, units, owners) is
 * taken back from the text as written (`WrittenForm`).
 *
 * The table holds the traditional characters whose simplified form occurs in the parser's own words
 * (the strings and patterns of src/domain, not its comments, messages or the progress engine: the
 * task pane bundle carries it), one to one, so a folded text keeps every offset; other characters stay as they are,
 * which does not matter for matching. It was derived from OpenCC's TSCharacters dictionary
 * (Apache-2.0, https://github.com/BYVoid/OpenCC), first candidate of each entry, plus the corner
 * quotes 「」『』 → “”‘’.
 */

/** Pairs of (traditional, simplified), one UTF-16 unit each. */
const PAIRS = [
  '並并乾干佈布佔占併并來来侷局係系個个備备傢家億亿優优儲储內内兩两冊册別别剋克剛刚創创劃划動动務务區区協协參参問问啓启啟启單单噸吨嚮向嚴严國国圍围園园圓圆執执堅坚',
  '報报場场塊块壓压奮奋學学實实寫写將将對对導导屆届嵗岁帥帅幫帮幷并幹干庫库廠厂張张強强彆别彈弹徵征態态戶户掃扫掛挂揮挥擇择據据擬拟擴扩數数斷断於于旂旗旣既昇升時时',
  '曏向書书査查條条棟栋業业極极榦干標标橋桥機机檯台歐欧歲岁決决沖冲況况減减準准滿满漲涨濃浓為为無无營营爭争爲为牀床牽牵獲获現现產产産产畝亩發发盞盏盤盘確确碼码礎础',
  '稱称積积穩稳穫获箇个節节範范築筑簽签籌筹籤签約约級级紮扎組组結结絕绝統统絶绝經经綫线維维線线編编緻致縣县縮缩縱纵總总績绩織织繞绕繫系繼继續续纍累聯联臺台與与舉举',
  '舘馆萬万蓋盖蔘参處处號号衕同衝冲裏里裝装裡里製制覈核見见規规計计訓训託托設设註注証证詞词認认課课調调請请謀谋證证負负責责費费資资質质躋跻車车較较輛辆轄辖辦办迴回',
  '進进運运過过達达遞递遶绕遷迁選选鄉乡醫医釋释鈎钩鉤钩錶表鎭镇鎮镇鏈链長长門门開开間间閤合關关陞升險险隻只雙双鞦秋韆千頃顷項项順顺預预領领頭头題题額额類类顧顾颱台',
  '餘余館馆駐驻體体髮发鬥斗麪面麫面麵面點点齣出「“」”『‘』’',
  // The people counted without a measure word and the words of results (extract/indicators.ts, tense.ts).
  '眾众兒儿職职勞劳婦妇殘残員员顯显驗验這这',
  // A streak reported (連續), the tone of a plan (還將) and a facility's width (寬).
  '連连還还寬宽',
  // The characters of words the parser gained in later rounds (經濟社會發展, 會議, 農村, 養老, 衛生 …),
  // found by the same derivation over src/domain's strings again.
  '們们傾倾價价劑剂噹当圖图團团壯壮審审層层幾几廈厦廣广廳厅後后徑径從从復复損损摺折撥拨擊击攝摄曉晓會会朮术樓楼',
  '權权歡欢沒没測测滯滞濟济熱热爐炉畫画畵画當当監监糰团納纳細细紹绍網网綴缀綵彩緊紧繕缮繪绘纔才羣群聞闻脩修興兴',
  '舖铺薦荐藍蓝虧亏衆众術术衛卫複复視视訂订識识讀读讓让財财購购躍跃軍军輪轮輯辑轉转農农逕径週周邁迈鈡钟鋪铺錨锚',
  '鍾钟鐘钟閱阅閲阅隊队階阶際际頁页頂顶頻频養养應应給给蓆席該该賓宾鍵键嗎吗樣样麼么麽么',
  // Rounds 16 to 20: a congress's resolutions (決議), an outline's 要 that does not look ahead (綱要), the
  // representatives hearing a report (聽取).
  '議议綱纲聽听',
  // Round 22: 预计带动, 东西宽, 困难和问题, 短板和不足, 负责同志; round 23: 国庆, 全部脱贫.
  '帶带東东睏困誌志闆板難难慶庆脫脱貧贫',
  // Round 24: 获…奖励/奖补 (a result), 部门说法, 尽快开业.
  '儘尽勵励奬奖獎奖盡尽補补說说説说',
].join('');

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) FOLD.set(PAIRS[i], PAIRS[i + 1]);

/** Whether the text has any character the table folds. */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FOLD.has(text[i])) return true;
  return false;
}

/**
 * Words that Taiwan's usage writes differently, of the same length (a converter that turns 水平 into
 * 水準 for Taiwan readers: "高於全國平均水準"), folded back after the characters.
 */
const WORDS: Array<[RegExp, string]> = [[/水准/g, '水平']];

/** The text with traditional characters folded; same length, same offsets. */
export function foldTraditional(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const s = FOLD.get(text[i]);
    if (s === undefined) continue;
    out += text.slice(run, i) + s;
    run = i + 1;
  }
  let folded = run === 0 ? text : out + text.slice(run);
  for (const [word, simplified] of WORDS) folded = folded.replace(word, simplified);
  return folded;
}

/** How far past the start of its line a string is looked for: a text of any length is searched
 *  in bounded steps (a quote or a name lies in its own line, or in the few after it). */
const WINDOW = 16_384;

/**
 * Takes strings found in a folded text back to how the text wrote them. A string that occurs in
 * the folded text near the previous one (a quote, a name made of the text's own words) is sliced
 * from the written text at the same place; anything else (a name the parser composed) has each
 * folded character turned back into the one character this text always wrote for it, and is left
 * alone where the text wrote two. `at` says where in the folded text to look (the start of the
 * string's line).
 */
export class WrittenForm {
  private readonly back = new Map<string, string | null>();

  constructor(private readonly written: string, private readonly folded: string) {
    for (let i = 0; i < folded.length; i++) {
      const f = folded[i];
      if (f === written[i] && !this.back.has(f)) {
        this.back.set(f, null);
        continue;
      }
      const seen = this.back.get(f);
      if (seen === undefined) this.back.set(f, written[i]);
      else if (seen !== null && seen !== written[i]) this.back.set(f, null);
    }
  }

  restore(s: string, near: number): string {
    if (s === '') return s;
    const from = Math.max(0, near);
    const at = this.folded.slice(from, from + WINDOW + s.length).indexOf(s);
    if (at >= 0) return this.written.slice(from + at, from + at + s.length);
    let out = '';
    for (const c of s) out += this.back.get(c) ?? c;
    return out;
  }
}
