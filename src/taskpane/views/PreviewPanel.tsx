/**
 * What the parser found, for the clerk to check and correct before anything is written: the
 * counts, the parser's remarks, every task with its indicators, and the write button.
 */
import { useId, useMemo, useState } from 'react';
import { Button, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Diagnostic } from '../../domain/model';
import type { ImportPreview } from '../../app/importTypes';
import { groupByTask, previewCounts, type IndicatorPatch } from '../previewEdits';
import { strings } from '../strings';
import { ShowMore } from './ShowMore';
import { TaskCard } from './TaskCard';

const TASKS_PER_PAGE = 20;
const DIAGNOSTICS_PER_PAGE = 5;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { overflowWrap: 'anywhere' },
  diagnostic: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  remarksToggle: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewPanelProps {
  preview: ImportPreview;
  edited: ReadonlySet<string>;
  /** The progress message while writing, null otherwise. */
  writing: string | null;
  onEditIndicator(id: string, patch: IndicatorPatch): void;
  onRemoveIndicator(id: string): void;
  onEditLeadUnit(seq: string, unit: string): void;
  onWrite(): void;
  onCancel(): void;
}

export function PreviewPanel(props: PreviewPanelProps) {
  const { preview, edited, writing } = props;
  const styles = useStyles();
  const counts = previewCounts(preview, edited);
  const groups = useMemo(() => groupByTask(preview), [preview]);
  const uncertain = useMemo(() => new Map(preview.uncertain.map((u) => [u.ref, u.reason])), [preview]);
  const remarks = preview.result.diagnostics.filter((d) => d.level !== 'info');
  const empty = counts.tasks === 0 && counts.indicators === 0 && counts.qualitative === 0;
  const busy = writing !== null;

  return (
    <section className={styles.root} aria-label={strings.preview.title(preview.sourceName)}>
      <Subtitle2 className={styles.title}>{strings.preview.title(preview.sourceName)}</Subtitle2>
      <Text data-testid="preview-counts">
        {strings.preview.counts(counts.tasks, counts.indicators, counts.qualitative, counts.uncertain)}
      </Text>
      {empty ? <Text>{strings.preview.nothingFound}</Text> : null}
      {remarks.length > 0 ? <Remarks remarks={remarks} /> : null}
      <ShowMore
        items={groups}
        pageSize={TASKS_PER_PAGE}
        render={(group) => (
          <TaskCard
            key={group.task?.seq ?? '(report)'}
            group={group}
            uncertain={uncertain}
            edited={edited}
            disabled={busy}
            onEditIndicator={props.onEditIndicator}
            onRemoveIndicator={props.onRemoveIndicator}
            onEditLeadUnit={props.onEditLeadUnit}
          />
        )}
      />
      <div className={styles.actions}>
        {busy ? (
          <Spinner size="tiny" label={writing} />
        ) : (
          <>
            <Button appearance="primary" disabled={empty} onClick={props.onWrite}>
              {strings.preview.writeButton}
            </Button>
            <Button onClick={props.onCancel}>{strings.preview.cancelButton}</Button>
          </>
        )}
      </div>
    </section>
  );
}

/**
 * The parser's remarks, folded: at 320 px a few of them fill the screen and push the tasks out of
 * sight. Each uncertain task or indicator keeps its own warning in its card, so the list is only
 * the overview, opened on demand.
 */
function Remarks({ remarks }: { remarks: Diagnostic[] }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div>
      <Button
        className={styles.remarksToggle}
        appearance="transparent"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        {strings.preview.diagnosticsToggle(remarks.length)}
      </Button>
      {open ? (
        <div id={listId}>
          <ShowMore
            items={remarks}
            pageSize={DIAGNOSTICS_PER_PAGE}
            render={(d, i) => (
              <Caption1 key={i} className={styles.diagnostic}>
                {d.message}
              </Caption1>
            )}
          />
        </div>
      ) : null}
    </div>
  );
}
