// Browser tests of Loopscope without a network (web/shell/sw.js, the offline copy):
//   - after one visit the site works offline: the server is shut down, the page reloads from
//     the service worker's cache and a lesson runs with the output CPython prints; the large
//     wasm was downloaded once, not again for the cache
//   - loopscope-offline.html (one file, everything inlined) works opened from disk (file://),
//     with no request leaving the file
//   - index.html opened from disk says what to do instead of spinning
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveFolder } from '../../tools/site/site_server.mjs';
import { shippedLessons } from './delivery_persist.mjs';
import { click, openPage, pythonOutput, settle, started, state } from './delivery_util.mjs';

// A lesson whose program writes only to stdout (no warnings), so its console is python3's stdout.
const offlineLesson = () => shippedLessons().find((l) => l.id === 'create-task-and-gather');

async function runLesson(page, lesson) {
  await page.evaluate((id) => {
    window.loopscope.loadLesson(id);
    window.loopscope.run({ instant: true });
  }, lesson.id);
  await settle(page);
  const s = await state(page);
  return { s, same: JSON.stringify(s.output.map((o) => o.text)) === JSON.stringify(pythonOutput(lesson.program)) };
}

async function serviceWorker(browser, check, outDir, siteDir) {
  const lesson = offlineLesson();
  const site = await serveFolder(siteDir);
  // Requests fail once the server is gone: those are the point of the test.
  const { context, page, problems } = await openPage(browser, { expected: [/ERR_CONNECTION_REFUSED/] });
  try {
    await page.goto(site.url, { waitUntil: 'load' });
    await started(page);
    await page.waitForFunction(() => window.loopscope.offline && navigator.serviceWorker.controller,
                               null, { timeout: 60_000 });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = names.length ? await (await caches.open(names[0])).keys() : [];
      return { names, files: keys.map((r) => new URL(r.url).pathname + new URL(r.url).search) };
    });
    const wasmFetches = site.requests.filter((r) => r.path === '/loopscope_app.wasm').length;
    const lessonFiles = cached.files.filter((f) => /^\/lessons\/\d.*\.json\?v=/.test(f)).length;
    check('offline: after the first visit the service worker keeps the whole site, every lesson\'s file too',
          cached.names.length === 1 && cached.files.some((f) => f.startsWith('/loopscope_app.wasm?v=')) &&
            cached.files.some((f) => f.startsWith('/lessons.json?v=')) &&
            lessonFiles === shippedLessons().length && cached.files.length >= 7 + lessonFiles,
          `${cached.names[0]}: ${cached.files.length} files, ${lessonFiles} lesson files`);
    check('offline: the wasm was downloaded once (the page put it in the cache)', wasmFetches === 1,
          `${wasmFetches} downloads of loopscope_app.wasm`);

    // The Progress menu offers the one-file copy for download.
    const download = page.waitForEvent('download');
    await click(page, 'button:Progress');
    await click(page, 'menu:offline-copy');
    const file = await download;
    const size = statSync(await file.path()).size;
    check('offline: the Progress menu downloads the one-file offline copy',
          file.suggestedFilename() === 'loopscope-offline.html' && size > 500_000,
          `${file.suggestedFilename()}, ${(size / 1e6).toFixed(2)} MB`);

    await site.close(); // the network is gone
    await page.reload({ waitUntil: 'load' });
    await started(page);
    const { s, same } = await runLesson(page, lesson);
    check('offline: with the server gone, the page reloads and runs a lesson as CPython does',
          s.lesson === lesson.id && s.programFinished && same, `${s.lesson}: ${s.output.length} lines`);
    await page.screenshot({ path: join(outDir, 'delivery-offline-reload.png') });

    // A link to a lesson this visit never opened: its own file comes from the cache too.
    const linked = shippedLessons().find((l) => l.dir.startsWith('10-'));
    await page.goto(`${site.url}?lesson=${linked.id}`, { waitUntil: 'load' });
    await started(page, 90_000, { rest: false });
    const opened = await state(page);
    check('offline: with the server gone, a link to another lesson opens it from the cache',
          opened.lesson === linked.id && opened.source === linked.program && opened.lessonPending === '',
          `${opened.lesson}, ${opened.lessonsReady} lessons in`);
  } catch (e) {
    check('offline: service worker scenario ran', false, e.message.split('\n')[0]);
  }
  check('offline: service worker: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
  await site.close();
}

async function oneFile(browser, check, outDir, siteDir) {
  const lesson = offlineLesson();
  const { context, page, problems } = await openPage(browser);
  const network = [];
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) network.push(r.url()); });
  try {
    const url = pathToFileURL(join(siteDir, 'loopscope-offline.html')).href;
    await page.goto(url, { waitUntil: 'load' });
    await started(page);
    const mode = await page.evaluate(() => window.loopscope.mode);
    const { s, same } = await runLesson(page, lesson);
    check('offline copy: loopscope-offline.html opened from disk (file://) runs a lesson as CPython does',
          mode === 'offline' && s.lessons >= 3 && s.programFinished && same,
          `mode ${mode}, ${s.lessons} lessons, ${s.output.length} lines`);
    check('offline copy: nothing is requested from a network', network.length === 0, network.slice(0, 3).join(' '));
    await page.screenshot({ path: join(outDir, 'delivery-offline-file.png') });
  } catch (e) {
    check('offline copy: scenario ran', false, e.message.split('\n')[0]);
  }
  check('offline copy: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

async function indexFromDisk(browser, check, outDir, siteDir) {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto(pathToFileURL(join(siteDir, 'index.html')).href, { waitUntil: 'load' });
    await page.waitForSelector('#problem:not([hidden])', { timeout: 10_000 });
    const shown = await page.evaluate(() => ({
      problem: document.getElementById('problem').innerText,
      loading: !document.getElementById('loading').hidden,
    }));
    check('offline: index.html opened from disk says what to do instead of spinning',
          /web server/.test(shown.problem) && /python3 -m http\.server/.test(shown.problem) &&
            /loopscope-offline\.html/.test(shown.problem) && !shown.loading,
          shown.problem.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'delivery-index-from-disk.png') });
    await page.click('#problem a:text("Open the offline copy")');
    await started(page);
    check('offline: its "Open the offline copy" button opens the one-file copy',
          /loopscope-offline\.html$/.test(page.url()), page.url().split('/').pop());
  } catch (e) {
    check('offline: index.html from disk scenario ran', false, e.message.split('\n')[0]);
  }
  check('offline: index.html from disk: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

export async function offlineScenarios(browser, base, check, outDir, siteDir) {
  await serviceWorker(browser, check, outDir, siteDir);
  await oneFile(browser, check, outDir, siteDir);
  await indexFromDisk(browser, check, outDir, siteDir);
}
