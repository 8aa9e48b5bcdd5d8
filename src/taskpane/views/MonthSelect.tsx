/** The reporting month: 1-2月 … 12月 (or 1月 … 12月 where January is reported on its own). */
import { Field, Select } from '@fluentui/react-components';
import { periodLabel } from '../../domain/progress/months';
import { strings } from '../strings';

export interface MonthSelectProps {
  month: number;
  mergeJanFeb: boolean;
  disabled: boolean;
  onChange(month: number): void;
}

export function MonthSelect({ month, mergeJanFeb, disabled, onChange }: MonthSelectProps) {
  const months: number[] = [];
  for (let m = mergeJanFeb ? 2 : 1; m <= 12; m++) months.push(m);
  return (
    <Field label={strings.progress.monthLabel} orientation="horizontal">
      <Select value={String(month)} disabled={disabled} onChange={(_, data) => onChange(Number(data.value))}>
        {months.map((m) => (
          <option key={m} value={m}>
            {periodLabel(m, mergeJanFeb)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
