/**
 * `npm run -s cli -- check --targets <file> --figures <csv|xlsx> --month <YYYY-MM> [--authority <来源>]`
 *
 * The checks (核对) of a month's figures file against the targets, as JSON on stdout:
 *   {"findings":[{"id","period","rule","severity","message"}]}
 * `rule` is a stable code (missing, falling, sum, unit, swing, bound, future, text, percent,
 * duplicate, source), `period` the month concerned (YYYY-MM), `severity` error or warning,
 * `message` the clerk's words (Chinese, naming the file and row). A clean file prints
 * {"findings":[]}. The targets are read as the pane reads them (imported into a workbook held in
 * memory, 月度填报 built), so each item is checked with the same settings and lead unit.
 * `--authority` names the source (a `source` column value) whose figures are authoritative.
 * Exit 0 when the check ran, findings or not; 1 when it could not (a file unreadable, a row that is
 * not id,period,value, an ID the targets do not hold), with the reasons in Chinese on stderr.
 */
import { checkContextOf, CHECK_INPUT_SHEETS } from '../app/check/checkContext';
import { buildWorkbook } from '../app/build/buildWorkbook';
import { describeFinding } from '../app/messages';
import type { Finding } from '../domain/findings';
import { readCheckFile } from '../domain/reconcile/checkFile';
import { runChecks } from '../domain/reconcile/runChecks';
import type { CheckFinding } from '../domain/reconcile/types';
import { createXlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { basename } from 'node:path';
import type { CliIo, Command } from './command';
import { loadFigureRows, loadTargets } from './inputs';
import { listFindings } from './listFindings';
import { optionText, parseMonthArg, parseOptions } from './options';

const USAGE = '用法：npm run -s cli -- check --targets <目标文件> --figures <数据.csv|.xlsx> --month <YYYY-MM> [--authority <权威来源>]\n';

/** The JSON contract: these keys, in this order. */
export function checkJson(findings: readonly CheckFinding[], year: number): string {
  const out = {
    findings: findings.map((f) => ({
      id: f.id,
      period: `${year}-${String(f.month).padStart(2, '0')}`,
      rule: f.rule,
      severity: f.severity,
      message: describeFinding(f),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const checkCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  const opts = parseOptions(args, { required: ['--targets', '--figures', '--month'], optional: ['--authority'] });
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
  const targets = await loadTargets(optionText(opts, '--targets')!);
  if (!targets.ok) {
    io.stderr(`${targets.message}\n`);
    return 1;
  }
  const figuresFile = optionText(opts, '--figures')!;
  const rows = await loadFigureRows(figuresFile);
  if (!rows.ok) {
    io.stderr(`${rows.message}\n`);
    return 1;
  }

  // The workbook the pane would have: the same items, settings and lead units.
  const store = createXlsxWorkbook();
  await buildWorkbook(store, { preview: targets.value, year: period.year, month: period.month });
  const context = checkContextOf(await store.readSheets(CHECK_INPUT_SHEETS));
  const file = readCheckFile(rows.value, basename(figuresFile), period.year, context.rules.mergeJanFeb);
  const known = new Set(context.items.map((c) => c.item.id));
  const unknown: Finding[] = [...file.figures, ...file.otherSources]
    .filter((f) => !known.has(f.id))
    .map((f) => ({ code: 'figure-unknown-id', severity: 'error', file: f.place.file, row: f.place.row, id: f.id }));
  if (file.findings.length > 0 || unknown.length > 0) {
    listFindings(io, [...file.findings, ...unknown].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), '错误');
    return 1;
  }
  const authorityName = optionText(opts, '--authority');
  const authority = new Map<string, string>();
  if (authorityName) for (const f of [...file.figures, ...file.otherSources]) if (f.source === authorityName) authority.set(f.id, authorityName);

  const findings = runChecks({
    // The workbook here is only the targets' reader: a missing figure is missing from the file.
    items: context.items.map(({ places: _inWorkbook, ...c }) => c),
    figures: file.figures,
    otherSources: file.otherSources,
    authority,
    month: period.month,
    rules: { swingPp: context.rules.swingPp, completionBound: context.rules.completionBound, unitSlipRatio: context.rules.unitSlipRatio, mergeJanFeb: context.rules.mergeJanFeb },
  });
  const name = basename(figuresFile);
  io.stdout(checkJson(findings.map((f) => (f.file || f.sheet ? f : { ...f, file: name })), period.year));
  return 0;
};
