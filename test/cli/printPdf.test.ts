/**
 * The leaders' paper as a leader holds it: printed to PDF by LibreOffice (Debian's
 * libreoffice-calc), as `cli build` prints it. Every page is landscape, the header row is on every
 * page, the footer counts the paper's own pages, and no printed cell's text is cut off: each one
 * appears whole in its page's text (pdftotext). Seed 002 with the June figures, and a paper made
 * to be hard to lay out: very long titles, a unit with one item, an empty group, 90 rows, Chinese
 * in every text cell, on A4 and A3. Recalculated by LibreOffice, every printed status is the one
 * the 进度 formulas give. CI installs LibreOffice; elsewhere, without it, this says so.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readMonthReport } from '../../src/app/print/readMonthReport';
import { buildCommand } from '../../src/cli/buildCommand';
import { LibreOffice, findSoffice } from '../../src/cli/libreOffice';
import { paperGroups, type PaperChoice } from '../../src/domain/report/paper';
import type { MonthReport } from '../../src/domain/report/monthReport';
import { PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { PC } from '../../src/workbook/progress/progressFormulas';
import { PROGRESS_FIRST_DATA_ROW } from '../../src/workbook/progress/progressSheet';
import { printSheetName, printSheetPlan } from '../../src/workbook/print/printSheet';
import { printCopy } from '../../src/xlsx/printCopy';
import { createXlsxWorkbook, openXlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { report, reportItem } from '../domain/report/reportItems';
import { cutOff, pdfPages, sheetTexts, squeeze, type PdfPage } from '../support/printedPdf';

jest.setTimeout(600_000);

const root = join(__dirname, '../..');
const soffice = findSoffice();
const required = process.env.CI !== undefined;
const maybe = soffice || required ? describe : describe.skip;
if (!soffice && !required) console.warn('LibreOffice (soffice) is not installed: the printed-paper checks are skipped (CI runs them).');

const HEADER = ['序号', '指标/任务', '年度目标', '状态'];

/** Landscape pages, the header on every one, "第X页 共Y页" counting this paper's pages. */
function expectPaperPages(pages: PdfPage[], paper: 'A4' | 'A3'): void {
  const [w, h] = paper === 'A4' ? [842, 595] : [1191, 842];
  pages.forEach((p, i) => {
    expect([Math.round(p.width), Math.round(p.height)]).toEqual([w, h]);
    const text = squeeze(p.text);
    for (const word of HEADER) expect(text).toContain(word);
    expect(text).toContain(`第${i + 1}页共${pages.length}页`);
  });
}

maybe('the leaders’ paper of seed 002, printed by LibreOffice', () => {
  const out = mkdtempSync(join(tmpdir(), 'tm-paper-'));
  const xlsx = join(out, '目标任务监测-2024-06.xlsx');
  const pdf = join(out, '目标任务监测-2024-06-1-6月进展表-按类别.pdf');

  beforeAll(async () => {
    expect(soffice).toBeDefined();
    let err = '';
    const code = await buildCommand(
      ['--targets', join(root, 'seeds/002_6ca40ee2ecc3ed1b.txt'), '--figures', join(root, 'samples/002-figures-2024-06.csv'), '--month', '2024-06', '--maker', '区政府督查室', '--issue', '6', '--out', out],
      { stdout: () => undefined, stderr: (t) => (err += t) },
    );
    expect(err).not.toMatch(/错误|冲突/);
    expect(code).toBe(0);
  });

  test('landscape A4 pages, more than one for 80 tasks, the header and the page count on every page, no text cut off', async () => {
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expectPaperPages(pages, 'A4');
    expect(squeeze(pages[0].text)).toContain('2024年1-6月《政府工作报告》目标任务进展情况表');
    // Each kind of target starts a page of its own.
    const starts = ['一、主要经济指标', '二、量化指标', '三、重点项目和节点任务', '四、底线任务'].map((h) => pages.findIndex((p) => squeeze(p.text).includes(h)));
    expect(starts.every((s) => s >= 0)).toBe(true);
    expect(new Set(starts).size).toBe(4);
    const cells = await sheetTexts(new Uint8Array(readFileSync(xlsx)), '1-6月进展表-按类别');
    expect(cells.length).toBeGreaterThan(263 * 5);
    expect(cutOff(cells, pages)).toEqual([]);
  });

  test('recalculated by LibreOffice, every printed status is the one the 进度 formulas show for that item', async () => {
    const lo = new LibreOffice(soffice!);
    try {
      const recalculated = await lo.convert(xlsx, 'xlsx', join(out, 'recalculated'));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(recalculated);
      const shown = (v: ExcelJS.CellValue): unknown => {
        if (v !== null && typeof v === 'object' && 'result' in v) return v.result;
        if (v !== null && typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
        return v;
      };
      // 进度 as LibreOffice computed it: status by 指标ID.
      const progress = book.getWorksheet(PROGRESS_SHEET)!;
      const formulaStatus = new Map<string, unknown>();
      for (let r = PROGRESS_FIRST_DATA_ROW; r <= progress.rowCount; r++) {
        formulaStatus.set(String(shown(progress.getCell(`${PC['指标ID']}${r}`).value)), shown(progress.getCell(`${PC['状态']}${r}`).value));
      }
      // The paper's rows, item by item, in the order the domain laid them out.
      const { report: month } = await readMonthReport(await openXlsxWorkbook(new Uint8Array(readFileSync(xlsx)), 'built.xlsx'), { year: 2024, month: 6 });
      const items = paperGroups(month, { grouping: 'kind', filter: null }).flatMap((g) => g.items);
      const paper = book.getWorksheet('1-6月进展表-按类别')!;
      const header = Array.from({ length: paper.getRow(4).cellCount }, (_, c) => String(shown(paper.getRow(4).getCell(c + 1).value) ?? ''));
      const statusCol = header.indexOf('状态') + 1;
      const statementCol = header.indexOf('指标/任务') + 1;
      expect(statusCol).toBeGreaterThan(0);
      const rows: { statement: string; status: string }[] = [];
      paper.eachRow((row, r) => {
        // Group headings and notes are merged across the row: not items.
        if (row.getCell(statusCol).isMerged) return;
        const status = shown(row.getCell(statusCol).value);
        if (r > 4 && typeof status === 'string' && status !== '') rows.push({ statement: String(shown(row.getCell(statementCol).value)), status });
      });
      expect(rows).toHaveLength(items.length);
      const mismatches: string[] = [];
      items.forEach((item, k) => {
        expect(rows[k].statement).toBe(item.statement);
        const expected = formulaStatus.get(item.progress.id);
        const printed = rows[k].status === '年度考核' || rows[k].status === '季度考核' ? '不适用' : rows[k].status;
        if (printed !== expected) mismatches.push(`${item.progress.id} ${item.statement}: printed ${rows[k].status}, 进度 ${String(expected)}`);
      });
      expect(mismatches).toEqual([]);
    } finally {
      lo.dispose();
    }
  });
});

/** 90 items of every kind, four units (one with a single item), very long statements, Chinese in
 *  every text cell: the clerk's notes, problems and measures too. */
function hardMonth(): MonthReport {
  const long = '推进绿色化工高新区己内酰胺产业链配套项目、岳化新材尼龙-6聚合项目、佛塑拉伸膜项目等重点产业项目建成投产，同步完成园区道路提质改造和场地平整，确保年内形成实物工作量';
  const units = ['区发展和改革局', '区工业和信息化局（区科学技术局）', '区人力资源和社会保障局'];
  const items = Array.from({ length: 90 }, (_, k) => {
    const kind = (['growth', 'level', 'level', 'milestone'] as const)[k % 4];
    const status = (['滞后', '正常', '预警', '未填报', '已完成'] as const)[k % 5];
    return reportItem(`${k + 1}-1`, {
      statement: k % 7 === 0 ? `${long}（第${k + 1}项）` : `第${k + 1}项重点任务：新增规模以上工业企业和高新技术企业`,
      progress: {
        name: `指标${k + 1}`,
        kind,
        unit: kind === 'growth' ? '%' : kind === 'milestone' ? '' : '万元',
        target: kind === 'milestone' ? null : 12345.5,
        actual: status === '未填报' || kind === 'milestone' ? null : 9876543.21,
        completion: kind === 'level' ? 0.8 : null,
        gap: kind === 'milestone' ? null : -12.3456,
        status,
      },
      method: kind === 'growth' ? '差距' : kind === 'milestone' ? '节点' : '完成率',
      dueMonth: kind === 'milestone' ? 9 : null,
      unit: units[k % 3],
      leader: '欧阳建国',
      note: '已完成项目立项、用地预审和环评批复，正在开展施工图设计审查和招标准备工作，预计下月开工建设',
      problems: '受要素保障和资金到位影响，前期手续办理进度慢于计划',
      measures: '由牵头领导每周调度一次，协调解决土地、资金等问题',
    });
  });
  items.push(reportItem('99-1', { statement: '只有一项任务的牵头单位', unit: '区退役军人事务局', leader: '李四', progress: { status: '滞后' } }));
  return report(items);
}

maybe('a paper made to be hard to lay out, printed by LibreOffice', () => {
  const cases: [string, PaperChoice][] = [
    ['by kind on A4', { grouping: 'kind', filter: null, paper: 'A4' }],
    ['by unit, only the lagging (an empty kind, a unit with one item) on A3', { grouping: 'unit', filter: 'lagging', paper: 'A3' }],
    ['by kind, only the lagging: empty kinds say so', { grouping: 'kind', filter: 'lagging', paper: 'A4' }],
  ];
  test.each(cases)('%s: landscape, the header on every page, nothing cut off', async (_, choice) => {
    const month = hardMonth();
    const name = printSheetName(month, choice);
    const store = createXlsxWorkbook();
    await store.apply({ sheets: [printSheetPlan(month, choice, name, { maker: '岳阳市云溪区人民政府办公室督查室', issue: '12' })] });
    const bytes = await store.save();
    const dir = mkdtempSync(join(tmpdir(), 'tm-hard-'));
    const file = join(dir, 'paper.xlsx');
    writeFileSync(file, await printCopy(bytes, { sheets: [name] }));
    const lo = new LibreOffice(soffice!);
    try {
      const pages = pdfPages(await lo.convert(file, 'pdf', dir));
      expect(pages.length).toBeGreaterThan(1);
      expectPaperPages(pages, choice.paper);
      expect(cutOff(await sheetTexts(bytes, name), pages)).toEqual([]);
      if (choice.filter === 'lagging' && choice.grouping === 'kind') {
        const all = squeeze(pages.map((p) => p.text).join(''));
        expect(all).toContain('四、底线任务（0项）');
        expect(all).toContain('本期无此类事项');
      }
    } finally {
      lo.dispose();
    }
  });
});
