import { textToDocument } from '../../../src/domain/text/textToDocument';
import { splitDocuments } from '../../../src/domain/sections/splitDocuments';
import { targetParagraphs } from '../../../src/domain/sections/targetZones';
import { SEEDS, seedText } from '../seedText';

function zoneLines(file: string): number[][] {
  return splitDocuments(textToDocument(seedText(file), file).blocks).map((part) => targetParagraphs(part).map((p) => p.line));
}

describe('target-bearing parts of the work reports', () => {
  // [seed, first line of the plan part, first line of the glossary (or past the end)]
  const reports: [string, number, number][] = [
    [SEEDS.report2023, 77, 145], // 主要预期目标 l.77; 注释： l.145
    [SEEDS.yiyang, 33, 151], // 主要预期目标 l.33; glossary "[1]…" l.151
    [SEEDS.lukou, 80, 198], // 十五五 总体目标 l.80; 名词解释 l.198
    [SEEDS.miluo, 75, 129], // 2025 年工作安排 l.75; 注释： l.129
  ];

  it.each(reports)('%s: one document, plan from l.%i up to the glossary at l.%i, no review', (file, start, glossary) => {
    const parts = zoneLines(file);
    expect(parts).toHaveLength(1);
    const lines = parts[0];
    expect(lines[0]).toBe(start);
    expect(Math.max(...lines)).toBeLessThan(glossary);
    expect(lines.length).toBeGreaterThan(20);
  });

  it('003 keeps the 2026 plan (主要预期目标 l.100) and leaves out the review of 2025 and 十四五 (l.14-68)', () => {
    const [lines] = zoneLines(SEEDS.lukou);
    expect(lines).toContain(100);
    expect(lines.filter((l) => l < 80)).toEqual([]);
  });
});

describe('seed 002 as a bundle', () => {
  const parts = splitDocuments(textToDocument(seedText(SEEDS.bundle), SEEDS.bundle).blocks);

  it('splits into its five documents by 文号', () => {
    expect(parts.map((p) => p.title)).toEqual([
      '关于岳阳绿色化工高新技术产业开发区云溪片区实行封闭管理的通告',
      '关于调整赋予湖南岳阳绿色化工高新技术产业开发区一批区级管理权限的通知',
      '关于印发2024年《政府工作报告》目标任务分解的通知',
      '关于取消部分集中式饮用水水源地的通知',
      '关于印发《岳阳市云溪区实施“八大行动”总体方案》的通知',
    ]);
  });

  it('finds no target-bearing paragraph in the notices, and the goals and tasks of the 八大行动 plan', () => {
    const zones = parts.map((p) => targetParagraphs(p).map((b) => b.line));
    expect(zones.slice(0, 4)).toEqual([[], [], [], []]);
    const plan = zones[4];
    expect(plan[0]).toBe(1465); // 一、主要目标
    expect(plan).toContain(1476); // （一）大力实施产业培塑行动…
    expect(plan).toContain(1506); // attachment 1, 一、工作目标
    expect(plan).toContain(1752); // attachment 8, last task
    // 三、组织实施 (l.1484-1488) and the 推进机制 sections hold no targets.
    expect(plan.filter((l) => l >= 1484 && l <= 1504)).toEqual([]);
    expect(plan).not.toContain(1521);
  });
});
