// Launches Debian's Chromium through playwright-core with the flags this machine needs (no network beyond localhost),
// and serves a built site to it for a block of tests.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type StaticServer } from './server.ts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/** One Chromium for the enclosing describe block (or file), launched before its tests and closed after them. */
export function withBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface SiteSession {
  browser: () => Browser;
  server: () => StaticServer;
}

/** One Chromium and one static server of `distDir` under `base` for the enclosing describe block. */
export function withSite(distDir: string, base = '/'): SiteSession {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDist(distDir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  return { browser: withBrowser(), server: () => server! };
}
