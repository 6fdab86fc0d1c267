// Browser test of the playground page: serves the built site on a free 127.0.0.1 port, drives
// Debian's chromium with playwright-core (software WebGL through SwiftShader), and checks that
//   - the app draws its first frame (window.loopscope.ready) without page or console errors,
//   - the canvas is not blank (pixel variance of a screenshot),
//   - the canvas backing store is CSS size x devicePixelRatio at DPR 1 and 2,
//   - it follows a window resize, and mouse clicks reach the UI,
//   - without WebGL2 the page says so instead of failing silently.
// Screenshots land in tests/browser/output/ (ignored by git). Prints one line per check and a
// final "browser: N passed, N failed"; exits non-zero when a check failed.
//
// Suites (--suite, default all): "page" is the above plus the playground (playground.mjs);
// "delivery" is keeping the learner's work, share links, the cross-origin embed API, offline
// use, loading and the lessons' first load (delivery_*.mjs; "lessons" runs only the last:
// delivery_lessons.mjs); "a11y" is screen readers and keyboards (a11y.mjs), touch
// and small screens (touch.mjs) and the defects of issue 13 (defects.mjs); "course" is the
// lessons, their checks and the course map (course.mjs); "hostile" is a program of each hostile
// class (issue 16) run in the page, Stop pressed where it runs forever (hostile.mjs).
//
// usage: node tests/browser/run.mjs [--site build/web/site] [--out tests/browser/output]
//                                   [--suite page|delivery|lessons|a11y|course|hostile|all]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, imageStats } from './png.mjs';
import { playgroundScenarios } from './playground.mjs';
import { persistenceScenarios } from './delivery_persist.mjs';
import { shareScenarios } from './delivery_share.mjs';
import { embedScenarios } from './delivery_embed.mjs';
import { offlineScenarios } from './delivery_offline.mjs';
import { loadingScenarios } from './delivery_loading.mjs';
import { lessonScenarios } from './delivery_lessons.mjs';
import { a11yScenarios } from './a11y.mjs';
import { worldSyncScenarios } from './world_sync.mjs';
import { touchScenarios } from './touch.mjs';
import { defectScenarios } from './defects.mjs';
import { courseScenarios } from './course.mjs';
import { hostileScenarios } from './hostile.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const siteDir = resolve(option('--site', join(here, '../../build/web/site')));
const outDir = resolve(option('--out', join(here, 'output')));
const suite = option('--suite', 'all');
const readyTimeoutMs = 90_000; // SwiftShader on a busy 2-core machine is slow to start

// Flags from ../shared/spec/TOOLCHAIN.md: no network chatter, software GL for WebGL.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.data': 'application/octet-stream',
};

function serve(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] || 'application/octet-stream',
                           'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? '  (' + detail + ')' : ''}`);
  return ok;
}

// Collects everything that went wrong on a page: uncaught errors, console errors, failed
// requests and HTTP errors.
function watchPage(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

async function waitFrames(page, count) {
  // An idle playground draws nothing (it sleeps until input): ask for the frames to wait for.
  const start = await page.evaluate((n) => {
    if (window.loopscope.requestFrames) window.loopscope.requestFrames(n);
    return window.loopscope.frames;
  }, count + 2);
  await page.waitForFunction((n) => window.loopscope.frames >= n, start + count, { timeout: 30_000 });
}

async function canvasState(page) {
  return page.evaluate(() => {
    const c = document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    return { width: c.width, height: c.height, cssWidth: r.width, cssHeight: r.height,
             dpr: window.devicePixelRatio, app: { ...window.loopscope },
             loadingHidden: document.getElementById('loading').classList.contains('hidden') };
  });
}

async function screenshotChecks(page, name) {
  const png = await page.screenshot({ path: join(outDir, `${name}.png`) });
  const image = decodePng(png);
  const stats = imageStats(image);
  const detail = `stddev ${stats.stddev.toFixed(1)}, ${stats.colors} colors, ` +
                 `dominant ${(100 * stats.dominantShare).toFixed(1)}%`;
  check(`${name}: canvas is not blank or uniform`,
        stats.stddev > 6 && stats.colors > 64 && stats.dominantShare < 0.95, detail);
  return image;
}

// Share of pixels that differ between two same-sized screenshots, within the rectangle
// [x0, width) x [y0, height) (device pixels).
function changedShare(a, b, x0 = 0, y0 = 0) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let changed = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < a.height; ++y) {
    for (let x = Math.max(0, Math.floor(x0)); x < a.width; ++x) {
      const i = (y * a.width + x) * 4;
      if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] ||
          a.pixels[i + 2] !== b.pixels[i + 2]) ++changed;
    }
  }
  return changed / ((a.width - Math.floor(x0)) * (a.height - Math.floor(y0)));
}

// Clicks a target the app published (window.loopscope.targets, see web/app/test_hooks.h).
async function clickTarget(page, id) {
  const t = await page.evaluate((key) => (window.loopscope.targets || {})[key], id);
  if (!t) throw new Error(`the app published no target '${id}'`);
  await page.mouse.click(t.x + t.w / 2, t.y + t.h / 2);
  await waitFrames(page, 3);
}

async function scenarioDpr(browser, base, dpr) {
  const name = `dpr${dpr}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
                                             colorScheme: 'dark', // the references are dark
                                             deviceScaleFactor: dpr });
  const page = await context.newPage();
  const problems = watchPage(page);
  try {
    await page.goto(base, { waitUntil: 'load' });
    const t0 = Date.now();
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python,
                               null, { timeout: readyTimeoutMs });
    check(`${name}: app ready after first frame`, true, `${Date.now() - t0} ms after load`);
    await waitFrames(page, 3);
    const s = await canvasState(page);
    check(`${name}: canvas backing store is CSS size x ${dpr}`,
          s.width === Math.round(s.cssWidth * dpr) && s.height === Math.round(s.cssHeight * dpr) &&
            s.cssWidth === 1280 && s.cssHeight === 800,
          `${s.width}x${s.height} for ${s.cssWidth}x${s.cssHeight} CSS px`);
    check(`${name}: app reports pixel ratio ${dpr} and window 1280x800`,
          Math.abs(s.app.pixelRatio - dpr) < 0.01 && s.app.width === 1280 && s.app.height === 800,
          `pixelRatio ${s.app.pixelRatio}, ${s.app.width}x${s.app.height}`);
    check(`${name}: loading overlay hidden`, s.loadingHidden);
    const first = await screenshotChecks(page, name);

    if (dpr === 1) {
      // Input reaches ImGui through SDL: clicking a tab and a button changes the run pane
      // (below and right of its tabs) by more than its animated loop mark does (~1%).
      const tabs = await page.evaluate(() => (window.loopscope.targets || {})['run-tab:Console']);
      const paneX = tabs ? tabs.x : 0, paneY = tabs ? tabs.y + tabs.h : 0;
      // What changes with no input at all (the animation), measured rather than assumed.
      await waitFrames(page, 10);
      const idle = changedShare(first, decodePng(await page.screenshot()), paneX, paneY);
      const enough = Math.max(0.015, 3 * idle);
      await clickTarget(page, 'run-tab:Tasks');
      const timeline = await screenshotChecks(page, 'timeline');
      const tabChange = changedShare(first, timeline, paneX, paneY);
      check('click: the Tasks tab switches the run pane', tabChange > enough,
            `${(100 * tabChange).toFixed(1)}% of the pane's pixels changed, ` +
            `${(100 * idle).toFixed(1)}% without input`);
      await clickTarget(page, 'run-tab:Console');
      await clickTarget(page, 'button:Run');
      await waitFrames(page, 30);
      const ran = await screenshotChecks(page, 'run-clicked');
      const runChange = changedShare(timeline, ran, paneX, paneY);
      check('click: Run fills the console', runChange > enough,
            `${(100 * runChange).toFixed(1)}% of the pane's pixels changed`);

      // Resize: the canvas and the ImGui viewport must follow the window.
      await page.setViewportSize({ width: 900, height: 620 });
      await page.waitForFunction(() => window.loopscope.width === 900 && window.loopscope.height === 620,
                                 null, { timeout: 20_000 }).catch(() => {});
      await waitFrames(page, 3);
      const r = await canvasState(page);
      check('resize: canvas follows the window to 900x620',
            r.width === 900 && r.height === 620 && r.app.width === 900 && r.app.height === 620,
            `canvas ${r.width}x${r.height}, app ${r.app.width}x${r.app.height}`);
      await screenshotChecks(page, 'resize');
    }
  } catch (e) {
    check(`${name}: scenario ran`, false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, `${name}-failure.png`) }).catch(() => {});
  }
  check(`${name}: no page errors, console errors or failed requests`, problems.length === 0,
        problems.slice(0, 5).join(' | '));
  await context.close();
}

async function scenarioNoWebgl2(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 },
                                                colorScheme: 'dark' });
  // Pretend the browser has no WebGL2.
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  try {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForSelector('#problem:not(.hidden)', { timeout: 10_000 });
    const text = await page.textContent('#problem');
    check('no-webgl2: page explains that WebGL 2 is missing', /WebGL 2/.test(text), text.trim().slice(0, 60));
    await page.screenshot({ path: join(outDir, 'no-webgl2.png') });
  } catch (e) {
    check('no-webgl2: scenario ran', false, e.message.split('\n')[0]);
  }
  check('no-webgl2: no page errors', problems.length === 0, problems.slice(0, 5).join(' | '));
  await context.close();
}

async function main() {
  if (!existsSync(join(siteDir, 'index.html')) || !existsSync(join(siteDir, 'loopscope_app.wasm'))) {
    check('site is built', false, `${siteDir} has no index.html/loopscope_app.wasm: ./dev build web`);
    return finish();
  }
  await mkdir(outDir, { recursive: true });
  const server = await serve(siteDir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  console.log(`serving ${siteDir} at ${base}`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS,
                                          headless: true, chromiumSandbox: false });
  try {
    if (suite === 'page' || suite === 'all') {
      await scenarioDpr(browser, base, 1);
      await scenarioDpr(browser, base, 2);
      await scenarioNoWebgl2(browser, base);
      await playgroundScenarios(browser, base, check, outDir, watchPage);
    }
    if (suite === 'delivery' || suite === 'all') {
      await persistenceScenarios(browser, base, check, outDir);
      await shareScenarios(browser, base, check, outDir);
      await embedScenarios(browser, base, check, outDir, siteDir);
      await offlineScenarios(browser, base, check, outDir, siteDir);
      await loadingScenarios(browser, base, check, outDir, siteDir);
    }
    if (suite === 'delivery' || suite === 'lessons' || suite === 'all') {
      await lessonScenarios(browser, base, check, outDir);
    }
    if (suite === 'a11y' || suite === 'all') {
      await a11yScenarios(browser, base, check, outDir, watchPage);
      await touchScenarios(browser, base, check, outDir, watchPage);
      await defectScenarios(browser, base, check, outDir, watchPage);
      await worldSyncScenarios(browser, base, check, outDir, watchPage);
    }
    if (suite === 'course' || suite === 'all') {
      await courseScenarios(browser, base, check, outDir, watchPage);
    }
    if (suite === 'hostile' || suite === 'all') {
      await hostileScenarios(browser, base, check, outDir, watchPage);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return finish();
}

async function finish() {
  const failed = results.filter((r) => !r.ok).length;
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, suite === 'all' ? 'report.json' : `report-${suite}.json`),
                  JSON.stringify(results, null, 2));
  console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
