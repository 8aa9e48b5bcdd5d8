/**
 * What the returned forms would write: each form with its counts and sign-off, the figures that
 * will not be written (for the unit to correct), and every conflict with the clerk's choice.
 * Nothing is written until each conflict is decided.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Decision, MergePreview } from '../../app/collect/mergeForms';
import { describeFinding } from '../../app/messages';
import { periodLabel } from '../../domain/progress/months';
import { collectStrings } from '../collectStrings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere' },
  conflict: { display: 'flex', flexDirection: 'column', gap: '2px', padding: `${tokens.spacingVerticalXS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  sub: { color: tokens.colorNeutralForeground2 },
});

export interface MergePreviewPanelProps {
  preview: MergePreview;
  decisions: ReadonlyMap<string, Decision>;
  mergeJanFeb: boolean;
  busy: boolean;
  onDecide(key: string, decision: Decision): void;
  onDecideAll(decision: Decision): void;
  onApply(): void;
  onCancel(): void;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function MergePreviewPanel({ preview, decisions, mergeJanFeb, busy, onDecide, onDecideAll, onApply, onCancel }: MergePreviewPanelProps) {
  const styles = useStyles();
  const undecided = preview.conflicts.filter((c) => !decisions.has(c.key)).length;
  return (
    <section className={styles.root} aria-label={collectStrings.collect.previewTitle} data-testid="merge-preview">
      <Subtitle2 as="h3">{collectStrings.collect.previewTitle}</Subtitle2>
      <ul className={styles.list}>
        {preview.forms.map((f) => (
          <li key={f.name} className={styles.item}>
            <Text weight="semibold">{collectStrings.collect.formLine(f.name, f.unit, f.rows)}</Text>
            <br />
            <Text size={200} className={styles.sub}>
              {collectStrings.collect.formCounts(f.fills, f.same, f.conflicts, f.recordedOnly)}
              {f.signOff.填报人 ? `；${collectStrings.collect.signedBy(f.signOff.填报人)}` : ''}
            </Text>
          </li>
        ))}
      </ul>
      {preview.findings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="merge-findings">
          <MessageBarBody>
            <MessageBarTitle>{collectStrings.collect.findingsTitle(preview.findings.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {preview.findings.map((f, i) => (
                <li key={i} className={styles.item}>
                  {describeFinding(f)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview.conflicts.length > 0 ? (
        <div data-testid="merge-conflicts">
          <Text weight="semibold">{collectStrings.collect.conflictsTitle(preview.conflicts.length)}</Text>
          <div className={styles.row}>
            <Button size="small" disabled={busy} onClick={() => onDecideAll('accept')}>
              {collectStrings.collect.acceptAll}
            </Button>
            <Button size="small" disabled={busy} onClick={() => onDecideAll('reject')}>
              {collectStrings.collect.rejectAll}
            </Button>
          </div>
          {preview.conflicts.map((c) => (
            <div key={c.key} className={styles.conflict} data-conflict={c.key}>
              <Text className={styles.item}>{collectStrings.collect.conflictLine(c.cell, c.name, periodLabel(c.month, mergeJanFeb), text(c.before), text(c.after))}</Text>
              {/* Two buttons, the chosen one pressed: a choice per conflict that fits 320 px. */}
              <div className={styles.row} role="group" aria-label={c.key}>
                {(['accept', 'reject'] as const).map((d) => (
                  <Button
                    key={d}
                    size="small"
                    appearance={decisions.get(c.key) === d ? 'primary' : 'secondary'}
                    aria-pressed={decisions.get(c.key) === d}
                    disabled={busy}
                    onClick={() => onDecide(c.key, d)}
                  >
                    {d === 'accept' ? collectStrings.collect.accept : collectStrings.collect.reject}
                  </Button>
                ))}
              </div>
            </div>
          ))}
        </div>
      ) : null}
      {undecided > 0 ? <Text size={200}>{collectStrings.collect.undecided(undecided)}</Text> : null}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || undecided > 0} onClick={onApply}>
          {collectStrings.collect.apply}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {collectStrings.collect.cancel}
        </Button>
      </div>
    </section>
  );
}
