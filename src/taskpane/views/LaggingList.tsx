/** One status's items grouped by lead unit; a row selects the item's row in the 进度 sheet. */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LaggingItem, UnitGroup } from '../../app/progressView/progressViewTypes';
import { strings } from '../strings';
import { StatusBadge } from './statusBadge';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  unit: { margin: `0 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  noRow: { cursor: 'default', ':hover': { backgroundColor: tokens.colorNeutralBackground1 } },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  name: { flexGrow: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface LaggingListProps {
  groups: UnitGroup[];
  onSelect(address: string): void;
}

function Row({ item, onSelect }: { item: LaggingItem; onSelect(address: string): void }) {
  const styles = useStyles();
  const address = item.address;
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.row, address === null && styles.noRow)}
        data-item-id={item.id}
        title={address === null ? strings.progress.noRow : strings.progress.selectRow(item.name)}
        aria-disabled={address === null}
        onClick={() => {
          if (address !== null) onSelect(address);
        }}
      >
        <span className={styles.head}>
          <span className={styles.name}>{item.name}</span>
          <StatusBadge status={item.status} />
        </span>
        <span className={styles.reason}>{item.reason}</span>
      </button>
    </li>
  );
}

export function LaggingList({ groups, onSelect }: LaggingListProps) {
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      {groups.map((g) => (
        <section key={g.unit} aria-label={g.unit} data-unit={g.unit}>
          <h4 className={styles.unit}>{strings.progress.unitCount(g.unit, g.items.length)}</h4>
          <ul className={styles.list}>
            {g.items.map((item) => (
              <Row key={item.id} item={item} onSelect={onSelect} />
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 ? <Text>{strings.progress.noneLagging}</Text> : null}
    </div>
  );
}
