/**
 * The monthly bulletin (督查通报) of the targets, in the register such bulletins are written in:
 * the basis; the overall counts with their shares; the 主要经济指标, praise first ("地区生产总值
 * （第1项）增长7.6%，高于目标0.1个百分点"), then those behind; the other lagging tasks by lead
 * unit; the 民生实事; who has not reported this month; the next steps as 一是…二是… from the
 * clerk's phrase list, and the closing warning. Made from the same month's report as the print
 * sheets (monthReport.ts), so every number is the engine's; a test holds it to that.
 */
import { fixed1, percent, plain } from '../progress/format';
import type { MonthReport, ReportItem } from '../report/monthReport';
import { isBehind, periodText, shareText, statusSummary } from '../report/paper';
import { NO_UNIT, unreportedUnits, type UnitSignOff } from './reporting';

export interface BulletinSettings {
  /** 制表单位 / 落款: who sends it ("区政府督查室"); "" leaves the signature out. */
  maker: string;
  /** 主送: who it is addressed to. */
  recipients: string;
  /** The issue number ("6" → 第6期), "" for none. */
  issue: string;
  /** The next steps, one phrase each, written as 一是…二是… in this order. */
  nextSteps: readonly string[];
  /** The closing warning ("对严重滞后的事项，将按程序挂牌督办。"), "" for none. */
  closing: string;
}

export interface BulletinOptions {
  /** The date it is issued (落款日期). */
  issued: { year: number; month: number; day: number };
  /** The units' sign-off list (报送情况), when the workbook has one (issue 9); otherwise who has
   *  not reported is worked out from the missing figures. */
  signOff?: readonly UnitSignOff[];
}

export type BulletinPart = 'title' | 'issue' | 'salutation' | 'heading' | 'body' | 'signature' | 'date';

export interface BulletinParagraph {
  part: BulletinPart;
  text: string;
}

export interface Bulletin {
  title: string;
  paragraphs: BulletinParagraph[];
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

export function buildBulletin(report: MonthReport, settings: BulletinSettings, options: BulletinOptions): Bulletin {
  const period = periodText(report.month, report.mergeJanFeb);
  const title = `关于${report.year}年${period}《政府工作报告》目标任务推进情况的通报`;
  const out: BulletinParagraph[] = [{ part: 'title', text: title }];
  if (settings.issue.trim() !== '') out.push({ part: 'issue', text: `第${settings.issue.trim()}期` });
  if (settings.recipients.trim() !== '') out.push({ part: 'salutation', text: `${settings.recipients.trim()}：` });
  const who = settings.maker.trim() !== '' ? settings.maker.trim() : '我们';
  out.push({
    part: 'body',
    text: `为推动${report.year}年《政府工作报告》确定的各项目标任务落地见效，根据目标任务分解和月调度工作安排，${who}对${period}目标任务推进情况进行了调度。现将有关情况通报如下。`,
  });

  const sections: { heading: string; body: string[] }[] = [];
  sections.push({ heading: '总体情况', body: [overall(report)] });
  const economic = economicParagraphs(report.items.filter((i) => i.kind === 'economic'));
  if (economic.length > 0) sections.push({ heading: '主要经济指标', body: economic });
  sections.push({ heading: '滞后事项', body: laggingByUnit(report.items.filter((i) => i.kind !== 'economic')) });
  const livelihood = report.items.filter((i) => i.livelihood);
  if (livelihood.length > 0) sections.push({ heading: '民生实事', body: [livelihoodParagraph(livelihood)] });
  sections.push({ heading: '报送情况', body: [reportingParagraph(report, options.signOff)] });
  const steps = settings.nextSteps.map((s) => s.trim().replace(/[。；;，,]+$/, '')).filter((s) => s !== '');
  const closing = settings.closing.trim();
  if (steps.length > 0 || closing !== '') {
    const said = steps.map((s, i) => `${ORDINALS[i] ?? String(i + 1)}是${s}。`).join('');
    sections.push({ heading: '下步工作', body: [said, closing].filter((x) => x !== '') });
  }
  sections.forEach((s, i) => {
    out.push({ part: 'heading', text: `${ORDINALS[i]}、${s.heading}` });
    for (const b of s.body) out.push({ part: 'body', text: b });
  });

  if (settings.maker.trim() !== '') out.push({ part: 'signature', text: settings.maker.trim() });
  const d = options.issued;
  out.push({ part: 'date', text: `${d.year}年${d.month}月${d.day}日` });
  return { title, paragraphs: out };
}

/** The bulletin as plain text, ready to paste into a Word document: the title and headings on
 *  lines of their own, each body paragraph indented by two full-width spaces. */
export function bulletinText(b: Bulletin): string {
  return `${b.paragraphs.map((p) => (p.part === 'body' ? `\u3000\u3000${p.text}` : p.text)).join('\n')}\n`;
}

/** "（第9项）", or nothing for a target outside the decomposition. */
export function itemNumber(item: Pick<ReportItem, 'seq'>): string {
  return item.seq !== null ? `（第${item.seq}项）` : '';
}

function overall(report: MonthReport): string {
  const summary = statusSummary(report.items);
  const judged = summary.counts.filter((c) => c.word !== '本月不考核');
  const skipped = summary.counts.find((c) => c.word === '本月不考核');
  const parts = judged.map((c) => `${c.word}${c.count}项、占${shareText(c.share)}`);
  const month = `${report.month}月底`;
  const tail = skipped ? `；另有${skipped.count}项本月不作评价（年度或季度考核、尚未设置比较对象等）` : '';
  return `纳入监测的目标任务共${summary.total}项，序时进度为${percent(report.timeProgress)}。截至${month}，${parts.join('，')}${tail}。`;
}

/** Praise first (ahead of or on target), then those behind, then those without a figure. */
function economicParagraphs(items: ReportItem[]): string[] {
  const withFigure = items.filter((i) => i.progress.actual !== null && i.progress.gap !== null && !isBehind(i));
  const behind = items.filter((i) => isBehind(i));
  const missing = items.filter((i) => i.status === '未填报');
  const skipped = items.filter((i) => i.status === '年度考核' || i.status === '季度考核');
  const out: string[] = [];
  if (withFigure.length > 0) out.push(`${withFigure.map(growthSentence).join('；')}。`);
  if (behind.length > 0) out.push(`${behind.map(behindSentence).join('；')}。`);
  if (missing.length > 0) out.push(`${names(missing)}本月未报送数据。`);
  if (skipped.length > 0) out.push(`${names(skipped)}为年度或季度考核，本月不作评价。`);
  const unjudged = items.filter((i) => i.status === '不适用');
  if (unjudged.length > 0) out.push(`${names(unjudged)}尚未设置比较对象或目标值，本月不作评价。`);
  return out;
}

/** "向上争资总额（第14项）", "A（第1项）、B（第2项）共2项", or for a long list the decomposition's
 *  items first and "等24项". */
function names(items: ReportItem[]): string {
  const MAX = 3;
  const ordered = [...items.filter((i) => i.seq !== null), ...items.filter((i) => i.seq === null)];
  const listed = ordered.slice(0, MAX).map((i) => `${i.progress.name}${itemNumber(i)}`);
  if (items.length === 1) return listed[0];
  return items.length > MAX ? `${listed.join('、')}等${items.length}项指标` : `${listed.join('、')}共${items.length}项指标`;
}

/** "地区生产总值（第1项）增长7.6%，高于目标0.1个百分点". */
function growthSentence(item: ReportItem): string {
  const p = item.progress;
  const actual = p.actual as number;
  const head = `${p.name}${itemNumber(item)}`;
  const figure = p.kind === 'growth' ? `${actual < 0 ? '下降' : '增长'}${fixed1(Math.abs(actual))}${p.unit}` : `为${fixed1(actual)}${p.unit}`;
  return `${head}${figure}，${gapWords(p.gap as number, '目标')}`;
}

function gapWords(gap: number, against: string): string {
  const x = fixed1(Math.abs(gap));
  if (x === '0.0') return `与${against}持平`;
  return `${gap > 0 ? '高于' : '低于'}${against}${x}个百分点`;
}

/** One item behind schedule, with its reason in figures. */
export function behindSentence(item: ReportItem): string {
  const p = item.progress;
  const head = `${item.kind === 'economic' ? p.name : item.statement}${itemNumber(item)}`;
  const word = `（${item.status}）`;
  if (p.kind === 'milestone' || p.kind === 'relative' || p.actual === null) return `${head}${p.reason}${word}`;
  if (p.kind === 'bottomline') return `${head}已发生${plain(p.actual)}起，触及底线${word}`;
  if (item.suspect) return `${head}填报数值与目标或上月数量级不符，疑似单位错误，待核实${word}`;
  if (p.completion !== null && p.gap !== null) {
    return `${head}累计完成${percent(p.completion)}，低于序时进度${fixed1(-p.gap)}个百分点${word}`;
  }
  if (p.margin !== null && p.margin < 0) return `${head}当前${plain(p.actual)}${p.unit}，超过上限${plain(-p.margin)}${p.unit}${word}`;
  if (p.gap !== null) {
    const figure = p.kind === 'growth' ? `${p.actual < 0 ? '下降' : '增长'}${fixed1(Math.abs(p.actual))}${p.unit}` : `当前${fixed1(p.actual)}${p.unit}`;
    return `${head}${figure}，${gapWords(p.gap, '目标')}${word}`;
  }
  return `${head}${p.reason}${word}`;
}

function laggingByUnit(items: ReportItem[]): string[] {
  const behind = items.filter(isBehind);
  if (behind.length === 0) return ['其他目标任务均已完成、达到序时进度或尚未到考核时点，没有滞后事项。'];
  const byUnit = new Map<string, ReportItem[]>();
  for (const item of behind) {
    const unit = item.unit ?? '未明确牵头单位的事项';
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), item]);
  }
  const lagging = behind.filter((i) => i.status === '滞后').length;
  const out = [`除主要经济指标外，滞后${lagging}项、预警${behind.length - lagging}项，按牵头单位列示如下。`];
  for (const [unit, list] of byUnit) out.push(`${unit}：${list.map(behindSentence).join('；')}。`);
  return out;
}

function livelihoodParagraph(items: ReportItem[]): string {
  const summary = statusSummary(items);
  const parts = summary.counts.map((c) => `${c.word}${c.count}项`);
  const behind = items.filter(isBehind);
  const head = `民生实事共${summary.total}项，${parts.join('、')}。`;
  if (behind.length === 0) return `${head}没有滞后事项。`;
  return `${head}其中，${behind.map(behindSentence).join('；')}。`;
}

function reportingParagraph(report: MonthReport, signOff: readonly UnitSignOff[] | undefined): string {
  const all = unreportedUnits(report, signOff);
  const units = all.filter((u) => u.unit !== NO_UNIT);
  const orphan = all.find((u) => u.unit === NO_UNIT);
  const tail = orphan ? `另有${orphan.items}项未明确牵头单位的目标未报送数据，请明确报送单位。` : '';
  if (units.length === 0) return `各牵头单位均已报送本月数据和进展情况。${tail}`;
  const listed = units.map((u) => (u.items > 0 ? `${u.unit}（${u.items}项）` : u.unit)).join('、');
  const when = report.month === 12 ? '年终总结前' : '下月报送时';
  return `本月有${units.length}个牵头单位未报送或未报全数据：${listed}。请相关单位于${when}一并补报，确保数据及时、准确、完整。${tail}`;
}
