/**
 * The 进度 tab: the reporting month, 序时进度, counts by status, the lagging items by lead unit
 * (a click selects the row in 进度) and the figures to correct. It follows the workbook by itself
 * (useProgress subscribes to change events), so the clerk never reloads.
 */
import { useEffect, useRef } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { WorkbookHost } from '../../app/port';
import { periodLabel } from '../../domain/progress/months';
import { percent } from '../../domain/progress/format';
import { PROGRESS_SHEET } from '../../workbook/progress/layout';
import { strings } from '../strings';
import { useProgress, type ProgressUseCases } from '../useProgress';
import { ErrorBar } from './ErrorBar';
import { FigureErrorList } from './FigureErrorList';
import { LaggingList } from './LaggingList';
import { MonthSelect } from './MonthSelect';
import { YearInput } from './YearInput';
import { StatusCounts } from './StatusCounts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, marginBottom: tokens.spacingVerticalS },
});

export interface ProgressViewProps {
  port: WorkbookHost;
  useCases?: ProgressUseCases;
  /** Build the progress sheets now (the import's next step), for this year; `run` tells one
   *  request from the next. */
  build?: { year: number | null; run: number } | null;
}

export function ProgressView({ port, useCases, build }: ProgressViewProps) {
  const styles = useStyles();
  const p = useProgress(port, useCases);
  const { view, refresh } = p;
  const done = useRef(0);
  useEffect(() => {
    if (!build || build.run === done.current) return;
    done.current = build.run;
    void refresh(undefined, build.year ?? undefined);
  }, [build, refresh]);
  const error = p.error ? <ErrorBar message={p.error.message} onDismiss={p.dismissError} /> : null;

  if (view === null) return <div className={styles.root}>{error ?? <Spinner size="small" label={strings.progress.loading} />}</div>;
  if (view.kind === 'no-indicators') {
    return (
      <div className={styles.root}>
        {error}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.progress.noIndicators}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const busy = p.working !== null;
  const selectRow = (address: string) => void p.select(PROGRESS_SHEET, address);
  const missingCount = view.missing.reduce((n, g) => n + g.items.length, 0);
  return (
    <div className={styles.root}>
      {error}
      <div className={styles.toolbar}>
        <MonthSelect month={view.month} mergeJanFeb={view.mergeJanFeb} disabled={busy} onChange={(m) => void p.refresh(m)} />
        <YearInput year={view.year ?? build?.year ?? null} disabled={busy} onChange={(y) => void p.refresh(undefined, y)} />
        <Button appearance="primary" icon={<ArrowSyncRegular />} disabled={busy} onClick={() => void p.refresh()}>
          {strings.progress.refreshButton}
        </Button>
      </div>
      {busy ? <Spinner size="small" label={p.working} /> : null}
      {p.outcome && !busy ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{p.outcome}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!view.hasFiguresSheet ? (
        // Nothing is judged before 月度填报 exists: say what to do, not "没有滞后的指标".
        <MessageBar intent="info" layout="multiline" data-testid="next-step">
          <MessageBarBody>{strings.progress.notBuilt(view.total)}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {p.openErrors > 0 ? (
            <MessageBar intent="warning" layout="multiline" data-testid="open-check-errors">
              <MessageBarBody>{strings.progress.openCheckErrors(p.openErrors)}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Text weight="semibold" data-testid="time-progress">
            {strings.progress.timeProgress(periodLabel(view.month, view.mergeJanFeb), percent(view.timeProgress))}
          </Text>
          <StatusCounts counts={view.counts} />
          <Text size={200}>{strings.progress.total(view.total)}</Text>

          <FigureErrorList errors={view.figureErrors} other={view.otherErrors} onSelect={(sheet, cell) => void p.select(sheet, cell)} />

          {view.reported === 0 ? (
            <MessageBar intent="info" layout="multiline" data-testid="next-step">
              <MessageBarBody>{strings.progress.nothingReported(periodLabel(view.month, view.mergeJanFeb))}</MessageBarBody>
            </MessageBar>
          ) : (
            <section className={styles.section} aria-label={strings.progress.laggingTitle(count(view.lagging))}>
              <Subtitle2 as="h3">{strings.progress.laggingTitle(count(view.lagging))}</Subtitle2>
              <LaggingList groups={view.lagging} onSelect={selectRow} />
            </section>
          )}
          {view.warning.length > 0 ? (
            <section className={styles.section} aria-label={strings.progress.warningTitle(count(view.warning))}>
              <Subtitle2 as="h3">{strings.progress.warningTitle(count(view.warning))}</Subtitle2>
              <LaggingList groups={view.warning} onSelect={selectRow} />
            </section>
          ) : null}
          {missingCount > 0 ? (
            // Before the first figures every item is 未填报: folded, so the lagging list stays on top.
            <details className={styles.section} aria-label={strings.progress.missingTitle(missingCount)}>
              <summary className={styles.summary}>{strings.progress.missingTitle(missingCount)}</summary>
              <LaggingList groups={view.missing} onSelect={selectRow} />
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}

function count(groups: { items: unknown[] }[]): number {
  return groups.reduce((n, g) => n + g.items.length, 0);
}
