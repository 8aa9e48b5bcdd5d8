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

export function OutcomePanel({ outcome, onAgain }: { outcome: ImportOutcome; onAgain(): void }) {
  const styles = useStyles();
  const o = strings.outcome;
  return (
    <section className={styles.root} aria-label={o.title}>
      <Subtitle2>{o.title}</Subtitle2>
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
      <Text weight="semibold">{o.changesTitle}</Text>
      {outcome.changes.length === 0 ? (
        <Text>{o.noChanges}</Text>
      ) : (
        <div className={styles.changes} data-testid="outcome-changes">
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
