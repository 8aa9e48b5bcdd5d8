/**
 * Word's automatic list numbers. Decomposition tables often number their 序号 column with Word's
 * numbering instead of typed digits, and notices number headings "一、" "（一）" the same way: the
 * digits are not in the text of word/document.xml but computed from word/numbering.xml. Without
 * them the 序号 column would be empty. This covers what such documents use (direct numbering on a
 * paragraph, decimal and Chinese formats, multi-level "%1.%2"); numbering inherited from a
 * paragraph style is not applied.
 */

import { attr, child, childElements, intAttr, type XmlElement } from './docxXml';

/** Word's list levels are 0..8; a level outside is damage (and a counter array grown to it would exhaust memory). */
const MAX_LEVEL = 8;

interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** What follows the number: Word's default is a tab. */
  suffix: string;
}

interface NumDef {
  /** Paragraphs of nums that share an abstract list continue one count, unless a num restarts it. */
  counterKey: string;
  levels: Map<number, LevelDef>;
}

export class DocxNumbering {
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    const abstracts = new Map<string, Map<number, LevelDef>>();
    for (const el of childElements(root)) {
      if (el.localName !== 'abstractNum') continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of childElements(el)) {
        const ilvl = intAttr(lvl, 'ilvl') ?? 0;
        if (lvl.localName === 'lvl' && isLevel(ilvl)) levels.set(ilvl, readLevel(lvl));
      }
      abstracts.set(attr(el, 'abstractNumId') ?? '', levels);
    }
    for (const el of childElements(root)) {
      if (el.localName !== 'num') continue;
      const numId = attr(el, 'numId') ?? '';
      const abstractId = attr(child(el, 'abstractNumId')) ?? '';
      const levels = new Map(abstracts.get(abstractId) ?? []);
      let restarts = false;
      for (const override of childElements(el)) {
        if (override.localName !== 'lvlOverride') continue;
        const ilvl = intAttr(override, 'ilvl') ?? 0;
        if (!isLevel(ilvl)) continue;
        const lvl = child(override, 'lvl');
        const base = lvl ? readLevel(lvl) : levels.get(ilvl);
        const start = intAttr(child(override, 'startOverride'));
        if (!base) continue;
        levels.set(ilvl, start === null ? base : { ...base, start });
        restarts = true;
      }
      this.nums.set(numId, { counterKey: restarts ? `num:${numId}` : `abstract:${abstractId}`, levels });
    }
  }

  /** The label Word shows before a paragraph with this numbering ("3." "（二）"), or null. */
  next(numId: string, ilvl: number): string | null {
    if (!isLevel(ilvl)) return null;
    const num = this.nums.get(numId);
    const level = num?.levels.get(ilvl);
    if (!num || !level) return null;
    const counts = this.counters.get(num.counterKey) ?? [];
    for (let i = 0; i < ilvl; i++) if (counts[i] === undefined) counts[i] = num.levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels restart after this one
    this.counters.set(num.counterKey, counts);

    if (level.format === 'bullet' || level.format === 'none') return null;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const format = num.levels.get(i)?.format ?? 'decimal';
      return formatNumber(counts[i] ?? 1, format);
    });
    return label === '' ? null : label + level.suffix;
  }
}

function isLevel(ilvl: number): boolean {
  return Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= MAX_LEVEL;
}

function readLevel(lvl: XmlElement): LevelDef {
  const suff = attr(child(lvl, 'suff'));
  return {
    start: intAttr(child(lvl, 'start')) ?? 1,
    format: attr(child(lvl, 'numFmt')) ?? 'decimal',
    text: attr(child(lvl, 'lvlText')) ?? '',
    // A tab would split the text like a table cell; one space keeps "1. 任务" readable.
    suffix: suff === 'nothing' ? '' : ' ',
  };
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseNumber(n);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

function letters(n: number): string {
  // Word repeats the letter: a…z, aa…zz. Past a few repeats it is a damaged start value: digits.
  if (n < 1 || n > 26 * 10) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  // Roman numerals end at 3999; a larger count (a damaged start value) is written in digits.
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (as Word's chineseCounting). */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += d === 1 && unit === '十' && out === '' ? unit : CHINESE_DIGITS[d] + unit;
  });
  return out;
}
