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
  const figure = item.max !== null ? `${plain(p.target)}-${plain(item.max)}` : plain(Math.abs(p.target));
  if (p.kind === 'growth') {
    // "下降3%" is a positive figure with lower-is-better (or a signed −3); a ceiling on growth
    // ("增长控制在3%以内") is lower-is-better too, but still a growth.
    const verb = p.target < 0 || (item.lowerIsBetter && p.cmp !== '<=') ? '下降' : '增长';
    if (p.cmp === '<=') return `${verb}控制在${figure}${unit}以内`;
    return `${verb}${figure}${unit}${qualifier(p.cmp)}`;
  }
  if (p.cmp === '<=') return `控制在${figure}${unit}以内`;
  return `${p.target < 0 && item.max === null ? '-' : ''}${figure}${unit}${qualifier(p.cmp)}`;
}

function qualifier(cmp: ReportItem['progress']['cmp']): string {
  if (cmp === '>=') return '以上';
  if (cmp === '<=') return '以内';
  if (cmp === '~') return '左右';
  return '';
}
