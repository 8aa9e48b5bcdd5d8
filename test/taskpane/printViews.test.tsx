/** @jest-environment jsdom */
/**
 * The 打印 and 通报 tabs over the in-memory workbook, as a clerk uses them: choose a grouping and
 * a range, write the paper, be told which sheet was written (and that a sheet of the clerk's was
 * left alone); read the month's bulletin and copy it.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { figureCell, importedWorkbook, importOnly } from '../app/progressView/workbookWithFigures';
import { renderInPane } from './helpers';

jest.setTimeout(30_000);

async function juneWorkbook() {
  const wb = await importedWorkbook(6);
  wb.setCell('月度填报', figureCell(wb, '1-1', 6), 2330);
  wb.setCell('月度填报', figureCell(wb, '2-1', 6), 6.1);
  return wb;
}

test('打印: the clerk’s choice becomes one print sheet; a sheet of the clerk’s with that name is left alone and the pane says so', async () => {
  const wb = await juneWorkbook();
  wb.setCell('1-6月进展表-按牵头单位-仅滞后预警', 'A1', '我自己的表');
  renderInPane(<App port={wb} />);
  fireEvent.click(screen.getByRole('tab', { name: '打印' }));
  const grouping = await screen.findByRole('combobox', { name: '分组' }, { timeout: 10_000 });
  expect((screen.getByRole('combobox', { name: '年份' }) as HTMLSelectElement).value).toBe(String(new Date().getFullYear() - (new Date().getMonth() === 0 ? 1 : 0)));
  fireEvent.change(screen.getByRole('combobox', { name: '年份' }), { target: { value: '2024' } });
  fireEvent.change(grouping, { target: { value: 'unit' } });
  fireEvent.change(screen.getByRole('combobox', { name: '范围' }), { target: { value: 'lagging' } });
  fireEvent.change(screen.getByRole('textbox', { name: '制表单位' }), { target: { value: '区政府督查室' } });
  fireEvent.click(screen.getByRole('button', { name: '生成打印表' }));
  const outcome = await screen.findByTestId('print-outcome', {}, { timeout: 10_000 });
  expect(outcome.textContent).toContain('工作簿中的“1-6月进展表-按牵头单位-仅滞后预警”是您自己的工作表，没有改动；打印表写入了“1-6月进展表-按牵头单位-仅滞后预警(2)”。');
  expect(outcome.textContent).toContain('已新建“打印设置”工作表');
  expect(wb.values('1-6月进展表-按牵头单位-仅滞后预警')).toEqual([['我自己的表']]);
  const paper = wb.values('1-6月进展表-按牵头单位-仅滞后预警(2)');
  expect(paper[0][0]).toBe('2024年1-6月《政府工作报告》目标任务进展情况表（滞后和预警事项）');
  expect(paper[1][0]).toBe('制表单位：区政府督查室\u3000\u3000数据截至：2024年6月30日');

  fireEvent.click(screen.getByRole('button', { name: '查看打印表' }));
  await screen.findByRole('button', { name: '查看打印表' });
  expect(wb.selections.at(-1)).toEqual({ sheet: '1-6月进展表-按牵头单位-仅滞后预警(2)', address: 'A1' });
});

test('通报: the month’s bulletin, copied whole with one click', async () => {
  const wb = await juneWorkbook();
  const copied: string[] = [];
  Object.assign(navigator, { clipboard: { writeText: async (t: string) => void copied.push(t) } });
  renderInPane(<App port={wb} />);
  fireEvent.click(screen.getByRole('tab', { name: '通报' }));
  const article = await screen.findByTestId('bulletin', {}, { timeout: 10_000 });
  expect(within(article).getByText(/^关于\d{4}年1-6月《政府工作报告》目标任务推进情况的通报$/)).toBeTruthy();
  expect(article.textContent).toContain('规模工业增加值（第2项）增长6.1%，低于目标1.9个百分点（滞后）');
  fireEvent.click(screen.getByRole('button', { name: '复制全文' }));
  await screen.findByText('已复制，可粘贴到 Word 文档中。');
  expect(copied).toHaveLength(1);
  expect(copied[0].split('\n')[0]).toMatch(/^关于\d{4}年1-6月/);
  expect(copied[0]).toContain('\u3000\u3000纳入监测的目标任务共');
});

test('before 进度 is built, both tabs say what to do first', async () => {
  renderInPane(<App port={await importOnly()} />);
  fireEvent.click(screen.getByRole('tab', { name: '打印' }));
  expect(await screen.findByText(/还没有生成进度表/, {}, { timeout: 10_000 })).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: '通报' }));
  expect(await screen.findByText(/还没有生成进度表/, {}, { timeout: 10_000 })).toBeTruthy();
});
