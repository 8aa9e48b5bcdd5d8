/** What a write changed in the workbook: counts per sheet and the change lines. */
import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeCounts, ImportOutcome } from '../../app/importTypes';
import { strings } from '../strings';
import { ShowMore } from './ShowMore';

const CHANGES_PER_PAGE = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalXS}` } },
  changes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  change: { overflowWrap: 'anywhere' },
  next: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

function CountsRow({ label, counts }: { label: string; counts: ChangeCounts }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{counts.added}</td>
      <td>{counts.updated}</td>
      <td>{counts.unchanged}</td>
      <td>{counts.kept}</td>
      <td>{counts.removed}</td>
    </tr>
  );
}

/** A re-import of the same notice: say so, rather than show an empty list of changes. */
function nothingChanged({ tasks, indicators }: ImportOutcome): boolean {
  return [tasks, indicators].every((c) => c.added === 0 && c.updated === 0 && c.kept === 0 && c.removed === 0);
}

export interface OutcomePanelProps {
  outcome: ImportOutcome;
  onAgain(): void;
  /** Go on to build the progress sheets (the 进度 tab), when the pane offers it. */
  onNextStep?(): void;
}

export function OutcomePanel({ outcome, onAgain, onNextStep }: OutcomePanelProps) {
  const styles = useStyles();
  const o = strings.outcome;
  const { written } = outcome;
  return (
    <section className={styles.root} aria-label={o.title}>
      <Subtitle2>{o.title}</Subtitle2>
      <Text data-testid="outcome-written">{o.written(written.tasks, written.indicators, written.qualitative)}</Text>
      {onNextStep ? (
        <div className={styles.next}>
          <Button appearance="primary" onClick={onNextStep}>
            {o.nextStep}
          </Button>
          <Text size={200}>{o.nextStepHint(outcome.planYear ? `（${outcome.planYear}年）` : '')}</Text>
        </div>
      ) : null}
      <Text size={200}>{o.rowsNote}</Text>
      <table className={styles.table} data-testid="outcome-counts">
        <thead>
          <tr>
            <th />
            <th scope="col">{o.added}</th>
            <th scope="col">{o.updated}</th>
            <th scope="col">{o.unchanged}</th>
            <th scope="col">{o.kept}</th>
            <th scope="col">{o.removed}</th>
          </tr>
        </thead>
        <tbody>
          <CountsRow label={o.tasks} counts={outcome.tasks} />
          <CountsRow label={o.indicators} counts={outcome.indicators} />
        </tbody>
      </table>
      {outcome.changes.length === 0 ? (
        nothingChanged(outcome) ? <Text>{o.noChanges}</Text> : null
      ) : (
        <div className={styles.changes} data-testid="outcome-changes">
          <Text weight="semibold">{o.changesTitle}</Text>
          <ShowMore
            items={outcome.changes}
            pageSize={CHANGES_PER_PAGE}
            render={(line, i) => (
              <Text key={i} block className={styles.change}>
                • {line}
              </Text>
            )}
          />
        </div>
      )}
      <div>
        <Button onClick={onAgain}>{o.again}</Button>
      </div>
    </section>
  );
}
