/**
 * `npm run -s cli -- build --targets <file> [--figures <csv|xlsx>] --month <YYYY-MM>
 *   [--preset 宣城|银川|三亚|自定义] [--workbook <existing.xlsx>] [--overwrite] [--no-pdf]
 *   [--group kind|unit|leader|status] [--paper A4|A3] [--only lagging|livelihood]
 *   [--maker <制表单位>] [--issue <期数>] --out <dir>`
 *
 * The headless main job: the pane's use cases over an .xlsx file (src/app/build/buildWorkbook.ts).
 * Saves `<dir>/目标任务监测-<YYYY-MM>.xlsx` with the leaders' paper (one print sheet for the
 * choice), and the month's bulletin beside it as `…-通报.txt` (UTF-8) and `…-通报.docx`; where
 * LibreOffice is installed, also the PDF of the working sheets handed to leaders and the paper's
 * own PDF (its pages numbered on their own). With --workbook it updates that workbook as the pane
 * would (it is read, never written: the result goes to --out). Every problem is Chinese on stderr
 * with exit 1; the workbook is then not saved.
 */
import { mkdirSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../app/build/buildWorkbook';
import { logClosedChanges } from '../app/history/closedChanges';
import { timestamp } from '../domain/collect/timestamp';
import { WorkbookError } from '../app/port';
import type { RulePresetName } from '../domain/progress/types';
import { FILTERS, GROUPINGS, type Grouping, type PaperChoice, type PaperFilter, type PaperSize } from '../domain/report/paper';
import { PROGRESS_SHEET } from '../workbook/progress/layout';
import { INDICATORS_SHEET, TASKS_SHEET } from '../workbook/vocabulary';
import { printCopy } from '../xlsx/printCopy';
import { createXlsxWorkbook, openXlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { bulletinDocx } from './bulletinDocx';
import type { CliIo, Command } from './command';
import { loadFigures, loadTargets, readBytes } from './inputs';
import { LibreOffice, findSoffice } from './libreOffice';
import { listFindings } from './listFindings';
import { optionText, parseMonthArg, parseOptions } from './options';

const USAGE =
  '用法：npm run -s cli -- build --targets <目标文件> [--figures <数据.csv|.xlsx>] --month <YYYY-MM> [--preset 宣城|银川|三亚|自定义] [--workbook <已有工作簿.xlsx>] [--overwrite] [--no-pdf] [--group kind|unit|leader|status] [--paper A4|A3] [--only lagging|livelihood] [--maker <制表单位>] [--issue <期数>] --out <输出目录>\n';
const PAPERS: readonly PaperSize[] = ['A4', 'A3'];
const PRESETS: readonly RulePresetName[] = ['宣城', '银川', '三亚', '自定义'];
/** The sheets printed for leaders, in the PDF. */
export const PRINTED_SHEETS = [PROGRESS_SHEET, TASKS_SHEET, INDICATORS_SHEET];

export const buildCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  const opts = parseOptions(args, {
    required: ['--targets', '--month', '--out'],
    optional: ['--figures', '--preset', '--workbook', '--group', '--paper', '--only', '--maker', '--issue'],
    flags: ['--overwrite', '--no-pdf'],
  });
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
    io.stderr(`预警方案“${preset}”应为${PRESETS.join('、')}之一\n`);
    return 1;
  }

  const choice = paperChoice(opts);
  if (typeof choice === 'string') {
    io.stderr(`${choice}\n`);
    return 1;
  }
  const issue = optionText(opts, '--issue');
  if (issue !== undefined && !/^\d{1,4}$/.test(issue)) {
    io.stderr(`期数“${issue}”应为数字（如6，印作“第6期”）\n`);
    return 1;
  }

  const targets = await loadTargets(optionText(opts, '--targets')!);
  if (!targets.ok) {
    io.stderr(`${targets.message}\n`);
    return 1;
  }
  for (const d of targets.value.result.diagnostics.filter((x) => x.level === 'warning')) io.stderr(`警告：${d.message}\n`);

  let figures;
  const figuresFile = optionText(opts, '--figures');
  if (figuresFile !== undefined) {
    const read = await loadFigures(figuresFile, period.year);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      return 1;
    }
    if (read.value.findings.length > 0) {
      listFindings(io, read.value.findings, '错误');
      return 1;
    }
    figures = read.value.entries;
  }

  const workbookFile = optionText(opts, '--workbook');
  let store;
  if (workbookFile !== undefined) {
    const bytes = await readBytes(workbookFile);
    if (!bytes.ok) {
      io.stderr(`${bytes.message}\n`);
      return 1;
    }
    try {
      store = await openXlsxWorkbook(bytes.value, basename(workbookFile));
    } catch (e) {
      if (e instanceof WorkbookError) {
        io.stderr(`${e.message}\n`);
        return 1;
      }
      throw e;
    }
  } else store = createXlsxWorkbook();

  const outcome = await buildWorkbook(store, {
    preview: targets.value,
    figures,
    year: period.year,
    month: period.month,
    preset: preset as RulePresetName | undefined,
    overwrite: opts.has('--overwrite'),
    print: { choice, maker: optionText(opts, '--maker'), issue },
    bulletin: { issued: new Date() },
  });
  if (!outcome.done) {
    listFindings(io, outcome.figures.findings, '错误');
    listFindings(io, outcome.figures.conflicts, '冲突');
    if (outcome.figures.conflicts.length > 0) io.stderr('数据文件与工作簿中已填的数值不同：核对后如确认以数据文件为准，请加 --overwrite 重新运行。\n');
    io.stderr('工作簿未保存。\n');
    return 1;
  }
  listFindings(io, outcome.refresh.findings, '提示');
  if (workbookFile !== undefined && outcome.figures) {
    // A figure of a closed month changed by the figures file: logged with who ran the command.
    const logged = await logClosedChanges(store, timestamp(new Date()), systemUser(), `命令行《${basename(figuresFile!)}》`);
    if (logged > 0) io.stderr(`提示：已关闭月份的${logged}个数值被修改，已记入“修改记录”工作表。\n`);
  }

  const outDir = resolve(optionText(opts, '--out')!);
  mkdirSync(outDir, { recursive: true });
  const name = `目标任务监测-${monthArg}`;
  const xlsx = join(outDir, `${name}.xlsx`);
  const bytes = await store.save();
  writeFileSync(xlsx, bytes);
  const counts = outcome.refresh.report.items.reduce((m, i) => m.set(i.status, (m.get(i.status) ?? 0) + 1), new Map<string, number>());
  const summary = [...counts].map(([s, n]) => `${s}${n}项`).join('，');
  io.stdout(`已写出工作簿：${xlsx}\n`);
  io.stdout(`任务${outcome.imported.tasks.added + outcome.imported.tasks.updated + outcome.imported.tasks.unchanged}项，指标${outcome.refresh.report.items.length}项；${period.month}月：${summary}\n`);
  if (outcome.figures) io.stdout(`填入数值${outcome.figures.written}个${outcome.figures.unchanged > 0 ? `（另有${outcome.figures.unchanged}个与工作簿相同）` : ''}\n`);
  const paper = outcome.print!;
  if (paper.clerkSheetKept) io.stdout(`工作簿中的“${paper.clerkSheetKept}”是您自己的工作表，未改动；打印表写入了“${paper.sheet}”。\n`);
  io.stdout(`已写入打印表“${paper.sheet}”（${paper.items}项，${choice.paper}横向）${paper.settingsCreated ? '，并新建了“打印设置”工作表（制表单位、期数、通报措辞）' : ''}\n`);
  const bulletin = outcome.bulletin!;
  const txt = join(outDir, `${name}-通报.txt`);
  writeFileSync(txt, bulletin.text, 'utf8');
  const docx = join(outDir, `${name}-通报.docx`);
  writeFileSync(docx, await bulletinDocx(bulletin.bulletin));
  io.stdout(`已写出月度通报：${txt}、${docx}\n`);

  if (opts.has('--no-pdf')) return 0;
  const soffice = findSoffice();
  if (!soffice) {
    io.stdout('没有找到 LibreOffice（soffice），未生成 PDF。安装 libreoffice-calc 后可同时得到打印用的 PDF。\n');
    return 0;
  }
  const pdfs = await printPdfs(soffice, bytes, outDir, name, paper.sheet);
  io.stdout(`已写出 PDF（${PRINTED_SHEETS.join('、')}）：${pdfs.sheets}\n`);
  io.stdout(`已写出打印表 PDF（${paper.sheet}）：${pdfs.paper}\n`);
  return 0;
};

/** The paper the options ask for, or a Chinese sentence saying which option is wrong. */
function paperChoice(opts: Map<string, string | true>): PaperChoice | string {
  const group = optionText(opts, '--group') ?? 'kind';
  if (!GROUPINGS.includes(group as Grouping)) return `分组方式“${group}”应为${GROUPINGS.join('、')}之一（kind 按类别，unit 按牵头单位，leader 按牵头领导，status 按状态）`;
  const paper = optionText(opts, '--paper') ?? 'A4';
  if (!PAPERS.includes(paper as PaperSize)) return `纸张“${paper}”应为A4或A3`;
  const only = optionText(opts, '--only');
  if (only !== undefined && !FILTERS.includes(only as PaperFilter)) return `范围“${only}”应为lagging（仅滞后和预警）或livelihood（仅民生实事）`;
  return { grouping: group as Grouping, paper: paper as PaperSize, filter: (only as PaperFilter | undefined) ?? null };
}

/** Two PDFs, recalculated by LibreOffice and laid out as Excel shows them: the working sheets
 *  handed to leaders (`<name>.pdf`), and the paper on its own (`<name>-<sheet>.pdf`), so that its
 *  "第X页 共Y页" counts its own pages, as Excel prints one sheet. */
async function printPdfs(soffice: string, bytes: Uint8Array, outDir: string, name: string, paperSheet: string): Promise<{ sheets: string; paper: string }> {
  const lo = new LibreOffice(soffice);
  const work = join(outDir, `.${name}-打印中`);
  try {
    mkdirSync(work, { recursive: true });
    const source = join(work, `${name}.xlsx`);
    writeFileSync(source, bytes);
    const recalculated = await lo.convert(source, 'xlsx', join(work, 'recalculated'));
    const shown = new ExcelJS.Workbook();
    await shown.xlsx.readFile(recalculated);
    const shownText = (sheet: string, r: number, c: number) => {
      const v = shown.getWorksheet(sheet)?.getCell(r, c).value;
      const result = v !== null && typeof v === 'object' && 'result' in v ? v.result : v;
      return result === null || result === undefined || typeof result === 'object' ? undefined : String(result);
    };
    const pdf = async (sheets: string[], file: string) => {
      const printable = join(work, `${file}.xlsx`);
      writeFileSync(printable, await printCopy(bytes, { sheets, shown: shownText }));
      const target = join(outDir, `${file}.pdf`);
      renameSync(await lo.convert(printable, 'pdf', work), target);
      return target;
    };
    return { sheets: await pdf(PRINTED_SHEETS, name), paper: await pdf([paperSheet], `${name}-${paperSheet}`) };
  } finally {
    rmSync(work, { recursive: true, force: true });
    lo.dispose();
  }
}

/** Who ran the command, as the system knows them ("命令行用户" where it cannot say). */
function systemUser(): string {
  try {
    return `${userInfo().username}（命令行）`;
  } catch {
    return '命令行用户';
  }
}
