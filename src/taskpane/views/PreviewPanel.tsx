/**
 * What the parser found, for the clerk to check and correct before anything is written: the
 * counts, the items to check (each a jump to it), targets stated in several places (to keep once),
 * the parser's remarks, every task with its indicators, and the write button.
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Button, Caption1, Link, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { duplicateIndicators, type DuplicateGroup } from '../../domain/duplicates';
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
  folded: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  jump: { textAlign: 'left', overflowWrap: 'anywhere' },
  duplicate: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
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
  onMergeDuplicate(group: DuplicateGroup): void;
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
  const duplicates = useMemo(() => duplicateIndicators(preview.result.indicators), [preview]);
  const toCheck = preview.uncertain.filter((u) => !edited.has(u.ref));

  // A jump to an item (to check, or named by a hint): its task group is opened, then it is
  // scrolled to and focused.
  const [focus, setFocus] = useState<{ ref: string; n: number } | null>(null);
  const focusGroup = focus === null ? -1 : groups.findIndex((g) => g.task?.seq === focus.ref || g.indicators.some((i) => i.id === focus.ref));
  useEffect(() => {
    if (!focus) return;
    const el = document.querySelector<HTMLElement>(`[data-ref="${focus.ref.replace(/["\\]/g, '\\$&')}"]`);
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [focus]);
  const goTo = (ref: string) => setFocus((f) => ({ ref, n: (f?.n ?? 0) + 1 }));

  return (
    <section className={styles.root} aria-label={strings.preview.title(preview.sourceName)}>
      <Subtitle2 className={styles.title}>{strings.preview.title(preview.sourceName)}</Subtitle2>
      <Text data-testid="preview-counts">
        {strings.preview.counts(counts.tasks, counts.indicators, counts.qualitative, counts.uncertain)}
      </Text>
      {empty ? <Text>{strings.preview.nothingFound}</Text> : null}
      {toCheck.length > 0 ? (
        <Folded label={strings.preview.checkToggle(toCheck.length)} testId="check-list">
          {toCheck.map((u) => (
            <Link key={u.ref} as="button" className={styles.jump} onClick={() => goTo(u.ref)} title={strings.preview.goTo(u.ref)}>
              {refLabel(u.ref)}：{u.reason}
            </Link>
          ))}
        </Folded>
      ) : null}
      {duplicates.length > 0 ? (
        <Folded label={strings.preview.duplicatesToggle(duplicates.length)} testId="duplicates">
          {duplicates.map((g) => (
            <div key={g.first.id} className={styles.duplicate}>
              <Caption1 className={styles.diagnostic}>{strings.preview.duplicateLine(g.first.name, [g.first, ...g.others].map((i) => i.line).join('、'))}</Caption1>
              <Button size="small" disabled={busy} onClick={() => props.onMergeDuplicate(g)}>
                {strings.preview.mergeButton}
              </Button>
            </div>
          ))}
          {duplicates.length > 1 ? (
            <Button size="small" disabled={busy} onClick={() => duplicates.forEach((g) => props.onMergeDuplicate(g))}>
              {strings.preview.mergeAll}
            </Button>
          ) : null}
        </Folded>
      ) : null}
      {remarks.length > 0 ? <Remarks remarks={remarks} onGoTo={goTo} /> : null}
      <ShowMore
        items={groups}
        pageSize={TASKS_PER_PAGE}
        reveal={focusGroup}
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

/** 任务12 / 指标9-1: how a ref is named in the jump lists. */
function refLabel(ref: string): string {
  return /^\d+$/.test(ref) ? `任务${ref}` : `指标${ref}`;
}

/** A list folded under a toggle: at 320 px a long list pushes the tasks out of sight. */
function Folded({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div data-testid={testId}>
      <Button
        className={styles.remarksToggle}
        appearance="transparent"
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
      </Button>
      {open ? (
        <div id={listId} className={styles.folded}>
          {children}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The parser's remarks, folded. Each uncertain task or indicator keeps its own warning in its
 * card; a remark that names one is a link to it.
 */
function Remarks({ remarks, onGoTo }: { remarks: Diagnostic[]; onGoTo(ref: string): void }) {
  const styles = useStyles();
  return (
    <Folded label={strings.preview.diagnosticsToggle(remarks.length)} testId="remarks">
      <ShowMore
        items={remarks}
        pageSize={DIAGNOSTICS_PER_PAGE}
        render={(d, i) =>
          d.ref ? (
            <Link key={i} as="button" className={styles.jump} onClick={() => onGoTo(d.ref!)} title={strings.preview.goTo(refLabel(d.ref))}>
              {d.message}
            </Link>
          ) : (
            <Caption1 key={i} className={styles.diagnostic}>
              {d.message}
            </Caption1>
          )
        }
      />
    </Folded>
  );
}
