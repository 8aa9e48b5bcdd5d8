/**
 * `npm run -s cli -- forms --workbook <xlsx> --month <YYYY-MM> --out <dir>`
 *
 * The month's fill-in forms: one .xlsx per lead unit (`<dir>/<YYYY-MM>-<单位>-填报表.xlsx`), each
 * listing only that unit's indicators and milestones, last period's figure prefilled, IDs and
 * targets locked, figure cells for numbers only, a sign-off block. The workbook is read, never
 * written. Items without a lead unit go into the form of “未分配牵头单位”, and stderr says how to
 * give them one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadUnitForms } from '../app/collect/unitForms';
import { WorkbookError } from '../app/port';
import { NoIndicatorsError } from '../app/progress/progressInputs';
import { NO_OWNER } from '../workbook/collect/owners';
import { formFileName } from '../workbook/collect/formSheet';
import { formFile } from '../xlsx/formFile';
import { openXlsxWorkbook } from '../xlsx/xlsxWorkbook';
import type { CliIo, Command } from './command';
import { readBytes } from './inputs';
import { optionText, parseMonthArg, parseOptions } from './options';

const USAGE = '用法：npm run -s cli -- forms --workbook <工作簿.xlsx> --month <YYYY-MM> --out <输出目录>\n';

export const formsCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  const opts = parseOptions(args, { required: ['--workbook', '--month', '--out'] });
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
  const file = optionText(opts, '--workbook')!;
  const bytes = await readBytes(file);
  if (!bytes.ok) {
    io.stderr(`${bytes.message}\n`);
    return 1;
  }
  let forms;
  try {
    forms = await loadUnitForms(await openXlsxWorkbook(bytes.value, basename(file)), period.month, period.year);
  } catch (e) {
    if (e instanceof WorkbookError || e instanceof NoIndicatorsError) {
      io.stderr(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const out = resolve(optionText(opts, '--out')!);
  mkdirSync(out, { recursive: true });
  for (const form of forms) {
    const target = join(out, formFileName(form));
    writeFileSync(target, await formFile(form));
    io.stdout(`${form.unit}：${form.items.length}项 → ${target}\n`);
  }
  io.stdout(`已写出${forms.length}份填报表（${monthArg}）到 ${out}\n`);
  const unassigned = forms.find((f) => f.unit === NO_OWNER);
  if (unassigned) {
    io.stderr(`提示：${unassigned.items.length}项没有牵头单位（不属于分解表中的任务），已写入“${NO_OWNER}”的填报表。可在“指标”工作表加一列“牵头单位”逐项指定。\n`);
  }
  return 0;
};
