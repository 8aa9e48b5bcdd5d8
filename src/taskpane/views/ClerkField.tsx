/** Who is at the keyboard: Excel's API gives no user name, so the clerk types theirs once; the
 *  merge, the close of a month and the change log record it. */
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { collectStrings } from '../collectStrings';

const useStyles = makeStyles({ input: { width: '100%', minWidth: 0 } });

export function ClerkField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const styles = useStyles();
  return (
    <Field label={collectStrings.clerk.label} hint={collectStrings.clerk.hint} size="small">
      <Input className={styles.input} size="small" value={value} placeholder={collectStrings.clerk.placeholder} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
