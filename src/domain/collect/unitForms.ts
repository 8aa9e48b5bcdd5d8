/**
 * The month's fill-in forms, one per lead unit (最多报一次: each figure asked once, of the unit that
 * answers for it): the unit's indicators and milestones with what is known already (target, unit,
 * what to report, last period's figure) and what the unit fills in (this month's figure, a
 * milestone's state, 进展情况, 存在问题, 下步措施). Pure data; the sheet is
 * src/workbook/collect/formSheet.ts.
 */
import { figureOf } from '../progress/figureCell';
import { judgedMonth, periodLabel, reportingMonth } from '../progress/months';
import type { FigureRow, ItemSettings, ProgressItem } from '../progress/types';

export interface FormItem {
  id: string;
  /** 序号 of the task in the decomposition, '' for an item without one. */
  task: string;
  name: string;
  /** The target in words: "5600人以上", "增长7.5%以上", or the task's wording for a milestone. */
  target: string;
  unit: string;
  /** What to report (口径): 累计值, 累计增速, 当期值, 推进状态, 累计发生次数. */
  basis: string;
  /** A milestone: the unit picks a state (未启动/推进中/已完成) instead of a figure. */
  milestone: boolean;
  /** Last period's figure (prefilled), with its period ("5月"), or null. */
  last: number | string | null;
  lastPeriod: string;
  /** A milestone's state as the workbook has it now. */
  status: string;
  /** Whether a figure is due this month (a quarterly one at a quarter end only). */
  due: boolean;
}

export interface UnitForm {
  unit: string;
  /** Reporting month 1..12 (with 1-2月 merged, 2 for the first period). */
  month: number;
  year: number | null;
  mergeJanFeb: boolean;
  items: FormItem[];
}

export interface FormSource {
  item: ProgressItem;
  settings: ItemSettings;
  figures: FigureRow;
  owner: string;
  /** 口径 as 月度填报 says it. */
  basis: string;
}

const CMP_WORDS: Record<string, string> = { '>=': '以上', '<=': '以内', '~': '左右', '=': '' };

export function targetWords(item: ProgressItem): string {
  if (item.target === null) return item.name;
  const figure = `${item.target}${item.max !== null ? `-${item.max}` : ''}${item.unit}`;
  const cmp = item.cmp ? CMP_WORDS[item.cmp] : '';
  return item.kind === 'growth' ? `增长${figure}${cmp}` : `${figure}${cmp}`;
}

/** One form per unit, units in the order their first item comes (the decomposition's order). */
export function unitForms(sources: readonly FormSource[], month: number, mergeJanFeb: boolean, year: number | null = null): UnitForm[] {
  const m = reportingMonth(month, mergeJanFeb);
  const forms = new Map<string, UnitForm>();
  for (const s of sources) {
    let form = forms.get(s.owner);
    if (!form) forms.set(s.owner, (form = { unit: s.owner, month: m, year, mergeJanFeb, items: [] }));
    const milestone = s.item.kind === 'milestone';
    // The latest figure before this month: what the unit reported last time.
    let lastMonth = 0;
    for (let k = m - 1; k >= 1 && lastMonth === 0; k--) if (figureOf(s.figures[k]) !== null) lastMonth = k;
    form.items.push({
      id: s.item.id,
      task: s.item.task ?? '',
      name: s.item.name,
      target: targetWords(s.item),
      unit: s.item.unit,
      basis: s.basis,
      milestone,
      last: lastMonth > 0 ? figureOf(s.figures[lastMonth]) : null,
      lastPeriod: lastMonth > 0 ? periodLabel(lastMonth, mergeJanFeb) : '',
      status: s.settings.milestoneStatus ?? '',
      due: milestone || judgedMonth(m, s.settings.frequency) === m,
    });
  }
  return [...forms.values()];
}
