/** 报送情况: each lead unit's state for the month (a word as well as a colour), how many items it
 *  has reported, who signed its form; then the units to chase (催报). */
import { Badge, Subtitle2, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ReportingStatus } from '../../app/collect/reportingStatus';
import type { ReportState } from '../../domain/collect/reportingStatus';
import { periodLabel } from '../../domain/progress/months';
import { REPORT_STATE_WORDS } from '../../workbook/collect/layout';
import { collectStrings } from '../collectStrings';

const COLOR: Record<ReportState, BadgeProps['color']> = { done: 'success', partial: 'warning', none: 'danger' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  unit: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  sub: { color: tokens.colorNeutralForeground2 },
  chase: { overflowWrap: 'anywhere' },
});

export function ReportingStatusList({ status }: { status: ReportingStatus }) {
  const styles = useStyles();
  const count = (s: ReportState) => status.units.filter((u) => u.state === s).length;
  return (
    <section className={styles.root} aria-label={collectStrings.collect.statusTitle(periodLabel(status.month, status.mergeJanFeb))} data-testid="reporting-status">
      <Subtitle2 as="h3">{collectStrings.collect.statusTitle(periodLabel(status.month, status.mergeJanFeb))}</Subtitle2>
      <Text size={200}>{collectStrings.collect.statusCounts(count('done'), count('partial'), count('none'))}</Text>
      <ul className={styles.list}>
        {status.units.map((u) => (
          <li key={u.unit} className={styles.unit} data-unit={u.unit}>
            <Text className={styles.name}>{u.unit}</Text>
            <Badge appearance="tint" shape="rounded" color={COLOR[u.state]}>
              {REPORT_STATE_WORDS[u.state]}
            </Badge>
            <Text size={200} className={styles.sub}>
              {collectStrings.collect.unitLine(u.reported, u.due)}
              {u.signOff.填报人 ? `，${collectStrings.collect.signedBy(u.signOff.填报人)}` : ''}
            </Text>
          </li>
        ))}
      </ul>
      <Text weight="semibold">{collectStrings.collect.chaseTitle}</Text>
      <Text className={styles.chase} data-testid="chase-list">
        {status.toChase.length === 0 ? collectStrings.collect.chaseNone : status.toChase.map((u) => `${u.unit}（${collectStrings.collect.missingItems(u.missing.length)}）`).join('、')}
      </Text>
    </section>
  );
}
