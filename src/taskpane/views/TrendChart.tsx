/**
 * An item's months as a small chart (inline SVG, no chart library): for an amount target the
 * completion rate against 序时进度, so the clerk sees the month it fell behind; for a growth or
 * rate target the figure against its target. Each point carries its status's word in a table
 * under the chart, which is also what a screen reader reads.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ItemTrend } from '../../app/history/monthHistory';
import { percent } from '../../domain/progress/format';
import { collectStrings } from '../collectStrings';

const W = 280;
const H = 140;
const PAD = { left: 34, right: 8, top: 10, bottom: 22 };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  svg: { width: '100%', maxWidth: `${W}px`, height: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'left' },
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
});

const COLORS = { actual: '#0F6CBD', reference: '#8A8886', lagging: '#C50F1F', warning: '#DA3B01' };

interface Series {
  actual: (number | null)[];
  reference: (number | null)[];
  asPercent: boolean;
}

function seriesOf(trend: ItemTrend): Series {
  const amounts = trend.points.some((p) => p.completion !== null);
  if (amounts) {
    return { actual: trend.points.map((p) => (p.completion === null ? null : p.completion * 100)), reference: trend.points.map((p) => (p.timeProgress === null ? null : p.timeProgress * 100)), asPercent: true };
  }
  return { actual: trend.points.map((p) => (typeof p.value === 'number' ? p.value : null)), reference: trend.points.map(() => trend.target), asPercent: false };
}

export function TrendChart({ trend }: { trend: ItemTrend }) {
  const styles = useStyles();
  const s = seriesOf(trend);
  const all = [...s.actual, ...s.reference].filter((v): v is number => v !== null);
  const max = Math.max(1, ...all) * 1.1;
  const min = Math.min(0, ...all);
  const n = trend.points.length;
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + ((max - v) * (H - PAD.top - PAD.bottom)) / (max - min || 1);
  const path = (vals: (number | null)[]) =>
    vals
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null)
      .join(' ');
  const label = (v: number) => (s.asPercent ? `${Math.round(v)}%` : String(Math.round(v * 10) / 10));
  const title = collectStrings.check.trendChart(trend.name);
  return (
    <div className={styles.root} data-testid="trend">
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <title>{title}</title>
        <line x1={PAD.left} y1={y(min)} x2={W - PAD.right} y2={y(min)} stroke="#C8C6C4" />
        <text x={PAD.left - 4} y={y(max / 1.1) + 4} fontSize="10" textAnchor="end" fill="#605E5C">
          {label(max / 1.1)}
        </text>
        <text x={PAD.left - 4} y={y(min) + 4} fontSize="10" textAnchor="end" fill="#605E5C">
          {label(min)}
        </text>
        <polyline points={path(s.reference)} fill="none" stroke={COLORS.reference} strokeWidth="1.5" strokeDasharray="4 3" />
        <polyline points={path(s.actual)} fill="none" stroke={COLORS.actual} strokeWidth="2" />
        {s.actual.map((v, i) =>
          v === null ? null : (
            <circle key={i} cx={x(i)} cy={y(v)} r="3" fill={trend.points[i].status === '滞后' ? COLORS.lagging : trend.points[i].status === '预警' ? COLORS.warning : COLORS.actual} />
          ),
        )}
        {trend.points.map((p, i) => (
          <text key={p.month} x={x(i)} y={H - 6} fontSize="10" textAnchor="middle" fill="#605E5C">
            {p.label}
          </text>
        ))}
      </svg>
      <div className={styles.legend}>
        <Text size={200} style={{ color: COLORS.actual }}>
          ━ {s.asPercent ? collectStrings.check.trendLegendCompletion : collectStrings.check.trendLegendValue}
        </Text>
        <Text size={200} style={{ color: COLORS.reference }}>
          ┅ {s.asPercent ? collectStrings.check.trendLegendSchedule : collectStrings.check.trendLegendTarget}
        </Text>
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>{collectStrings.check.trendMonth}</th>
            <th className={styles.cell}>{collectStrings.check.trendValue}</th>
            <th className={styles.cell}>{collectStrings.check.trendCompletion}</th>
            <th className={styles.cell}>{collectStrings.check.trendStatus}</th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p) => (
            <tr key={p.month}>
              <td className={styles.cell}>
                {p.label}
                {p.closed ? collectStrings.check.trendClosed : ''}
              </td>
              <td className={styles.cell}>{p.value === null ? '—' : String(p.value)}</td>
              <td className={styles.cell}>{p.completion === null ? '—' : percent(p.completion)}</td>
              <td className={styles.cell}>{p.status || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
