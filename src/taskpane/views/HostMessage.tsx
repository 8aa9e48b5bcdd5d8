/** A full-pane message when the app cannot start (no Office.js, not in Excel, Excel too old). */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { HostScreen } from '../hostCheck';
import { strings } from '../strings';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM },
});


export function hostMessageText(screen: Exclude<HostScreen, { kind: 'app' }> | { kind: 'loading' } | { kind: 'ready-timeout' }): string {
  switch (screen.kind) {
    case 'loading':
      return strings.host.loading;
    case 'no-office':
      return strings.host.noOffice;
    case 'no-host':
      return strings.host.noHost;
    case 'wrong-host':
      return strings.host.wrongHost(screen.host);
    case 'too-old':
      return strings.host.tooOld;
    case 'ready-timeout':
      return strings.host.readyTimeout;
  }
}

export function HostMessage({ screen }: { screen: Parameters<typeof hostMessageText>[0] }) {
  const styles = useStyles();
  if (screen.kind === 'loading') {
    return (
      <div className={styles.root}>
        <Spinner label={strings.host.loading} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <MessageBar intent={screen.kind === 'no-host' ? 'info' : 'error'} layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{strings.appTitle}</MessageBarTitle>
          {hostMessageText(screen)}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
