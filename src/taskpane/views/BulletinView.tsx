/**
 * The 通报 tab: the month's bulletin, made from what the workbook holds, shown as it will read in
 * a Word document, with a button that copies it whole. Nothing is written to the workbook.
 */
import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { WorkbookHost } from '../../app/port';
import type { BulletinParagraph } from '../../domain/bulletin/bulletin';
import { strings } from '../strings';
import { copiedWords, copyText, useBulletin } from '../useBulletin';
import { ErrorBar } from './ErrorBar';
import { MonthSelect } from './MonthSelect';
import { YearSelect } from './YearSelect';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  paper: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
  },
  title: { textAlign: 'center', fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase400 },
  centre: { textAlign: 'center' },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  body: { textIndent: '2em' },
  right: { textAlign: 'right' },
  // The plain text, for the copy fallback: off screen, still selectable.
  hidden: { position: 'absolute', left: '-10000px', width: '1px', height: '1px' },
});

export interface BulletinViewProps {
  port: WorkbookHost;
}

export function BulletinView({ port }: BulletinViewProps) {
  const styles = useStyles();
  const b = useBulletin(port);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const error = b.error ? <ErrorBar message={b.error} onDismiss={b.dismissError} /> : null;
  if (!b.defaults || b.year === null || b.month === null) return <div className={styles.root}>{error ?? <Spinner size="small" label={strings.lazy.loading} />}</div>;
  if (!b.defaults.ready) {
    return (
      <div className={styles.root}>
        {error}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{b.defaults.hasIndicators ? strings.print.notReady : strings.print.noIndicators}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const classOf = (p: BulletinParagraph) =>
    p.part === 'title' ? styles.title : p.part === 'issue' ? styles.centre : p.part === 'heading' ? styles.heading : p.part === 'body' ? styles.body : p.part === 'signature' || p.part === 'date' ? styles.right : undefined;
  const copy = async () => {
    if (!b.bulletin) return;
    setCopied((await copyText(b.bulletin.text, area.current)) ? 'ok' : 'failed');
  };
  return (
    <div className={styles.root}>
      {error}
      <Text>{strings.bulletin.intro}</Text>
      <div className={styles.row}>
        <YearSelect year={b.year} disabled={b.working} onChange={(year) => b.choose({ year })} />
        <MonthSelect month={b.month} mergeJanFeb={b.defaults.mergeJanFeb} disabled={b.working} onChange={(month) => b.choose({ month })} />
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!b.bulletin || b.working} onClick={() => void copy()}>
          {strings.bulletin.copy}
        </Button>
        <Button icon={<ArrowSyncRegular />} disabled={b.working} onClick={() => void b.make()}>
          {strings.bulletin.button}
        </Button>
      </div>
      {copied ? (
        <MessageBar intent={copied === 'ok' ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>{copiedWords[copied]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {b.working ? <Spinner size="small" label={strings.bulletin.working} /> : null}
      {b.bulletin && b.bulletin.openCheckErrors > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="open-check-errors">
          <MessageBarBody>{strings.progress.openCheckErrors(b.bulletin.openCheckErrors)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {b.bulletin ? (
        <>
          <article className={styles.paper} aria-label={strings.bulletin.textLabel} data-testid="bulletin">
            {b.bulletin.bulletin.paragraphs.map((p, i) => (
              <div key={i} className={classOf(p)} data-part={p.part}>
                {p.text}
              </div>
            ))}
          </article>
          <textarea ref={area} className={styles.hidden} value={b.bulletin.text} readOnly tabIndex={-1} aria-hidden="true" />
        </>
      ) : null}
      <Text size={200}>{strings.bulletin.numbersHint}</Text>
      <Text size={200}>{strings.bulletin.settingsHint}</Text>
    </div>
  );
}
