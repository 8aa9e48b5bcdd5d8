/** A clerk-facing error: the use case's Chinese message, and what was already written if any. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { strings } from '../strings';

export interface ErrorBarProps {
  message: string;
  written: string[];
  onDismiss(): void;
}

/**
 * The ports' write-failure message (src/app/writeMessages.ts) already says "已写入“目标任务”…";
 * adding "出错前已写入：目标任务" under it says the same thing twice. Other errors that carry a
 * written list (an adapter's own wording) still get the line.
 */
export function statesWritten(message: string, written: readonly string[]): boolean {
  return message.includes(`已写入${written.map((s) => `“${s}”`).join('、')}`);
}

export function ErrorBar({ message, written, onDismiss }: ErrorBarProps) {
  const showWritten = written.length > 0 && !statesWritten(message, written);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
        {message}
        {showWritten ? <div>{strings.errors.written(written)}</div> : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={strings.errors.dismiss} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
