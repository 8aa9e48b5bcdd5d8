/**
 * The bulletin's parts in the register of a 督查通报: praise before the lagging, the next steps
 * from the clerk's phrase list as 一是…二是…, who has not reported (from the missing figures, or
 * from the units' sign-off list where one is given), and the signature only where a unit is set.
 */
import { buildBulletin, bulletinText, type BulletinSettings } from '../../../src/domain/bulletin/bulletin';
import { report, reportItem } from '../report/reportItems';

const settings: BulletinSettings = {
  maker: '区政府督查室',
  recipients: '各镇人民政府、街道办事处，区直各单位',
  issue: '6',
  nextSteps: ['盯紧滞后指标，逐项制定赶超措施。', '  ', '按时报送数据；'],
  closing: '对连续滞后的事项，将挂牌督办。',
};
const issued = { year: 2024, month: 7, day: 5 };
const month = report([
  reportItem('1-1', { progress: { name: '地区生产总值', kind: 'growth', unit: '%', target: 7.5, actual: 6.1, gap: -1.4, completion: null, status: '滞后' } }),
  reportItem('1-2', { progress: { name: '规模工业增加值', kind: 'growth', unit: '%', target: 8, actual: 8.3, gap: 0.3, completion: null, status: '正常' } }),
  reportItem('9-1', { progress: { name: '新增城镇就业', actual: 2330, completion: 0.416071, gap: -8.3929 }, unit: '区人社局' }),
  reportItem('12-1', { statement: '完成长岭消防救援站建设', progress: { kind: 'milestone', status: '滞后', reason: '已超过完成时限6月，尚未完成', actual: null }, unit: '区应急局' }),
  reportItem('20-1', { progress: { status: '未填报', actual: null }, unit: '区财政局' }),
  reportItem('20-2', { progress: { status: '未填报', actual: null }, unit: '区财政局' }),
]);

test('praise first, then the lagging with their item numbers and reasons in figures', () => {
  const text = bulletinText(buildBulletin(month, settings, { issued }));
  const praise = text.indexOf('规模工业增加值（第1项）增长8.3%，高于目标0.3个百分点');
  const behind = text.indexOf('地区生产总值（第1项）增长6.1%，低于目标1.4个百分点（滞后）');
  expect(praise).toBeGreaterThan(0);
  expect(behind).toBeGreaterThan(praise);
  expect(text).toContain('区人社局：新增城镇就业（第9项）累计完成41.6%，低于序时进度8.4个百分点（滞后）。');
  expect(text).toContain('区应急局：完成长岭消防救援站建设（第12项）已超过完成时限6月，尚未完成（滞后）。');
});

test('the next steps are the clerk’s phrases as 一是…二是…, blank ones skipped, then the closing; signed and dated', () => {
  const b = buildBulletin(month, settings, { issued });
  const text = bulletinText(b);
  expect(text).toContain('一是盯紧滞后指标，逐项制定赶超措施。二是按时报送数据。\n　　对连续滞后的事项，将挂牌督办。\n');
  expect(b.paragraphs[0]).toEqual({ part: 'title', text: '关于2024年1-6月《政府工作报告》目标任务推进情况的通报' });
  expect(b.paragraphs[1]).toEqual({ part: 'issue', text: '第6期' });
  expect(b.paragraphs[2]).toEqual({ part: 'salutation', text: '各镇人民政府、街道办事处，区直各单位：' });
  expect(text.trimEnd().split('\n').slice(-2)).toEqual(['区政府督查室', '2024年7月5日']);
  const unsigned = buildBulletin(month, { ...settings, maker: '', issue: '' }, { issued });
  expect(unsigned.paragraphs.map((p) => p.part)).not.toContain('signature');
  expect(unsigned.paragraphs.map((p) => p.part)).not.toContain('issue');
  expect(bulletinText(unsigned)).toContain('我们对1-6月目标任务推进情况进行了调度');
});

test('who has not reported: from the missing figures, or from the units’ sign-off list when there is one', () => {
  expect(bulletinText(buildBulletin(month, settings, { issued }))).toContain('本月有1个牵头单位未报送或未报全数据：区财政局（2项）。');
  const signed = bulletinText(
    buildBulletin(month, settings, {
      issued,
      signOff: [
        { unit: '区财政局', reported: true },
        { unit: '区应急局', reported: false },
      ],
    }),
  );
  expect(signed).toContain('本月有1个牵头单位未报送或未报全数据：区应急局。');
  const allIn = bulletinText(buildBulletin(report([month.items[1]]), settings, { issued }));
  expect(allIn).toContain('各牵头单位均已报送本月数据和进展情况。');
});
