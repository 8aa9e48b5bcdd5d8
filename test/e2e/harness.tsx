/**
 * The browser test harness: the production task pane `App` inside the same FluentProvider as
 * src/taskpane/index.tsx, over the in-memory workbook port instead of Office.js (with the same
 * on-demand .xlsx chunk for the forms). Nothing in src/
 * changes for it. The port is exposed on `window.__tmPort` so a test can read the sheets back,
 * put a table in a sheet and select it, or make the next write fail (`failNext`).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { createMemoryWorkbook, type MemoryWorkbook } from '../support/memoryWorkbook';

declare global {
  interface Window {
    __tmPort: MemoryWorkbook;
  }
}

const port = createMemoryWorkbook();
window.__tmPort = port;

const container = document.getElementById('root');
if (!container) throw new Error('harness.html has no #root element');
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <App port={port} loadFiles={() => import(/* webpackChunkName: "xlsx" */ '../../src/xlsx/paneFiles').then((m) => m.fileWorkbooks)} />
  </FluentProvider>,
);
