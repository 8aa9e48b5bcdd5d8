import type { Cmp } from '../model';

/**
 * How a figure is to be met, from the words around it (domain.md "qualifiers"): 以上/不低于/突破/
 * 超过 at least; 以内/以下/不超过/控制在 at most; 左右/约 about; none the figure itself.
 * 力争 is a softer tone, not a different test, so it is not a qualifier here.
 */

/** Words right after the figure and its unit, longest first. */
const AFTER: Array<[string, Cmp]> = [
  ['及以上', '>='], ['以上', '>='], ['之上', '>='],
  ['以内', '<='], ['以下', '<='], ['之内', '<='],
  ['左右', '~'], ['上下', '~'],
];

/** Words right before the figure, longest first. */
const BEFORE: Array<[string, Cmp]> = ([
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少有', '>='], ['至少', '>='], ['最少', '>='], ['突破', '>='],
  ['超过', '>='], ['高于', '>='], ['大于', '>='], ['多于', '>='], ['达到或超过', '>='], ['超', '>='], ['过', '>='], ['破', '>='], ['跨越', '>='], ['迈过', '>='], ['迈上', '>='], ['跨上', '>='], ['站上', '>='], ['跃上', '>='], ['登上', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['控制在', '<='], ['低于', '<='], ['少于', '<='], ['小于', '<='], ['最多', '<='], ['最长', '<='],
  ['大约', '~'], ['约为', '~'], ['约需', '~'], ['约', '~'], ['近', '~'],
] as Array<[string, Cmp]>).sort((a, b) => b[0].length - a[0].length);

/** The qualifier written at `at` of `text`, if any. */
export function qualifierAfter(text: string, at = 0): { cmp: Cmp; length: number } | null {
  for (const [word, cmp] of AFTER) if (text.startsWith(word, at)) return { cmp, length: word.length };
  return null;
}

export function qualifierBefore(text: string): { cmp: Cmp; length: number } | null {
  for (const [word, cmp] of BEFORE) {
    if (text.endsWith(word)) {
      // "过" alone is a comparator ("产值过50亿元"), but not as the end of 通过/经过.
      if (word === '过' && /(通过|经过|不过|度过|越过)$/.test(text)) continue;
      // 破 alone reads as 突破 ("国税开票破6亿"), not inside 打破/攻破/爆破/跌破.
      if (word === '破' && /(打破|攻破|爆破|跌破|击破|识破|破破)$/.test(text)) continue;
      // 约 inside a word (签约, 制约, 节约) is not "about".
      if (word === '约' && /[签制预节公条契合邀]约$/.test(text)) continue;
      return { cmp, length: word.length };
    }
  }
  return null;
}
