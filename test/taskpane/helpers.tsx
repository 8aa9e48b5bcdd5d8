/** Shared by the task pane tests: a preview built here (not by the parser) and a render wrapper. */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Indicator, Task } from '../../src/domain/model';
import type { ImportPreview } from '../../src/app/importTypes';

export function renderInPane(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

export function task(seq: string, text: string, extra: Partial<Task> = {}): Task {
  return { seq, text, leadLeader: null, leadUnit: null, units: [], owners: [], deadline: null, livelihood: false, line: 1, ...extra };
}

export function indicator(id: string, taskSeq: string | null, name: string, target: number, unit: string, extra: Partial<Indicator> = {}): Indicator {
  return { id, task: taskSeq, line: 1, quote: `${name}${target}${unit}`, name, kind: 'level', target, max: null, unit, cmp: '>=', livelihood: false, ...extra };
}

export function previewOf(tasks: Task[], indicators: Indicator[], uncertain: ImportPreview['uncertain'] = []): ImportPreview {
  return { sourceName: '粘贴的文本', result: { tasks, indicators, qualitative: [], diagnostics: [] }, uncertain };
}
