// Helpers shared by the delivery tests (persistence, share links, embed, offline, loading):
// opening the page and waiting until it has started, reading its state and notices, clicking
// the app's published widgets, and CPython's output for a program.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..');

// Waits until the page has started (first frame drawn, the lesson it opens on, saved work and
// link applied) and the download of every other lesson, which follows the start, has ended:
// a test may then open any lesson at once. `rest: false` waits for the start only.
export async function started(page, timeout = 90_000, { rest = true } = {}) {
  await page.waitForFunction((all) => window.loopscope && window.loopscope.started &&
                               (!all || window.loopscope.lessons), rest, { timeout });
}

export const state = (page) => page.evaluate(() => window.loopscope.getState());

// Frames drawn by the app (window.loopscope.frames counts them).
export async function frames(page, n) {
  // An idle playground draws nothing (it sleeps until input): ask for the frames to wait for.
  const start = await page.evaluate((k) => {
    if (window.loopscope.requestFrames) window.loopscope.requestFrames(k);
    return window.loopscope.frames;
  }, n + 2);
  await page.waitForFunction((k) => window.loopscope.frames >= k, start + n, { timeout: 30_000 });
}

// The texts of the notices on screen now.
export const noticeTexts = (page) =>
  page.evaluate(() => [...document.querySelectorAll('#notices .notice')].map((n) => n.textContent));

// Waits for a notice whose text matches `pattern`; returns its text.
export async function waitNotice(page, pattern, timeout = 20_000) {
  const handle = await page.waitForFunction((src) => {
    const re = new RegExp(src);
    const n = [...document.querySelectorAll('#notices .notice')].find((e) => re.test(e.textContent));
    return n ? n.textContent : null;
  }, pattern.source, { timeout });
  return handle.jsonValue();
}

export async function closeNotices(page) {
  await page.evaluate(() => document.querySelectorAll('#notices .notice').forEach((n) => n.remove()));
}

// Clicks a widget the app published (window.loopscope.targets, web/app/test_hooks.h).
export async function click(page, name) {
  const r = await page.evaluate((k) => window.loopscope.rect(k), name);
  if (!r) throw new Error(`no widget named '${name}' on screen`);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await frames(page, 2);
}

// Waits until the run has stopped moving.
export async function settle(page, timeout = 60_000) {
  await page.waitForFunction(() => {
    const s = window.loopscope.getState();
    return !s.busy && !s.playing;
  }, null, { timeout, polling: 100 });
}

// What CPython prints for `source` (tools/cpython_oracle.py on the virtual clock).
export function pythonOutput(source) {
  const dir = mkdtempSync(join(tmpdir(), 'loopscope-'));
  const file = join(dir, 'main.py');
  writeFileSync(file, source);
  const oracle = join(repo, 'tools', 'cpython_oracle.py');
  return execFileSync('python3', [oracle, 'run', '--transcript', file], { encoding: 'utf8' })
    .split('\n').filter((l) => /^\[\d/.test(l)).map((l) => l.slice(l.indexOf(']') + 2));
}

// A new context + page with the usual size; `problems` collects page errors, console errors
// and failed requests (like run.mjs's watchPage) except those listed in `expected`.
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport || { width: 1280, height: 800 },
    colorScheme: options.colorScheme || 'dark',
    deviceScaleFactor: 1,
    ...(options.context || {}),
  });
  const page = await context.newPage();
  const problems = [];
  const expected = options.expected || [];
  const note = (text) => { if (!expected.some((re) => re.test(text))) problems.push(text); };
  page.on('pageerror', (e) => note(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') note(`console error: ${m.text()}`); });
  page.on('requestfailed', (r) => note(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) note(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('dialog', (d) => { note(`unexpected dialog: ${d.message()}`); d.dismiss(); });
  return { context, page, problems };
}
