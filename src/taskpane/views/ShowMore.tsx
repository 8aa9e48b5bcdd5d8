/** Renders the first items of a long list and a "显示更多" button: an 80-task notice stays light. */
import { useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { strings } from '../strings';

export interface ShowMoreProps<T> {
  items: readonly T[];
  pageSize: number;
  render(item: T, index: number): ReactNode;
}

export function ShowMore<T>({ items, pageSize, render }: ShowMoreProps<T>) {
  const [shown, setShown] = useState(pageSize);
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
