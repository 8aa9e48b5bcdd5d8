// Ribbon command page. The only button (打开任务窗格) is a ShowTaskpane action handled by Office
// itself, so no function is registered here; Office still requires the FunctionFile page to load
// Office.js and signal readiness.
Office.onReady(() => {
  // Nothing to initialise: ShowTaskpane needs no code.
});
