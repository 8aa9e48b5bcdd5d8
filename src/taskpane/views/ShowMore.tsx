/** Renders the first items of a long list and a "显示更多" button: an 80-task notice stays light. */
import { useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { strings } from '../strings';

export interface ShowMoreProps<T> {
  items: readonly T[];
  pageSize: number;
  render(item: T, index: number): ReactNode;
  /** An item that must be on screen (a jump to it): the list opens far enough to show it. */
  reveal?: number;
}

export function ShowMore<T>({ items, pageSize, render, reveal }: ShowMoreProps<T>) {
  const [opened, setShown] = useState(pageSize);
  const shown = reveal === undefined || reveal < 0 ? opened : Math.max(opened, Math.ceil((reveal + 1) / pageSize) * pageSize);
  const visible = items.slice(0, shown);
  return (
    <>
      {visible.map(render)}
      {items.length > shown ? (
        <Button appearance="secondary" onClick={() => setShown(shown + pageSize)}>
          {strings.preview.showMore(shown, items.length)}
        </Button>
      ) : null}
    </>
  );
}
