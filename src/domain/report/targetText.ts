/**
 * 年度目标 as a leader reads it: "增长7.5%以上", "5600人以上", "1-2家", "控制在5.5%以内",
 * "12月底前完成"; "—" where the target has no figure (a bottom line, a relative target: the
 * statement says it).
 */
import { plain } from '../progress/format';
import type { ReportItem } from './monthReport';

export const NO_FIGURE = '—';

export function targetText(item: Pick<ReportItem, 'progress' | 'max' | 'dueMonth' | 'lowerIsBetter'>): string {
  const p = item.progress;
  if (p.kind === 'milestone') return `${item.dueMonth ?? 12}月底前完成`;
  if (p.kind === 'bottomline' || p.kind === 'relative' || p.target === null) return NO_FIGURE;
  const unit = p.unit;
  if (p.kind === 'growth' && p.target < 0) {
    // A fall, signed as statistics releases write it: ≤ −5 is a fall of at least 5 (以上), ≥ −5 a
    // fall of at most 5 (以内); a range −2..−1 is "下降1-2%".
    const figure = item.max !== null ? `${plain(-item.max)}-${plain(-p.target)}` : plain(-p.target);
    const q = p.cmp === '<=' ? '以上' : p.cmp === '>=' ? '以内' : p.cmp === '~' ? '左右' : '';
    return `下降${figure}${unit}${q}`;
  }
  const figure = item.max !== null ? `${plain(p.target)}-${plain(item.max)}` : plain(p.target);
  if (p.kind === 'growth') {
    // A positive figure with lower-is-better is a fall written unsigned ("下降3%"); a ceiling on
    // growth ("增长控制在3%以内") is lower-is-better too, but still a growth.
    if (p.cmp === '<=') return `增长控制在${figure}${unit}以内`;
    return `${item.lowerIsBetter ? '下降' : '增长'}${figure}${unit}${qualifier(p.cmp)}`;
  }
  if (p.cmp === '<=') return `控制在${figure}${unit}以内`;
  return `${figure}${unit}${qualifier(p.cmp)}`;
}

function qualifier(cmp: ReportItem['progress']['cmp']): string {
  if (cmp === '>=') return '以上';
  if (cmp === '<=') return '以内';
  if (cmp === '~') return '左右';
  return '';
}
