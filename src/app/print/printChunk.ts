/**
 * What the task pane's 打印 and 通报 views run, gathered for one on-demand chunk
 * (src/taskpane/loadPrintUseCases.ts): the month's report, the paper's plans and the bulletin's
 * text are needed only when a clerk prints, so the pane starts without them.
 */
export { loadPrintDefaults } from './printDefaults';
export { writePrintSheet } from './writePrintSheet';
export { loadBulletin } from './loadBulletin';
