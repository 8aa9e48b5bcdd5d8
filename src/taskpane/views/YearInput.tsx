/** 年度: the year the titles say (月度填报!D1), taken from the document, changed by the clerk. */
import { Input, Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { whiteSpace: 'nowrap' },
  input: { width: '80px' },
});

export interface YearInputProps {
  year: number | null;
  disabled: boolean;
  onChange(year: number): void;
}

/** A year a clerk may mean: four digits in a plausible range. */
function yearOf(text: string): number | null {
  const y = /^\s*(\d{4})\s*$/.exec(text)?.[1];
  return y && Number(y) >= 1990 && Number(y) <= 2100 ? Number(y) : null;
}

export function YearInput({ year, disabled, onChange }: YearInputProps) {
  const styles = useStyles();
  const id = useId('year');
  // What the clerk is typing; null when not editing (the field then shows the workbook's year).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (year === null ? '' : String(year));
  const commit = () => {
    const y = yearOf(text);
    if (y !== null && y !== year) onChange(y);
    setDraft(null);
  };
  return (
    <div className={styles.root}>
      <Label htmlFor={id} className={styles.label}>
        {strings.progress.yearLabel}
      </Label>
      <Input
        id={id}
        className={styles.input}
        inputMode="numeric"
        value={text}
        placeholder="2024"
        title={strings.progress.yearHint}
        disabled={disabled}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
