/**
 * Composition root of the task pane: decides which screen to show (hostCheck.ts) and hands the
 * Office.js workbook port (and the on-demand .xlsx adapter) to the app. The only file of src/taskpane that touches Office.js, and
 * only Office.onReady and the requirement-set check.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createOfficeWorkbook } from '../excel/officeWorkbook';
import { App } from './App';
import { screenAfterReady, screenBeforeReady } from './hostCheck';
import { HostMessage } from './views/HostMessage';

/** Outside Office onReady answers in ~70 ms; in Excel within a few seconds. Beyond this the
 *  clerk would otherwise stare at a spinner forever. */
const READY_TIMEOUT_MS = 20_000;

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);
// The bundle did start: legacyCheck.js's "never started" notice (if its timer already fired) goes.
document.getElementById('tm-stalled')?.setAttribute('hidden', '');

/** The .xlsx adapter (exceljs, fflate) for the forms: a chunk of its own (xlsx.*.js), fetched from
 *  the add-in's origin the first time the clerk downloads forms or picks a returned .xlsx. */
const loadFileWorkbooks = () => import(/* webpackChunkName: "xlsx" */ '../xlsx/paneFiles').then((m) => m.fileWorkbooks);

function show(node: ReactNode): void {
  root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

show(<HostMessage screen={{ kind: 'loading' }} />);

const early = screenBeforeReady(typeof Office !== 'undefined');
if (early) {
  show(<HostMessage screen={early} />);
} else {
  let ready = false;
  const timer = setTimeout(() => {
    if (!ready) show(<HostMessage screen={{ kind: 'ready-timeout' }} />);
  }, READY_TIMEOUT_MS);

  void Office.onReady((info) => {
    ready = true;
    clearTimeout(timer);
    const screen = screenAfterReady(info.host, (name, version) =>
      Office.context.requirements.isSetSupported(name, version),
    );
    show(screen.kind === 'app' ? <App port={createOfficeWorkbook()} loadFiles={loadFileWorkbooks} /> : <HostMessage screen={screen} />);
  });
}
