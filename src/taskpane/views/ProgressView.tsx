/** The 进度 tab: filled by issue 3. Until then it says what it will do and how to get there. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { strings } from '../strings';

export function ProgressView() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.progressPlaceholder.title}</MessageBarTitle>
        {strings.progressPlaceholder.body}
      </MessageBarBody>
    </MessageBar>
  );
}
