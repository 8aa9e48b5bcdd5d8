/**
 * `npm run -s cli -- progress --targets <file> --figures <csv|xlsx> --month <YYYY-MM> [--preset 宣城|银川|三亚|自定义]`:
 * the judgement of the month as JSON, read the way the task pane reads it: the targets are
 * imported into a workbook (an .xlsx held in memory), the figures entered into its 月度填报, the
 * progress sheets built, and the engine run over what the sheets hold — qualitative targets
 * included. Every problem goes to stderr in Chinese, naming the file and row; exit 1.
 */
import { buildWorkbook } from '../app/build/buildWorkbook';
import { readProgress } from '../app/progress/refreshProgress';
import type { RulePresetName } from '../domain/progress/types';
import { createXlsxWorkbook } from '../xlsx/xlsxWorkbook';
import type { CliIo, Command } from './command';
import { loadFigures, loadTargets } from './inputs';
import { listFindings } from './listFindings';
import { optionText, parseMonthArg, parseOptions } from './options';

const USAGE = '用法：npm run -s cli -- progress --targets <目标文件> --figures <数据.csv|.xlsx> --month <YYYY-MM> [--preset 宣城|银川|三亚|自定义]\n';
const PRESETS: readonly RulePresetName[] = ['宣城', '银川', '三亚', '自定义'];

export const progressCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  const opts = parseOptions(args, { required: ['--targets', '--figures', '--month'], optional: ['--preset'] });
  if (typeof opts === 'string') {
    io.stderr(`${opts}。${USAGE}`);
    return 1;
  }
  const monthArg = optionText(opts, '--month')!;
  const period = parseMonthArg(monthArg);
  if (!period) {
    io.stderr(`报告月份“${monthArg}”应为YYYY-MM格式（如2024-06）\n`);
    return 1;
  }
  const preset = optionText(opts, '--preset');
  if (preset !== undefined && !PRESETS.includes(preset as RulePresetName)) {
    io.stderr(`预警方案“${preset}”应为宣城、银川或三亚\n`);
    return 1;
  }
  const targets = await loadTargets(optionText(opts, '--targets')!);
  if (!targets.ok && targets.noTargets) {
    // A document without targets (a review, a notice): nothing to judge, said as a warning, as
    // `parse` says it.
    io.stderr(`警告：${targets.message}\n`);
    io.stdout(`${JSON.stringify({ month: monthArg, timeProgress: Math.round((period.month / 12) * 1e6) / 1e6, indicators: [] }, null, 2)}\n`);
    return 0;
  }
  if (!targets.ok) {
    io.stderr(`${targets.message}\n`);
    return 1;
  }
  const figures = await loadFigures(optionText(opts, '--figures')!, period.year);
  if (!figures.ok) {
    io.stderr(`${figures.message}\n`);
    return 1;
  }
  if (figures.value.findings.length > 0) {
    listFindings(io, figures.value.findings, '错误');
    return 1;
  }

  const store = createXlsxWorkbook();
  const built = await buildWorkbook(store, {
    preview: targets.value,
    figures: figures.value.entries,
    year: period.year,
    month: period.month,
    preset: preset as RulePresetName | undefined,
  });
  if (!built.done) {
    listFindings(io, built.figures.findings, '错误');
    return 1;
  }
  const { report } = await readProgress(store, period.month);
  const out = {
    month: monthArg,
    timeProgress: report.timeProgress,
    indicators: report.items.map((p) => ({
      id: p.id,
      task: p.task,
      name: p.name,
      kind: p.kind,
      cmp: p.cmp,
      target: p.target,
      unit: p.unit,
      actual: p.actual,
      completion: p.completion,
      gap: p.gap,
      status: p.status,
      reason: p.reason,
    })),
  };
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
};
