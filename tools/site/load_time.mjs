// How long a first visit takes, measured in Chromium: the site is served as a static host
// would (the precompressed .br/.gz files, tools/site/site_server.mjs), the browser starts with
// an empty cache, and Chromium's network emulation (DevTools protocol) slows the connection.
// Prints, per connection and as the median of --runs visits:
//   downloaded   the wasm's last byte arrived (Resource Timing responseEnd)
//   first frame  the app drew its first frame (window.loopscope.readyAt)
//   interactive  lessons and saved work applied, loading screen gone: the learner can work
//                (window.loopscope.startedAt) - the time to interactive
//   bytes        transferred over the network (Resource Timing transferSize, page included)
// A benchmark, not a test: it reports figures and never fails on them. Headless Chromium draws
// with SwiftShader (software GL), so the start-up after the download is slower here than on a
// machine with a GPU.
//
// usage: node tools/site/load_time.mjs [--site build/web/site] [--runs 3] [--encoding br|gzip]
import { chromium } from 'playwright-core';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './site_server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const siteDir = resolve(option('--site', join(here, '../../build/web/site')));
const runs = Number(option('--runs', '3'));
const encoding = option('--encoding', 'br');

const CONNECTIONS = [
  { name: '1.6 Mbit/s, 150 ms RTT', conditions: { offline: false, latency: 150,
    downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
  { name: 'unthrottled (localhost)', conditions: null },
];

const median = (xs) => {
  const v = xs.slice().sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};

async function visit(browser, url, conditions) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
                                             colorScheme: 'dark',
                                             extraHTTPHeaders: { 'Accept-Encoding': encoding === 'br' ? 'br, gzip' : 'gzip' } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.loopscope && window.loopscope.started, null,
                             { timeout: 300_000, polling: 50 });
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    const wasm = res.find((r) => r.name.includes('loopscope_app.wasm'));
    return {
      downloaded: wasm ? wasm.responseEnd : NaN,
      ready: window.loopscope.readyAt,
      interactive: window.loopscope.startedAt,
      bytes: (nav ? nav.transferSize : 0) + res.reduce((s, r) => s + (r.transferSize || 0), 0),
      files: res.length + 1,
    };
  });
  await context.close();
  return m;
}

async function main() {
  const site = await serveFolder(siteDir, { precompressed: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true, chromiumSandbox: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    console.log(`first visit of ${siteDir}, served with Content-Encoding ${encoding}, ${runs} runs each`);
    for (const c of CONNECTIONS) {
      const all = [];
      for (let i = 0; i < runs; ++i) all.push(await visit(browser, site.url, c.conditions));
      const f = (k) => (median(all.map((m) => m[k])) / 1000).toFixed(2) + ' s';
      console.log(`${c.name.padEnd(26)} downloaded ${f('downloaded')}, first frame ${f('ready')}, ` +
                  `interactive ${f('interactive')}; ${(median(all.map((m) => m.bytes)) / 1e6).toFixed(3)} MB ` +
                  `in ${all[0].files} files` +
                  `  (interactive per run: ${all.map((m) => (m.interactive / 1000).toFixed(2)).join(', ')} s)`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
