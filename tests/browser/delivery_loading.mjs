// Browser tests of loading (web/shell/loader.js):
//   - the site works under any path (relative URLs everywhere)
//   - on a slow connection (Chromium's network emulation: 1.6 Mbit/s, 150 ms) the loading
//     screen shows real progress: the bytes of the wasm received, rising to 100 %
//   - each failure says what failed: the wasm missing (HTTP 404), the connection dropping,
//     a damaged or cut-short wasm, the app's script missing, the lessons missing (the
//     playground still starts)
//   - the standard modules' Python (python.json) is fetched only once the page has started; a
//     run pressed before it arrives waits for it (the status bar says so) and then runs as
//     usual; without it a program that imports a standard module gets a clear ImportError
import { basename, dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { serveFolder } from '../../tools/site/site_server.mjs';
import { frames, openPage, started, state } from './delivery_util.mjs';

export const SLOW_3G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8,
                         uploadThroughput: 750e3 / 8 };

async function progress(browser, check, outDir, siteDir) {
  const site = await serveFolder(siteDir, { precompressed: true });
  const { context, page, problems } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    const samples = [];
    let shot = false;
    const t0 = Date.now();
    await page.goto(site.url, { waitUntil: 'commit' });
    while (Date.now() - t0 < 120_000) {
      const s = await page.evaluate(() => {
        const bar = document.getElementById('loading-bar');
        return { text: (document.getElementById('loading-detail') || {}).textContent,
                 value: bar ? Number(bar.getAttribute('aria-valuenow')) : NaN,
                 started: !!(window.loopscope && window.loopscope.started),
                 received: (window.loopscopeShell || {}).loadedBytes || 0,
                 total: Number((document.querySelector('meta[name="loopscope-wasm-bytes"]') || {}).content) };
      }).catch(() => null);
      if (s) {
        samples.push(s);
        if (!shot && s.value >= 35 && s.value <= 80) {
          shot = true;
          await page.screenshot({ path: join(outDir, 'delivery-loading.png') });
        }
        if (s.started) break;
      }
      await page.waitForTimeout(150);
    }
    const values = samples.map((s) => s.value).filter((v) => v > 0);
    const rising = values.every((v, i) => i === 0 || v >= values[i - 1]);
    const distinct = new Set(values).size;
    const bytes = samples.map((s) => s.text).find((t) => /Downloading the playground: [\d.]+ MB of [\d.]+ MB/.test(t || ''));
    const last = samples.at(-1);
    check('loading: a slow connection shows the wasm\'s bytes arriving, rising to 100 %',
          rising && distinct >= 5 && !!bytes && last.started && last.received === last.total && last.total > 0,
          `${distinct} distinct values over ${((Date.now() - t0) / 1000).toFixed(1)} s, e.g. "${bytes}"`);
    check('loading: the screen was captured mid-way', shot);
  } catch (e) {
    check('loading: progress scenario ran', false, e.message.split('\n')[0]);
  }
  check('loading: progress: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
  await site.close();
}

// Each way loading can fail, made by intercepting one request.
async function failures(browser, base, check, outDir, siteDir) {
  const wasm = readFileSync(join(siteDir, 'loopscope_app.wasm'));
  const cases = [
    { name: 'wasm missing', url: /loopscope_app\.wasm/, route: (r) => r.fulfill({ status: 404, body: 'not found' }),
      title: /could not be downloaded/, says: /HTTP 404 for loopscope_app\.wasm/ },
    { name: 'connection dropped', url: /loopscope_app\.wasm/, route: (r) => r.abort('connectionreset'),
      title: /could not be downloaded/, says: /network request for loopscope_app\.wasm failed/ },
    { name: 'damaged wasm', url: /loopscope_app\.wasm/,
      // As long as the real one, but not wasm (a server that sends an error page, say).
      route: (r) => r.fulfill({ status: 200, contentType: 'application/wasm',
                                body: Buffer.alloc(wasm.length, 'this is not wasm at all ') }),
      title: /could not start in this browser/, says: /could not compile the playground/ },
    { name: 'wasm cut short', url: /loopscope_app\.wasm/,
      route: (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: wasm.subarray(0, wasm.length >> 1) }),
      title: /arrived incomplete/, says: /Only [\d.]+ MB of [\d.]+ MB of loopscope_app\.wasm arrived/ },
    { name: 'app script missing', url: /loopscope_app\.js/, route: (r) => r.fulfill({ status: 404, body: 'not found' }),
      title: /could not be downloaded/, says: /loopscope_app\.js could not be loaded/ },
  ];
  for (const c of cases) {
    const { context, page, problems } = await openPage(browser, {
      expected: [/404/, /ERR_CONNECTION_RESET/, /ERR_ABORTED/, /CompileError|compile/i] });
    try {
      await page.route(c.url, c.route);
      await page.goto(base, { waitUntil: 'load' });
      await page.waitForSelector('#problem:not([hidden])', { timeout: 60_000 });
      const shown = await page.evaluate(() => ({ title: document.getElementById('problem-title').textContent,
                                                 text: document.getElementById('problem-detail').textContent,
                                                 reload: !!document.querySelector('#problem-actions button'),
                                                 loading: !document.getElementById('loading').hidden }));
      check(`loading: ${c.name}: the page says what failed`,
            c.title.test(shown.title) && c.says.test(shown.text) && shown.reload && !shown.loading,
            `${shown.title}: ${shown.text.slice(0, 90)}`);
      await page.screenshot({ path: join(outDir, `delivery-failure-${c.name.replace(/ /g, '-')}.png`) });
    } catch (e) {
      check(`loading: ${c.name} scenario ran`, false, e.message.split('\n')[0]);
    }
    check(`loading: ${c.name}: no unexpected page errors`, problems.length === 0, problems.slice(0, 3).join(' | '));
    await context.close();
  }

  // Without the lessons (neither the one the page opens on nor the others) the playground
  // still starts, and says so.
  const { context, page, problems } = await openPage(browser, { expected: [/404/] });
  try {
    await page.route(/lessons(\.json|\/)/, (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.goto(base, { waitUntil: 'load' });
    await started(page);
    const notice = await page.evaluate(() => document.getElementById('notices').textContent);
    const ok = await page.evaluate(() => window.loopscope.setCode('print(1)\n'));
    check('loading: without the lessons the playground starts and says why they are missing',
          /lessons could not be loaded \(HTTP 404\)/.test(notice) && ok, notice.slice(0, 90));
  } catch (e) {
    check('loading: lessons missing scenario ran', false, e.message.split('\n')[0]);
  }
  check('loading: lessons missing: no unexpected page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

// The site works under any path: served from its parent folder it lives at /<folder>/.
async function subPath(browser, check, siteDir) {
  const parent = await serveFolder(dirname(siteDir));
  const { context, page, problems } = await openPage(browser);
  try {
    const url = `${parent.url}${basename(siteDir)}/`;
    await page.goto(url, { waitUntil: 'load' });
    await started(page);
    const ok = await page.evaluate(() => window.loopscope.getState().lessons > 0 &&
                                         window.loopscope.setCode('print(1)\n'));
    check('loading: the site works under a sub-path of the host', ok, url);
  } catch (e) {
    check('loading: sub-path scenario ran', false, e.message.split('\n')[0]);
  }
  check('loading: sub-path: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
  await parent.close();
}

// python.json comes after the first load; a run waits for it.
async function laterPython(browser, base, check, outDir) {
  const program = 'import asyncio\nimport json\nimport random\n\n' +
    'async def main():\n    await asyncio.sleep(1)\n' +
    '    random.seed(7)\n    print(json.dumps({"n": random.randint(1, 100)}))\n\n' +
    'asyncio.run(main())\n';
  const { context, page, problems } = await openPage(browser);
  try {
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route(/python\.json/, async (r) => { await held; await r.continue(); });
    await page.goto(base, { waitUntil: 'load' });
    await started(page);
    const early = await page.evaluate(() => window.loopscope.python === true);
    await page.evaluate((code) => { window.loopscope.setCode(code); window.loopscope.run({ instant: true }); }, program);
    await frames(page, 4);
    const waiting = await state(page);
    await page.screenshot({ path: join(outDir, 'delivery-python-waiting.png') });
    release();
    await page.waitForFunction(() => window.loopscope.python === true, null, { timeout: 30_000 });
    await page.waitForFunction(() => window.loopscope.getState().finished, null, { timeout: 30_000 });
    const done = await state(page);
    // Resource timing: when the request for python.json started, against when the page did.
    const times = await page.evaluate(() => ({
      started: window.loopscope.startedAt,
      requested: (performance.getEntriesByType('resource').find((e) => /python\.json/.test(e.name)) || {}).startTime,
    }));
    check('loading: python.json is requested only after the page has started',
          times.requested >= times.started && !early,
          `started at ${Math.round(times.started)} ms, python.json requested at ${Math.round(times.requested)} ms`);
    check('loading: a run pressed before python.json arrives waits, and says so',
          /Downloading Python's standard modules/.test(waiting.status) && !waiting.finished,
          waiting.status);
    check('loading: once python.json is in, the waiting run finishes with CPython\'s output',
          done.finished && done.output.map((o) => o.text).join('').includes('{"n": 42}'),
          done.output.map((o) => o.text).join(' | '));
  } catch (e) {
    check('loading: later python scenario ran', false, e.message.split('\n')[0]);
  }
  check('loading: later python: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();

  // Without python.json: a clear notice, and the import names what is missing.
  const missing = await openPage(browser, { expected: [/404/] });
  try {
    await missing.page.route(/python\.json/, (r) => r.fulfill({ status: 404, body: 'not found' }));
    await missing.page.goto(base, { waitUntil: 'load' });
    await started(missing.page);
    await missing.page.waitForFunction(() => window.loopscope.python === true, null, { timeout: 30_000 });
    const notice = await missing.page.evaluate(() => document.getElementById('notices').textContent);
    await missing.page.evaluate((code) => { window.loopscope.setCode(code); window.loopscope.run({ instant: true }); }, program);
    await missing.page.waitForFunction(() => window.loopscope.getState().finished, null, { timeout: 30_000 });
    const s = await state(missing.page);
    const text = JSON.stringify(s);
    check('loading: without python.json the page says so and an import says what is missing',
          /standard modules could not be downloaded \(HTTP 404\)/.test(notice) &&
          /has not finished downloading yet/.test(text), notice.slice(0, 90));
  } catch (e) {
    check('loading: python missing scenario ran', false, e.message.split('\n')[0]);
  }
  check('loading: python missing: no unexpected page errors', missing.problems.length === 0,
        missing.problems.slice(0, 3).join(' | '));
  await missing.context.close();
}

export async function loadingScenarios(browser, base, check, outDir, siteDir) {
  await laterPython(browser, base, check, outDir);
  await subPath(browser, check, siteDir);
  await progress(browser, check, outDir, siteDir);
  await failures(browser, base, check, outDir, siteDir);
}
