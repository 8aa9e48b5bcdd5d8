import { parseDocument, parseText } from '../../src/domain/parse';
import type { ParseResult } from '../../src/domain/model';
import { SEEDS, seedText } from './seedText';

const parsed = new Map<string, ParseResult>();
function parseSeed(file: string): ParseResult {
  if (!parsed.has(file)) parsed.set(file, parseText(seedText(file), file));
  return parsed.get(file)!;
}

describe('seed 002: the decomposition of the 2024 report', () => {
  const r = () => parseSeed(SEEDS.bundle);

  it('imports exactly the 80 numbered tasks, 1 to 80, from line 776 on', () => {
    expect(r().tasks.map((t) => t.seq)).toEqual(Array.from({ length: 80 }, (_, i) => String(i + 1)));
    expect(r().tasks[0].line).toBe(776);
  });

  it('reads task 1 as the notice states it', () => {
    expect(r().tasks[0]).toEqual({
      seq: '1',
      text: '地区生产总值增长7.5%以上，规模工业增加值增长8%以上，固定资产投资增长8%以上，社会消费品零售总额增长8%以上，一般公共预算地方收入增长8%以上，城镇居民人均可支配收入增长6%以上。',
      leadLeader: '彭伟',
      leadUnit: '区发改局',
      units: ['区财政局', '区税务局', '区商粮局', '区科工局'],
      owners: ['张育锋', '曾婷'],
      deadline: null,
      livelihood: false,
      line: 776,
    });
  });

  it('keeps both lead units and all three owners of task 51', () => {
    const t51 = r().tasks.find((t) => t.seq === '51')!;
    expect(t51.leadUnit).toBe('区交通局、区物流发展服务中心');
    expect(t51.owners).toEqual(['刘鹏', '余宏良', '李猛进']);
  });

  it('marks the six 区级民生实事 of the note at l.1427, and their indicators', () => {
    expect(r().tasks.filter((t) => t.livelihood).map((t) => t.seq)).toEqual(['48', '49', '57', '58', '67', '80']);
    const livelihoodTasks = new Set(['48', '49', '57', '58', '67', '80']);
    for (const ind of r().indicators.filter((i) => i.task !== null)) expect(ind.livelihood).toBe(livelihoodTasks.has(ind.task!));
    expect(r().indicators.some((i) => i.task === '80' && i.livelihood)).toBe(true);
  });

  it('marks plan targets under a 民生实事 heading (attachment 8, l.1704-1752) as livelihood, and no others', () => {
    const prose = r().indicators.filter((i) => i.task === null);
    const daycare = prose.find((i) => i.line === 1752 && i.target === 2);
    expect(daycare?.livelihood).toBe(true);
    for (const i of prose.filter((x) => x.line < 1700)) expect(i.livelihood).toBe(false);
  });

  it('does not import the 赋权事项目录 tables, and says so', () => {
    expect(r().tasks.some((t) => /出入境通行证签发|报废人防工程及通信设施审批|行政许可/.test(t.text))).toBe(false);
    const infos = r().diagnostics.filter((d) => d.level === 'info').map((d) => d.line);
    expect(infos).toEqual(expect.arrayContaining([65, 159]));
    expect(r().diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('takes prose targets only from the 八大行动 plan, none from the notices', () => {
    const prose = r().indicators.filter((i) => i.task === null);
    expect(prose.length).toBeGreaterThan(0);
    for (const i of prose) expect(i.line).toBeGreaterThanOrEqual(1465);
    for (const q of r().qualitative.filter((x) => x.task === null)) expect(q.line).toBeGreaterThanOrEqual(1465);
  });

  it('keys task indicators `${seq}-${k}` and every indicator uniquely', () => {
    const ids = r().indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(r().indicators.filter((i) => i.task === '1').map((i) => i.id)).toEqual(
      r().indicators.filter((i) => i.task === '1').map((_, k) => `1-${k + 1}`),
    );
    for (const i of r().indicators.filter((x) => x.task === null)) expect(i.id).toMatch(new RegExp(`^L${i.line}-\\d+$`));
  });
});

describe('work reports: no tasks, targets only from the plan part', () => {
  // [seed, first line of the plan part, first line of the glossary]
  const reports: [string, number, number][] = [
    [SEEDS.report2023, 77, 145],
    [SEEDS.yiyang, 33, 151],
    [SEEDS.lukou, 80, 198],
    [SEEDS.miluo, 75, 129],
  ];
  it.each(reports)('%s: indicators between l.%i and l.%i only', (file, start, glossary) => {
    const r = parseSeed(file);
    expect(r.tasks).toEqual([]);
    expect(r.indicators.length).toBeGreaterThan(0);
    for (const i of [...r.indicators, ...r.qualitative]) {
      expect(i.line).toBeGreaterThanOrEqual(start);
      expect(i.line).toBeLessThan(glossary);
    }
    expect(r.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('000: the target split over l.87/89 is read whole and placed on the line where its quote starts', () => {
    const r = parseSeed(SEEDS.report2023);
    const project = r.indicators.find((i) => i.target === 1 && i.unit === '个' && i.quote.includes('项目'));
    expect(project).toBeDefined();
    expect([87, 89]).toContain(project!.line);
    expect(r.indicators.some((i) => i.target === 50)).toBe(false);
  });

  it('gives the same keys on every run', () => {
    const a = parseText(seedText(SEEDS.lukou), SEEDS.lukou).indicators.map((i) => i.id);
    const b = parseText(seedText(SEEDS.lukou), SEEDS.lukou).indicators.map((i) => i.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });
});

describe('diagnostics', () => {
  it('reports a document without targets with a Chinese warning naming it, not an error', () => {
    const r = parseText('岳云政办函〔2024〕2号\n\n关于取消部分集中式饮用水水源地的通知\n\n特此通知。\n', '水源地通知.txt');
    expect([r.tasks, r.indicators, r.qualitative]).toEqual([[], [], []]);
    expect(r.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const warnings = r.diagnostics.filter((d) => d.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message.startsWith('未在《水源地通知.txt》中找到目标任务：')).toBe(true);
  });

  it('gives a review of last year an empty result and the same warning', () => {
    const review = '2024年工作回顾\n全年完成地区生产总值190.25亿元，增长6.4%，增速位列全市第7位。\n已新增老年助餐服务点235个，整体完成率111.5%。\n';
    const r = parseText(review, '回顾.txt');
    expect([r.indicators, r.qualitative]).toEqual([[], []]);
    expect(r.diagnostics.filter((d) => d.level !== 'info').map((d) => d.level)).toEqual(['warning']);
  });

  it('flags an indicator whose name it cannot find for the clerk, with its line and key', () => {
    const r = parseText('主要预期目标是：\n增长8%以上。\n', '无名.txt');
    expect(r.indicators).toHaveLength(1);
    const flag = r.diagnostics.find((d) => d.ref === r.indicators[0].id);
    expect(flag).toMatchObject({ level: 'warning', line: 2 });
    expect(flag!.message).toContain('未能确定指标名称');
  });

  it('refuses a figure too large to keep exactly, naming its line, and never passes on Infinity', () => {
    const huge = '9'.repeat(100_000);
    const r = parseText(`主要预期目标是：\n新增城镇就业${huge}人，新增市场主体1e400家，引进项目9007199254740993个，新开工项目40个。\n`, '大数.txt');
    expect(r.indicators.map((i) => [i.name, i.target])).toEqual([['新开工项目', 40]]);
    const refusals = r.diagnostics.filter((d) => /数字/.test(d.message));
    expect(refusals.map((d) => d.line)).toEqual([2, 2, 2]);
    expect(refusals[0].message).toMatch(/过大/);
    expect(refusals[1].message).toMatch(/科学计数法/);
    expect(refusals.every((d) => d.message.length < 300)).toBe(true);
  });

  it('reports a table meant as targets without a readable header, with its line', () => {
    const r = parseDocument({
      name: '选中的区域',
      blocks: [{ kind: 'table', rows: [['任务', '牵头单位'], ['新开工项目40个以上', '区发改局']], rowLines: [3, 4] }],
    });
    expect(r.diagnostics).toContainEqual({
      level: 'error',
      message: '第3行的表格没有可识别的表头（需要“目标任务/工作任务/重点任务”等任务列，以及“序号”或“责任单位”“完成时限”等列）',
      line: 3,
    });
  });

  it('turns an uncertain extraction into a warning keyed by the indicator id', () => {
    const standIn = (text: string) => ({
      indicators: text.includes('5600')
        ? [{ quote: '新增城镇就业5600人', name: '新增城镇就业', kind: 'level' as const, target: 5600, max: null, unit: '人', cmp: '=' as const, offset: text.indexOf('新增'), uncertain: '没有比较词，按“达到”处理' }]
        : [],
      qualitative: [],
    });
    const r = parseDocument(
      { name: 't', blocks: [{ kind: 'table', rows: [['序号', '目标任务'], ['7', '新增城镇就业5600人']], rowLines: [1, 2] }] },
      standIn,
    );
    expect(r.indicators.map((i) => i.id)).toEqual(['7-1']);
    expect(r.diagnostics).toContainEqual({ level: 'warning', message: '第2行“新增城镇就业5600人”：没有比较词，按“达到”处理', line: 2, ref: '7-1' });
  });
});
