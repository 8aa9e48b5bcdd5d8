/**
 * The findings of a check: each with its words (a click selects its cell where it has one) and,
 * for a warning, the clerk's explanation (情况说明), saved into the 核对 sheet.
 */
import { useState } from 'react';
import { Badge, Button, Link, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckedFinding } from '../../app/check/runCheck';
import { CHECK_RULE_WORDS } from '../../app/messages';
import { collectStrings } from '../collectStrings';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', padding: `${tokens.spacingVerticalXS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  words: { overflowWrap: 'anywhere', textAlign: 'left' },
  explain: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  fill: { width: '100%', minWidth: 0 },
});

export interface FindingListProps {
  findings: CheckedFinding[];
  busy: boolean;
  onSelect(sheet: string, cell: string): void;
  onExplain?(key: string, text: string): void;
}

function Explanation({ finding, busy, onExplain }: { finding: CheckedFinding; busy: boolean; onExplain(key: string, text: string): void }) {
  const styles = useStyles();
  const [text, setText] = useState(finding.explanation);
  return (
    <div className={styles.explain}>
      <Textarea
        className={styles.fill}
        size="small"
        resize="vertical"
        aria-label={`${collectStrings.check.explainLabel}：${finding.name ?? finding.id}`}
        placeholder={collectStrings.check.explainPlaceholder}
        value={text}
        onChange={(_, d) => setText(d.value)}
      />
      <Button size="small" disabled={busy || text.trim() === '' || text.trim() === finding.explanation} onClick={() => onExplain(finding.key, text.trim())}>
        {collectStrings.check.explainSave}
      </Button>
    </div>
  );
}

export function FindingList({ findings, busy, onSelect, onExplain }: FindingListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <li key={`${f.key}:${i}`} className={styles.item} data-rule={f.rule} data-id={f.id}>
          <span className={styles.head}>
            <Badge appearance="outline" size="small" color={f.severity === 'error' ? 'danger' : 'warning'}>
              {CHECK_RULE_WORDS[f.rule]}
            </Badge>
            {f.explanation !== '' && f.severity !== 'error' ? (
              <Badge appearance="tint" size="small" color="success">
                {collectStrings.check.explained}
              </Badge>
            ) : null}
          </span>
          {f.sheet && f.cell ? (
            <Link as="button" className={styles.words} title={collectStrings.check.selectCell(`${f.sheet}!${f.cell}`)} onClick={() => onSelect(f.sheet!, f.cell!)}>
              {f.message}
            </Link>
          ) : (
            <Text className={styles.words}>{f.message}</Text>
          )}
          {onExplain && f.severity !== 'error' ? <Explanation finding={f} busy={busy} onExplain={onExplain} /> : null}
        </li>
      ))}
    </ul>
  );
}
