/*
 * Runs before the task pane's bundle, in any web engine an Office host may use. Written in ES5 on
 * purpose (no let/const, no arrow functions): Office 2016/2019 run add-ins in Internet Explorer 11
 * or the old Edge (EdgeHTML), where React 19 and Fluent UI v9 cannot run and the bundle does not
 * even parse. There it shows the static message of taskpane.html instead of a blank pane.
 * Elsewhere it only watches that the bundle starts (index.tsx renders into #root at once).
 * Served as a separate file (copied, not bundled) because the page's CSP forbids inline scripts.
 */
(function () {
  'use strict';
  var STALLED_AFTER_MS = 15000;

  function show(id) {
    var el = document.getElementById(id);
    if (el) el.removeAttribute('hidden');
  }

  function isLegacyEngine() {
    var ua = navigator.userAgent || '';
    if (document.documentMode || /Trident\/|MSIE /.test(ua)) return true; // Internet Explorer
    if (/Edge\/\d/.test(ua)) return true; // EdgeHTML ("Edg/" is the Chromium Edge, which is fine)
    // The bundle targets ES2020; these are the cheapest tell-tales of an engine older than that.
    if (typeof Promise === 'undefined' || typeof Promise.allSettled !== 'function') return true;
    if (typeof globalThis === 'undefined') return true;
    return false;
  }

  if (isLegacyEngine()) {
    show('tm-legacy');
    return;
  }

  setTimeout(function () {
    var root = document.getElementById('root');
    if (root && !root.firstChild) show('tm-stalled');
  }, STALLED_AFTER_MS);
})();
