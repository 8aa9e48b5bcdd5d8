/**
 * The 收集 tab: the month's forms out (one .xlsx per lead unit, downloaded as one .zip, or written
 * as sheets to move out), the returned forms in (files, a sheet of this workbook, the selected
 * range), the merge preview with the clerk's decision on each conflict, and 报送情况 with the units
 * to chase.
 */
import { useRef, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { LoadFileWorkbooks } from '../../app/collect/fileWorkbooks';
import type { WorkbookHost } from '../../app/port';
import { collectStrings } from '../collectStrings';
import { useCollect } from '../useCollect';
import { ClerkField } from './ClerkField';
import { ErrorBar } from './ErrorBar';
import { MergePreviewPanel } from './MergePreviewPanel';
import { MonthSelect } from './MonthSelect';
import { ReportingStatusList } from './ReportingStatusList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  grow: { flex: '1 1 140px', minWidth: 0 },
  fill: { width: '100%', minWidth: 0 },
  hidden: { display: 'none' },
});

export interface CollectViewProps {
  port: WorkbookHost;
  loadFiles?: LoadFileWorkbooks;
  clerk: string;
  onClerkChange(name: string): void;
  /** The tab is shown: 报送情况 is read again (figures may have been typed meanwhile). */
  active: boolean;
}

export function CollectView({ port, loadFiles, clerk, onClerkChange, active }: CollectViewProps) {
  const styles = useStyles();
  const c = useCollect(port, loadFiles, clerk, active);
  const [source, setSource] = useState('');
  const [sheet, setSheet] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = c.working !== null;
  const error = c.error ? <ErrorBar message={c.error} onDismiss={c.dismissError} /> : null;

  if (c.noFigures) {
    return (
      <div className={styles.root}>
        {error}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{collectStrings.collect.noFigures}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (!c.status) return <div className={styles.root}>{error ?? <Spinner size="small" label={collectStrings.collect.loading} />}</div>;
  const status = c.status;
  const chosenSheet = c.sheets.includes(sheet) ? sheet : (c.sheets[0] ?? '');

  return (
    <div className={styles.root}>
      {error}
      <MonthSelect month={status.month} mergeJanFeb={status.mergeJanFeb} disabled={busy} onChange={(m) => void c.setMonth(m)} />

      <section className={styles.section} aria-label={collectStrings.collect.formsTitle}>
        <Subtitle2 as="h3">{collectStrings.collect.formsTitle}</Subtitle2>
        <Text size={200} className={styles.hint}>
          {collectStrings.collect.formsHint(status.units.length)}
        </Text>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void c.downloadForms()}>
            {collectStrings.collect.download}
          </Button>
          <Button disabled={busy} onClick={() => void c.writeSheets()}>
            {collectStrings.collect.writeSheets}
          </Button>
        </div>
        <Text size={200} className={styles.hint}>
          {collectStrings.collect.writeSheetsHint}
        </Text>
      </section>

      <section className={styles.section} aria-label={collectStrings.collect.readTitle}>
        <Subtitle2 as="h3">{collectStrings.collect.readTitle}</Subtitle2>
        <Text size={200} className={styles.hint}>
          {collectStrings.collect.readHint}
        </Text>
        <Field label={collectStrings.collect.sourceLabel} size="small">
          <Input className={styles.fill} size="small" value={source} placeholder={collectStrings.collect.sourcePlaceholder} onChange={(_, d) => setSource(d.value)} />
        </Field>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.csv"
          aria-label={collectStrings.collect.fileInputLabel}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void c.readFiles(files, source);
          }}
        />
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => fileInput.current?.click()}>
            {collectStrings.collect.pickFiles}
          </Button>
          <Button disabled={busy} onClick={() => void c.readSelection(source)}>
            {collectStrings.collect.readSelection}
          </Button>
        </div>
        {c.sheets.length > 0 ? (
          <div className={styles.row}>
            <Field className={styles.grow} label={collectStrings.collect.sheetLabel} size="small">
              <Select className={styles.fill} size="small" value={chosenSheet} onChange={(_, d) => setSheet(d.value)}>
                {c.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
            <Button size="small" disabled={busy || chosenSheet === ''} onClick={() => void c.readSheet(chosenSheet, source)}>
              {collectStrings.collect.readSheet}
            </Button>
          </div>
        ) : (
          <Text size={200} className={styles.hint}>
            {collectStrings.collect.noSheets}
          </Text>
        )}
      </section>

      {busy ? <Spinner size="small" label={c.working} /> : null}
      {c.outcome && !busy ? (
        <MessageBar intent="success" layout="multiline" data-testid="collect-outcome">
          <MessageBarBody>{c.outcome}</MessageBarBody>
        </MessageBar>
      ) : null}
      {c.preview ? (
        <MergePreviewPanel
          preview={c.preview}
          decisions={c.decisions}
          mergeJanFeb={status.mergeJanFeb}
          busy={busy}
          onDecide={c.decide}
          onDecideAll={c.decideAll}
          onApply={() => void c.apply()}
          onCancel={c.cancel}
        />
      ) : null}

      <ReportingStatusList status={status} />
      <ClerkField value={clerk} onChange={onClerkChange} />
    </div>
  );
}
