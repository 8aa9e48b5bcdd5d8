/** A clerk-facing error: the use case's Chinese message. A write failure's message already says
 *  what was written (describeFailure, src/app/messages.ts). */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { strings } from '../strings';

export interface ErrorBarProps {
  message: string;
  onDismiss(): void;
}

export function ErrorBar({ message, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={strings.errors.dismiss} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
