/**
 * What readSource loads on demand: the .docx reader with its unzip (fflate) and its streaming XML
 * scanner. Imported only through `import()` so webpack puts it in a chunk of
 * its own (docx.*.js) that the task pane fetches when a clerk first picks a Word file, not at start.
 * Nothing else in the task pane may import these modules statically, or they rejoin the start bundle
 * (test/compat/bundleBudget.test.ts would see it).
 */

export { readDocx } from './readDocx';
