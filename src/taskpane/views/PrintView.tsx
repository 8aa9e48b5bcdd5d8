/**
 * The 打印 tab: the clerk chooses the year, month, grouping, range and paper (and the issue number
 * and unit shown under the title) and writes one print sheet for that choice. The outcome says
 * which sheet was written, and whether a sheet of the clerk's was left alone.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookHost } from '../../app/port';
import type { Grouping, PaperFilter, PaperSize } from '../../domain/report/paper';
import { strings } from '../strings';
import { usePrint } from '../usePrint';
import { ErrorBar } from './ErrorBar';
import { MonthSelect } from './MonthSelect';
import { YearSelect } from './YearSelect';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  issue: { width: '96px' },
  maker: { flexGrow: 1, minWidth: '160px' },
  // Fluent's Input keeps a minimum width of its own: let it take the field's.
  input: { width: '100%', minWidth: 0 },
});

const ALL = 'all';
const GROUPINGS = Object.keys(strings.print.groupings) as Grouping[];
const PAPERS = Object.keys(strings.print.papers) as PaperSize[];

export interface PrintViewProps {
  port: WorkbookHost;
}

export function PrintView({ port }: PrintViewProps) {
  const styles = useStyles();
  const p = usePrint(port);
  const error = p.error ? <ErrorBar message={p.error} onDismiss={p.dismissError} /> : null;
  const { defaults, form } = p;
  if (!defaults || !form) return <div className={styles.root}>{error ?? <Spinner size="small" label={strings.lazy.loading} />}</div>;
  if (!defaults.ready) {
    return (
      <div className={styles.root}>
        {error}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{defaults.hasIndicators ? strings.print.notReady : strings.print.noIndicators}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const busy = p.working !== null;
  const out = p.outcome;
  return (
    <div className={styles.root}>
      {error}
      <Text>{strings.print.intro}</Text>
      <div className={styles.row}>
        <YearSelect year={form.year} disabled={busy} onChange={(year) => p.setForm({ year })} />
        <MonthSelect month={form.month} mergeJanFeb={defaults.mergeJanFeb} disabled={busy} onChange={(month) => p.setForm({ month })} />
      </div>
      <Field label={strings.print.groupingLabel}>
        <Select value={form.grouping} disabled={busy} onChange={(_, d) => p.setForm({ grouping: d.value as Grouping })}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {strings.print.groupings[g]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.print.filterLabel}>
        <Select value={form.filter ?? ALL} disabled={busy} onChange={(_, d) => p.setForm({ filter: d.value === ALL ? null : (d.value as PaperFilter) })}>
          <option value={ALL}>{strings.print.filters.all}</option>
          <option value="lagging">{strings.print.filters.lagging}</option>
          <option value="livelihood">{strings.print.filters.livelihood}</option>
        </Select>
      </Field>
      <Field label={strings.print.paperLabel}>
        <Select value={form.paper} disabled={busy} onChange={(_, d) => p.setForm({ paper: d.value as PaperSize })}>
          {PAPERS.map((x) => (
            <option key={x} value={x}>
              {strings.print.papers[x]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={strings.print.issueLabel} className={styles.issue}>
          <Input className={styles.input} value={form.issue} placeholder={strings.print.issuePlaceholder} disabled={busy} onChange={(_, d) => p.setForm({ issue: d.value })} />
        </Field>
        <Field label={strings.print.makerLabel} className={styles.maker}>
          <Input className={styles.input} value={form.maker} placeholder={strings.print.makerPlaceholder} disabled={busy} onChange={(_, d) => p.setForm({ maker: d.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void p.print()}>
          {strings.print.button}
        </Button>
      </div>
      {busy ? <Spinner size="small" label={p.working} /> : null}
      {out && !busy ? (
        <MessageBar intent={out.clerkSheetKept ? 'warning' : 'success'} layout="multiline" data-testid="print-outcome">
          <MessageBarBody>
            {out.clerkSheetKept ? <div>{strings.print.clerkSheetKept(out.clerkSheetKept, out.sheet)}</div> : null}
            <div>{strings.print.written(out.sheet, out.items, form.paper)}</div>
            {out.replaced ? <div>{strings.print.replaced}</div> : null}
            {out.settingsCreated ? <div>{strings.print.settingsCreated}</div> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {out && !busy ? (
        <div className={styles.row}>
          <Button onClick={() => void p.show()}>{strings.print.show}</Button>
        </div>
      ) : null}
      <Text size={200}>{strings.print.snapshot}</Text>
    </div>
  );
}
