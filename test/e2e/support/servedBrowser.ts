/**
 * The setup every browser suite shares: serve one build on 127.0.0.1 and start Chromium before
 * the suite, close both after it. Call inside a describe block; read `env.server` and
 * `env.browser` inside tests (they are set once beforeAll has run).
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { serveDirectory, type StaticServer } from './staticServer';

export interface ServedBrowser {
  server: StaticServer;
  browser: Browser;
}

/** `build` returns the directory to serve (building it first when missing or stale). */
export function servedBrowser(build: () => string): ServedBrowser {
  const env = {} as ServedBrowser;
  // Generous: the first suite may have to run a production webpack build on a busy machine.
  beforeAll(async () => {
    env.server = await serveDirectory(build());
    env.browser = await launchChromium();
  }, 1_200_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
