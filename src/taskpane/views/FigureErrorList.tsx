/** Figures typed as text ("约5亿"), each naming its cell; a click selects the cell to correct. */
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellMessage } from '../../app/progressView/progressViewTypes';
import { strings } from '../strings';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  bulleted: { paddingLeft: tokens.spacingHorizontalL, listStyleType: 'disc' },
  item: { overflowWrap: 'anywhere' },
  link: { textAlign: 'left', display: 'inline' },
  hint: { display: 'block' },
});

export interface FigureErrorListProps {
  errors: CellMessage[];
  other: string[];
  onSelect(sheet: string, cell: string): void;
}

export function FigureErrorList({ errors, other, onSelect }: FigureErrorListProps) {
  const styles = useStyles();
  return (
    <>
      {errors.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="figure-errors">
          <MessageBarBody>
            <MessageBarTitle>{strings.progress.figureErrorsTitle(errors.length)}</MessageBarTitle>
            <span className={styles.hint}>{strings.progress.figureErrorHint}</span>
            <ul className={styles.list}>
              {errors.map((e) => (
                <li key={e.message} className={styles.item}>
                  <Link as="button" className={styles.link} title={strings.progress.selectCell(e.cell)} onClick={() => onSelect(e.sheet, e.cell)}>
                    {e.message}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {other.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.progress.otherErrorsTitle}</MessageBarTitle>
            <ul className={mergeClasses(styles.list, styles.bulleted)}>
              {other.map((m) => (
                <li key={m} className={styles.item}>
                  {m}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
