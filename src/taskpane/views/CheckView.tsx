/**
 * The 核对 tab: the month's check (errors to correct, warnings to explain, each a click from its
 * cell), the escalation due (提醒/督办/约谈) from months behind, an item's month-by-month trend, and
 * closing the month into the history.
 */
import { Badge, Button, Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookHost } from '../../app/port';
import { periodLabel } from '../../domain/progress/months';
import { collectStrings } from '../collectStrings';
import { strings } from '../strings';
import { useCheck } from '../useCheck';
import { ClerkField } from './ClerkField';
import { ErrorBar } from './ErrorBar';
import { FindingList } from './FindingList';
import { MonthSelect } from './MonthSelect';
import { TrendChart } from './TrendChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  escalation: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    textAlign: 'left',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  fill: { width: '100%', minWidth: 0 },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

const STEP_COLOR = { 提醒: 'informative', 督办: 'warning', 约谈: 'danger' } as const;

export interface CheckViewProps {
  port: WorkbookHost;
  clerk: string;
  onClerkChange(name: string): void;
}

export function CheckView({ port, clerk, onClerkChange }: CheckViewProps) {
  const styles = useStyles();
  const c = useCheck(port, clerk);
  const error = c.error ? <ErrorBar message={c.error} onDismiss={c.dismissError} /> : null;
  if (c.noIndicators) {
    return (
      <div className={styles.root}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.progress.noIndicators}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (!c.report || !c.months) return <div className={styles.root}>{error ?? <Spinner size="small" label={collectStrings.check.loading} />}</div>;
  const { report, months } = c;
  const busy = c.working !== null;
  const label = periodLabel(report.month, report.mergeJanFeb);
  // Figures not reported are many early in a month: folded, by unit, under the other errors.
  const errors = report.findings.filter((f) => f.severity === 'error' && f.rule !== 'missing');
  const missing = report.findings.filter((f) => f.rule === 'missing');
  const missingByUnit = new Map<string, typeof missing>();
  for (const f of missing) missingByUnit.set(f.owner ?? '', [...(missingByUnit.get(f.owner ?? '') ?? []), f]);
  const warnings = report.findings.filter((f) => f.severity !== 'error');
  const select = (sheet: string, cell: string) => void c.select(sheet, cell);

  return (
    <div className={styles.root}>
      {error}
      <div className={styles.row}>
        <MonthSelect month={report.month} mergeJanFeb={report.mergeJanFeb} disabled={busy} onChange={(m) => void c.setMonth(m)} />
        <Button appearance="primary" disabled={busy} onClick={() => void c.run()}>
          {collectStrings.check.run}
        </Button>
      </div>
      {busy ? <Spinner size="small" label={c.working} /> : null}
      {c.outcome && !busy ? (
        <MessageBar intent="success" layout="multiline" data-testid="check-outcome">
          <MessageBarBody>{c.outcome}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text weight="semibold" data-testid="check-summary">
        {report.findings.length === 0 ? collectStrings.check.clean : collectStrings.check.summary(report.errors, missing.length, report.warnings, report.unexplained)}
      </Text>

      {errors.length > 0 ? (
        <section className={styles.section} aria-label={collectStrings.check.errorsTitle(errors.length)} data-testid="check-errors">
          <Subtitle2 as="h3">{collectStrings.check.errorsTitle(errors.length)}</Subtitle2>
          <FindingList findings={errors} busy={busy} onSelect={select} />
        </section>
      ) : null}
      {missing.length > 0 ? (
        <details className={styles.section} data-testid="check-missing">
          <summary className={styles.summary}>{collectStrings.check.missingTitle(missing.length, missingByUnit.size)}</summary>
          {[...missingByUnit].map(([unit, items]) => (
            <section key={unit} className={styles.section} aria-label={unit}>
              <Text weight="semibold">{collectStrings.check.missingUnit(unit, items.length)}</Text>
              <FindingList findings={items} busy={busy} onSelect={select} />
            </section>
          ))}
        </details>
      ) : null}
      {warnings.length > 0 ? (
        <section className={styles.section} aria-label={collectStrings.check.warningsTitle(warnings.length)} data-testid="check-warnings">
          <Subtitle2 as="h3">{collectStrings.check.warningsTitle(warnings.length)}</Subtitle2>
          <FindingList findings={warnings} busy={busy} onSelect={select} onExplain={(key, text) => void c.explain(key, text)} />
        </section>
      ) : null}

      <section className={styles.section} aria-label={collectStrings.check.escalationTitle(months.escalations.length)} data-testid="escalations">
        <Subtitle2 as="h3">{collectStrings.check.escalationTitle(months.escalations.length)}</Subtitle2>
        <Text size={200} className={styles.hint}>
          {collectStrings.check.escalationHint}
        </Text>
        {months.escalations.length === 0 ? <Text>{collectStrings.check.escalationNone}</Text> : null}
        <ul className={styles.list}>
          {months.escalations.map((e) => (
            <li key={e.id}>
              <button type="button" className={styles.escalation} data-item-id={e.id} onClick={() => void c.showTrend(e.id)}>
                <span className={styles.row}>
                  <Badge appearance="filled" color={STEP_COLOR[e.step]}>
                    {e.step}
                  </Badge>
                  <span className={styles.name}>{e.name}</span>
                </span>
                <Text size={200} className={styles.hint}>
                  {e.owner}：{e.reason}
                </Text>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-label={collectStrings.check.trendTitle}>
        <Subtitle2 as="h3">{collectStrings.check.trendTitle}</Subtitle2>
        <Field label={collectStrings.check.trendPick} size="small">
          <Select className={styles.fill} size="small" value={c.trend?.id ?? ''} onChange={(_, d) => void c.showTrend(d.value)}>
            <option value="" disabled>
              —
            </option>
            {months.items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.id} {i.name}
              </option>
            ))}
          </Select>
        </Field>
        {c.trend ? <TrendChart trend={c.trend} /> : null}
      </section>

      <section className={styles.section} aria-label={collectStrings.check.closeTitle}>
        <Subtitle2 as="h3">{collectStrings.check.closeTitle}</Subtitle2>
        <Text size={200} className={styles.hint}>
          {collectStrings.check.closeHint(label)}
        </Text>
        {months.closed.length > 0 ? <Text size={200}>{collectStrings.check.closedMonths(months.closed.map((m) => periodLabel(m, months.mergeJanFeb)).join('、'))}</Text> : null}
        {c.closeBlocked !== null ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{collectStrings.check.openErrors(c.closeBlocked)}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.row}>
          <Button disabled={busy || months.closed.includes(report.month)} onClick={() => void c.close(false)}>
            {collectStrings.check.close(label)}
          </Button>
          {c.closeBlocked !== null ? (
            <Button disabled={busy} onClick={() => void c.close(true)}>
              {collectStrings.check.closeAnyway}
            </Button>
          ) : null}
        </div>
      </section>
      <ClerkField value={clerk} onChange={onClerkChange} />
    </div>
  );
}
