/** @jest-environment jsdom */
/** The outcome panel says "没有变更" only when the write changed nothing at all. */
import { screen } from '@testing-library/react';
import type { ImportOutcome } from '../../src/app/importTypes';
import { OutcomePanel } from '../../src/taskpane/views/OutcomePanel';
import { renderInPane } from './helpers';

const none = { added: 0, updated: 0, unchanged: 0, kept: 0, removed: 0 };

function outcome(tasks: Partial<typeof none>, indicators: Partial<typeof none>): ImportOutcome {
  return { tasks: { ...none, ...tasks }, indicators: { ...none, ...indicators }, changes: [], written: { tasks: 1, indicators: 1, qualitative: 0 }, planYear: null };
}

test.each([
  ['a first import (all added)', outcome({ added: 80 }, { added: 250 })],
  ['only rows kept from an earlier import', outcome({ unchanged: 3 }, { unchanged: 5, kept: 1 })],
  ['only rows removed', outcome({ unchanged: 3 }, { removed: 2 })],
])('%s is not reported as "没有变更"', (_, o) => {
  renderInPane(<OutcomePanel outcome={o} onAgain={() => undefined} />);
  expect(screen.getByTestId('outcome-counts')).toBeTruthy();
  expect(screen.queryByText(/没有变更/)).toBeNull();
});

test('a re-import where every row is unchanged says so', () => {
  renderInPane(<OutcomePanel outcome={outcome({ unchanged: 80 }, { unchanged: 250 })} onAgain={() => undefined} />);
  expect(screen.getByText('与工作簿中已有内容相同，没有变更。')).toBeTruthy();
});
