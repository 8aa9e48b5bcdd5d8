/**
 * `npm run -s cli -- progress --targets <file> --figures <csv> --month <YYYY-MM> [--preset 宣城|银川|三亚]`:
 * parses the targets exactly like `parse`, reads the month's figures and prints the engine's
 * judgement as JSON. Every problem goes to stderr in Chinese, naming the file and line; exit 1.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseDocument } from '../domain/parse';
import { parseFiguresCsv } from '../domain/progress/figuresCsv';
import { computeProgress, type ProgressInput } from '../domain/progress/evaluate';
import { DEFAULT_RULES, rulesFromPreset } from '../domain/progress/rules';
import { defaultSettings, itemFromIndicator } from '../domain/progress/settings';
import type { FigureRow } from '../domain/progress/types';
import { readSource } from '../sources/readSource';
import type { CliIo, Command } from './command';

const USAGE = '用法：npm run -s cli -- progress --targets <目标文件> --figures <数据.csv> --month <YYYY-MM> [--preset 宣城|银川|三亚]\n';

function options(args: string[]): Map<string, string> | string {
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i];
    const value = args[i + 1];
    if (!['--targets', '--figures', '--month', '--preset'].includes(key)) return `未知参数“${key}”`;
    if (value === undefined || value.startsWith('--')) return `参数${key}缺少取值`;
    out.set(key, value);
  }
  for (const required of ['--targets', '--figures', '--month']) if (!out.has(required)) return `缺少参数${required}`;
  return out;
}

async function readBytes(file: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    return code === 'ENOENT' ? `找不到文件《${file}》，请检查路径。` : `无法读取文件《${file}》：${e instanceof Error ? e.message : String(e)}`;
  }
}

export const progressCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  const opts = options(args);
  if (typeof opts === 'string') {
    io.stderr(`${opts}。${USAGE}`);
    return 1;
  }
  const monthArg = opts.get('--month')!;
  const mm = /^(\d{4})-(\d{2})$/.exec(monthArg);
  if (!mm || Number(mm[2]) < 1 || Number(mm[2]) > 12) {
    io.stderr(`报告月份“${monthArg}”应为YYYY-MM格式（如2024-06）\n`);
    return 1;
  }
  const rules = opts.has('--preset') ? rulesFromPreset(opts.get('--preset')!) : DEFAULT_RULES;
  if (!rules) {
    io.stderr(`预警方案“${opts.get('--preset')}”应为宣城、银川或三亚\n`);
    return 1;
  }
  const targetsFile = opts.get('--targets')!;
  const targetBytes = await readBytes(targetsFile);
  if (typeof targetBytes === 'string') {
    io.stderr(`${targetBytes}\n`);
    return 1;
  }
  let parsed;
  try {
    parsed = parseDocument(await readSource(basename(targetsFile), targetBytes));
  } catch (e) {
    io.stderr(`无法读取目标文件《${targetsFile}》：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  // A targets file without targets is a warning of the parser (issue 11), shown as `parse` shows it.
  for (const d of parsed.diagnostics.filter((x) => x.level === 'warning' && x.line === undefined)) io.stderr(`警告：${d.message}\n`);
  const parseErrors = parsed.diagnostics.filter((d) => d.level === 'error');
  if (parseErrors.length > 0) {
    for (const d of parseErrors) io.stderr(`错误（《${basename(targetsFile)}》）：${d.message}\n`);
    return 1;
  }
  const figuresFile = opts.get('--figures')!;
  const figureBytes = await readBytes(figuresFile);
  if (typeof figureBytes === 'string') {
    io.stderr(`${figureBytes}\n`);
    return 1;
  }
  let csvText: string;
  try {
    csvText = new TextDecoder('utf-8', { fatal: true }).decode(figureBytes);
  } catch {
    io.stderr(`数据文件《${figuresFile}》不是UTF-8编码，请另存为“CSV UTF-8”格式\n`);
    return 1;
  }
  const ids = new Set(parsed.indicators.map((i) => i.id));
  const figures = parseFiguresCsv(csvText, basename(figuresFile), ids, Number(mm[1]));
  if (figures.errors.length > 0) {
    for (const e of figures.errors) io.stderr(`错误：${e}\n`);
    return 1;
  }
  // The CLI has no 月度填报 sheet: 1-2月 is whatever the file gives for month 02, and each
  // indicator gets the default settings a fresh workbook would write.
  const cliRules = { ...rules, mergeJanFeb: false };
  const inputs: ProgressInput[] = parsed.indicators.map((ind) => {
    const item = itemFromIndicator(ind);
    const row: FigureRow = figures.rows.get(ind.id) ?? new Array(13).fill(null);
    return { item, settings: defaultSettings(item, ind.quote), figures: row };
  });
  const report = computeProgress(inputs, cliRules, Number(mm[2]));
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
