/** The year a document's targets are for, from its own phrases (issue 10: titles with the year). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../../src/domain/parse';
import { planYear } from '../../../src/domain/sections/planYear';

const para = (...texts: string[]) => texts.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 1 }));

test.each([
  ['000_944c3e97a995c1db.txt', 2024], // December 2023 report: 2024年区政府工作的总体要求
  ['001_a3c28763f215a6f6.txt', 2024],
  ['002_6ca40ee2ecc3ed1b.txt', 2024], // 2024年《政府工作报告》目标任务分解
  ['003_f63b25ad495e4c38.txt', 2026], // January 2026 report: 2025年…回顾, then the 2026 plan
  ['004_51bcf80d7e327ab3.txt', 2025], // December 2024 report: 2024年工作回顾
])('seed %s is for %i', (file, year) => {
  const text = readFileSync(join(__dirname, '../../../seeds', file), 'utf8');
  expect(parseText(text, file).planYear).toBe(year);
});

test('the phrases of the plan win over the years named most', () => {
  expect(planYear(para('2023年全区经济运行稳中向好，2023年完成投资…2023年…', '2024年主要预期目标是：'))).toBe(2024);
  expect(planYear(para('一、2022年工作回顾', '2022年…2022年…'))).toBe(2023);
  expect(planYear(para('关于印发2025年《政府工作报告》重点工作任务分解的通知'))).toBe(2025);
});

test('without a phrase it is the year named most, and null without any', () => {
  expect(planYear(para('到2027年建成…', '2027年完成…', '2030年'))).toBe(2027);
  expect(planYear(para('新增城镇就业5600人以上'))).toBeNull();
});
