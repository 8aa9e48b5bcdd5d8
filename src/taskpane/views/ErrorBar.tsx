/** A clerk-facing error: the use case's Chinese message, and what was already written if any. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { strings } from '../strings';

export interface ErrorBarProps {
  message: string;
  written: string[];
  onDismiss(): void;
}

export function ErrorBar({ message, written, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
        {message}
        {written.length > 0 ? <div>{strings.errors.written(written)}</div> : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={strings.errors.dismiss} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
