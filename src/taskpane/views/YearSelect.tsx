/** The year in the titles: the workbook's by default, a few years either side to choose from. */
import { Label, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { whiteSpace: 'nowrap' },
  select: { width: '96px' },
});

export interface YearSelectProps {
  year: number;
  disabled: boolean;
  onChange(year: number): void;
}

export function YearSelect({ year, disabled, onChange }: YearSelectProps) {
  const styles = useStyles();
  const id = useId('year');
  const years: number[] = [];
  for (let y = year - 4; y <= year + 1; y++) years.push(y);
  return (
    <div className={styles.root}>
      <Label htmlFor={id} className={styles.label}>
        {strings.print.yearLabel}
      </Label>
      <Select id={id} className={styles.select} value={String(year)} disabled={disabled} onChange={(_, data) => onChange(Number(data.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {strings.print.year(y)}
          </option>
        ))}
      </Select>
    </div>
  );
}
