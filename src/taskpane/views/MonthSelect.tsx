/** The reporting month: 1-2月 … 12月 (or 1月 … 12月 where January is reported on its own). */
import { Label, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { periodLabel } from '../../domain/progress/months';
import { strings } from '../strings';

const useStyles = makeStyles({
  // Label and choice on one line, also at 320 px (Field's horizontal layout wraps the label).
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { whiteSpace: 'nowrap' },
  select: { width: '96px' },
});

export interface MonthSelectProps {
  month: number;
  mergeJanFeb: boolean;
  disabled: boolean;
  onChange(month: number): void;
}

export function MonthSelect({ month, mergeJanFeb, disabled, onChange }: MonthSelectProps) {
  const styles = useStyles();
  const id = useId('month');
  const months: number[] = [];
  for (let m = mergeJanFeb ? 2 : 1; m <= 12; m++) months.push(m);
  return (
    <div className={styles.root}>
      <Label htmlFor={id} className={styles.label}>
        {strings.progress.monthLabel}
      </Label>
      <Select id={id} className={styles.select} value={String(month)} disabled={disabled} onChange={(_, data) => onChange(Number(data.value))}>
        {months.map((m) => (
          <option key={m} value={m}>
            {periodLabel(m, mergeJanFeb)}
          </option>
        ))}
      </Select>
    </div>
  );
}
