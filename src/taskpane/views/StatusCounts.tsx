/** How many items are in each of the six statuses, as word-and-number badges. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { STATUSES, type ProgressStatus } from '../../domain/progress/types';
import { strings } from '../strings';
import { StatusBadge } from './statusBadge';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
});

export function StatusCounts({ counts }: { counts: Record<ProgressStatus, number> }) {
  const styles = useStyles();
  return (
    <ul className={styles.root} aria-label={strings.progress.countsLabel} data-testid="status-counts">
      {STATUSES.map((s) => (
        <li key={s}>
          <StatusBadge status={s}>{strings.progress.count(s, counts[s])}</StatusBadge>
        </li>
      ))}
    </ul>
  );
}
