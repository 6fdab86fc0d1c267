// Playground scenarios of the browser test (called from run.mjs): the real buttons and keys
// drive a real run in headless Chromium, window.loopscope.getState() is checked after each,
// and screenshots are compared with committed reference images (tests/browser/reference/)
// with a tolerance, so a broken layout fails. Expected program output comes from python3.
//
// Reference images: LOOPSCOPE_UPDATE_REFERENCES=1 node tests/browser/run.mjs rewrites them;
// look at every one before committing it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng } from './png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const referenceDir = join(here, 'reference');
const updateReferences = process.env.LOOPSCOPE_UPDATE_REFERENCES === '1';

// A pixel "differs" when a channel moves by more than this; an image fails when more than
// MAX_DIFF_SHARE of its pixels differ (antialiasing, the animated logo and the frame-time text
// stay far below; a pane missing or misplaced is far above).
const CHANNEL_TOLERANCE = 40;
const MAX_DIFF_SHARE = 0.03;

// 1,000 tasks for the frame-time measurement.
export const THOUSAND_TASKS = `import asyncio


async def worker(i):
    await asyncio.sleep((i % 10) * 0.1)
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(1000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
`;

const SPIN = `import asyncio


async def spin():
    n = 0
    while True:
        n += 1


asyncio.run(spin())
`;

// What CPython prints for `source` on the virtual clock (tools/cpython_oracle.py): the lines and
// the clock at each, so a test compares both the console and the time with CPython itself.
export function pythonTranscript(source) {
  const dir = mkdtempSync(join(tmpdir(), 'loopscope-'));
  const file = join(dir, 'main.py');
  writeFileSync(file, source);
  const oracle = join(here, '..', '..', 'tools', 'cpython_oracle.py');
  return execFileSync('python3', [oracle, 'run', '--transcript', file], { encoding: 'utf8' })
    .split('\n').filter((l) => /^\[\d/.test(l))
    .map((l) => ({ time: Number(l.slice(1, l.indexOf(']'))), text: l.slice(l.indexOf(']') + 2) }));
}
export const pythonOutput = (source) => pythonTranscript(source).map((l) => l.text);

export const state = (page) => page.evaluate(() => window.loopscope.getState());

export async function frames(page, n) {
  // An idle playground draws nothing (it sleeps until input): ask for the frames to wait for.
  const start = await page.evaluate((k) => {
    if (window.loopscope.requestFrames) window.loopscope.requestFrames(k);
    return window.loopscope.frames;
  }, n + 2);
  await page.waitForFunction((k) => window.loopscope.frames >= k, start + n, { timeout: 30_000 });
}

export async function click(page, name) {
  const r = await page.evaluate((k) => window.loopscope.rect(k), name);
  if (!r) throw new Error(`no widget named '${name}' on screen`);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await frames(page, 2);
}

// A shortcut held for two frames: ImGui 1.86 samples key state once per frame and would miss
// a press released within one (the editor reads ImGui's key state).
export async function chord(page, ...keys) {
  for (const k of keys) await page.keyboard.down(k);
  await frames(page, 2);
  for (const k of keys.slice().reverse()) await page.keyboard.up(k);
  await frames(page, 2);
}

export async function press(page, key) {
  await page.keyboard.press(key);
  await frames(page, 2);
}

// Waits until the run has stopped moving (no goal, not playing).
export async function settle(page, timeout = 60_000) {
  await page.waitForFunction(() => {
    const s = window.loopscope.getState();
    return !s.busy && !s.playing;
  }, null, { timeout, polling: 100 });
  await frames(page, 2);
}

// Compares a screenshot with tests/browser/reference/<name>.png (or writes it).
export async function compareWithReference(page, check, outDir, name) {
  // Park the pointer where no tooltip opens.
  await page.mouse.move(2, 2);
  await frames(page, 3);
  const png = await page.screenshot();
  await writeFile(join(outDir, `${name}.png`), png);
  const refPath = join(referenceDir, `${name}.png`);
  if (updateReferences || !existsSync(refPath)) {
    await mkdir(referenceDir, { recursive: true });
    await writeFile(refPath, png);
    check(`screenshot ${name}: reference written`, updateReferences, 'look at it and commit it');
    return;
  }
  const a = decodePng(png);
  const b = decodePng(await readFile(refPath));
  if (a.width !== b.width || a.height !== b.height) {
    check(`screenshot ${name}: matches the reference`, false,
          `${a.width}x${a.height} vs reference ${b.width}x${b.height}`);
    return;
  }
  let diff = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    if (Math.abs(a.pixels[i] - b.pixels[i]) > CHANNEL_TOLERANCE ||
        Math.abs(a.pixels[i + 1] - b.pixels[i + 1]) > CHANNEL_TOLERANCE ||
        Math.abs(a.pixels[i + 2] - b.pixels[i + 2]) > CHANNEL_TOLERANCE) ++diff;
  }
  const share = diff / (a.width * a.height);
  check(`screenshot ${name}: matches the reference`, share <= MAX_DIFF_SHARE,
        `${(100 * share).toFixed(2)}% of pixels differ (limit ${100 * MAX_DIFF_SHARE}%)`);
}

// avg / p95 / max of a list of numbers (rounded to 0.01).
function stats(list) {
  const v = list.slice().sort((x, y) => x - y);
  const r = (x) => Math.round(x * 100) / 100;
  return { avg: r(v.reduce((a, x) => a + x, 0) / Math.max(1, v.length)),
           p95: r(v[Math.floor(v.length * 0.95)] || 0), max: r(v[v.length - 1] || 0) };
}

// Frame CPU times (ms, measured by the app around its frame function) over `ms` of wall time.
async function frameTimes(page, ms) {
  // Frames are drawn throughout (an idle playground would sleep and draw none).
  await page.evaluate(() => {
    window.loopscope.frameTimes = [];
    if (window.loopscope.requestFrames) window.loopscope.requestFrames(600);
  });
  await page.waitForTimeout(ms);
  const t = await page.evaluate(() => window.loopscope.frameTimes.slice());
  t.sort((x, y) => x - y);
  const avg = t.reduce((s, x) => s + x, 0) / Math.max(1, t.length);
  return { frames: t.length, avg, p95: t[Math.floor(t.length * 0.95)] || 0, max: t[t.length - 1] || 0 };
}

export async function playgroundScenarios(browser, base, check, outDir, watchPage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
                                             colorScheme: 'dark', // the references are dark
                                             deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchPage(page);
  const figures = {};
  try {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python, null,
                               { timeout: 90_000 });
    figures.readyAtMs = await page.evaluate(() => window.loopscope.readyAt);
    await frames(page, 3);
    let s = await state(page);
    check('api: getState() at load', s.cursor === 0 && s.status === 'Ready' && s.compileError === '',
          `status ${s.status}, cursor ${s.cursor}`);
    const sample = s.source;

    // Keys: focus the canvas by clicking an inert spot, then F10 / Shift+F10.
    await click(page, 'panel:event-loop');
    await press(page, 'F10');
    await settle(page);
    s = await state(page);
    check('key F10 steps one event', s.cursor === 1, `cursor ${s.cursor}`);
    for (let i = 0; i < 9; ++i) await press(page, 'F10');
    await settle(page);
    s = await state(page);
    check('ten F10 presses step ten events', s.cursor === 10 && s.tasks.length >= 1,
          `cursor ${s.cursor}, ${s.tasks.length} tasks`);
    await press(page, 'Shift+F10');
    s = await state(page);
    check('key Shift+F10 steps back one event', s.cursor === 9, `cursor ${s.cursor}`);

    // Buttons.
    await click(page, 'button:Step');
    await settle(page);
    s = await state(page);
    check('button Step steps one event', s.cursor === 10, `cursor ${s.cursor}`);
    await click(page, 'button:Back');
    s = await state(page);
    check('button Back steps back one event', s.cursor === 9, `cursor ${s.cursor}`);
    await compareWithReference(page, check, outDir, 'stepping-1280x800');

    // F5 in instant mode runs to the end; the output is what CPython prints.
    await click(page, 'mode:Instant');
    await press(page, 'F5');
    await settle(page);
    s = await state(page);
    const expected = pythonOutput(sample);
    const got = s.output.map((o) => o.text);
    check('key F5 runs the program to the end', s.programFinished && s.finished,
          `status ${s.status}, ${s.recorded} events`);
    check('the console shows what python3 prints', JSON.stringify(got) === JSON.stringify(expected),
          `${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
    const lastLine = pythonTranscript(sample).at(-1);
    check('the virtual clock ends where CPython printed its last line',
          Math.abs(s.clock - lastLine.time) < 1e-9, `clock ${s.clock} vs ${lastLine.time}`);
    await click(page, 'run-tab:Tasks');
    await compareWithReference(page, check, outDir, 'finished-1280x800');

    // A click on a console line goes back to the moment it was printed. The console follows
    // the output to its last line: scroll up to the first one, as a learner would.
    await click(page, 'run-tab:Console');
    const consoleRect = await page.evaluate(() => window.loopscope.rect('panel:console'));
    await page.mouse.move(consoleRect.x + consoleRect.w / 2, consoleRect.y + consoleRect.h / 2);
    // One wheel event scrolls a few lines: turn it until the top (the problem help under the
    // lines makes the console taller than one turn).
    for (let i = 0; i < 6; ++i) {
      await page.mouse.wheel(0, -4000);
      await frames(page, 3);
      if ((await page.evaluate(() => (window.loopscope.metrics || {})['console.scrollY'])) <= 0) break;
    }
    await click(page, 'console:first-line');
    const printed = s.output[0];
    const back = await state(page);
    check('a click on a console line seeks to the event that printed it',
          back.cursor === printed.event && back.output.length === 1 &&
            back.output[0].text === printed.text,
          `cursor ${back.cursor} (event ${printed.event}), ${back.output.length} lines shown`);
    await page.evaluate((n) => window.loopscope.seek(n), s.recorded - 1);
    await frames(page, 2);

    // Click on the timeline: seeks somewhere inside the run.
    const tl = await page.evaluate(() => window.loopscope.rect('panel:timeline'));
    await page.mouse.click(tl.x + tl.w * 0.45, tl.y + 100);
    await frames(page, 2);
    s = await state(page);
    check('a click on the timeline seeks into the run', s.cursor > 0 && s.cursor < s.recorded - 1,
          `cursor ${s.cursor} of ${s.recorded}`);
    // The scrubber's left end is the start.
    const sc = await page.evaluate(() => window.loopscope.rect('scrubber'));
    await page.mouse.click(sc.x + 1, sc.y + sc.h / 2);
    await frames(page, 2);
    s = await state(page);
    check('the scrubber seeks to the start', s.cursor === 0, `cursor ${s.cursor}`);

    // Animated run with the Run button: it plays, then ends.
    await click(page, 'mode:Animated');
    // The toolbar in Animated mode: the speed is written beside its slider (the grab once
    // covered the value when it was written inside).
    await page.mouse.move(2, 2);
    await frames(page, 3);
    const sp = await page.evaluate(() => window.loopscope.rect('speed'));
    check('Animated mode shows the speed slider', sp && sp.w > 40, JSON.stringify(sp));
    await page.screenshot({ path: join(outDir, 'animated-toolbar.png'),
                            clip: { x: 0, y: Math.max(0, sp.y - 20), width: 1280, height: 64 } });
    await page.evaluate(() => window.loopscope.setCode(
      'import asyncio\n\nasync def main():\n    await asyncio.sleep(0.25)\n    print("hi")\n\nasyncio.run(main())\n'));
    await click(page, 'button:Run');
    s = await state(page);
    check('button Run starts an animated run', s.playing, `status ${s.status}`);
    await settle(page);
    s = await state(page);
    check('the animated run reaches the end', s.programFinished && s.output.length === 1 &&
            s.output[0].text === 'hi' && s.output[0].time === 0.25,
          JSON.stringify(s.output));

    // A syntax error is reported as data, with its line.
    const ok = await page.evaluate(() => window.loopscope.setCode('def f(:\n    pass\n'));
    s = await state(page);
    check('setCode reports a syntax error', !ok && /SyntaxError/.test(s.compileError),
          s.compileError);

    // An infinite loop: the page keeps drawing, the loop is reported blocked, Stop ends it.
    await page.evaluate((code) => window.loopscope.setCode(code), SPIN);
    await click(page, 'mode:Instant');
    await press(page, 'F5');
    await page.waitForFunction(() => window.loopscope.getState().blocked, null, { timeout: 30_000 });
    const spin = await frameTimes(page, 1500);
    s = await state(page);
    check('an infinite loop shows "blocking the event loop" and the page keeps drawing',
          // (headless Chromium with software GL draws ~10 frames/s on a busy 2-core machine)
          s.blocked && s.status === 'Blocking the event loop' && spin.frames >= 5,
          `${spin.frames} frames in 1.5 s, avg ${spin.avg.toFixed(1)} ms CPU`);
    await compareWithReference(page, check, outDir, 'blocked-1280x800');
    await click(page, 'button:Stop');
    await frames(page, 3);
    s = await state(page);
    check('Stop ends the stuck program', s.programFinished && !s.busy, `status ${s.status}`);

    // 1,000 tasks: frame CPU time while running and once finished.
    await page.evaluate((code) => window.loopscope.setCode(code), THOUSAND_TASKS);
    await frames(page, 2);
    const t0 = Date.now();
    await page.evaluate(() => {
      window.loopscope.frameTimes = [];
      window.loopscope.frameParts = [];
      window.loopscope.run({ instant: true });
    });
    await settle(page, 120_000);
    const runWall = Date.now() - t0;
    const during = await page.evaluate(() => window.loopscope.frameTimes.slice());
    const parts = await page.evaluate(() => window.loopscope.frameParts.slice());
    const frameSplit = during.map((f, i) => [f, ...(parts[i] || [0, 0, 0, 0])].map((x) => +x.toFixed(1)));
    s = await state(page);
    const expected1000 = pythonOutput(THOUSAND_TASKS);
    check('1,000 tasks: the run completes with the output python3 prints',
          s.tasks.length >= 1000 && JSON.stringify(s.output.map((o) => o.text)) === JSON.stringify(expected1000),
          `${s.tasks.length} tasks, ${s.recorded} events in ${runWall} ms`);
    const idle = await frameTimes(page, 1500);
    // Figures, not assertions (speed is reported, never asserted): CPU ms per frame in all and
    // its parts: the program's slice, the snapshot, the UI (ImGui), handing vertices to WebGL.
    const part = (k) => stats(frameSplit.map((f) => f[k]));
    figures.thousandTasks = {
      runWallMs: runWall, events: s.recorded,
      duringRun: { frames: during.length, cpu: part(0), program: part(1), snapshot: part(2),
                   ui: stats(frameSplit.map((f) => f[0] - f[1] - f[2] - f[3])), webgl: part(3),
                   vertices: part(4),
                   // per frame, in order: [whole frame, program, snapshot, WebGL, vertices]
                   perFrame: frameSplit },
      afterRun: idle,
    };
    check('1,000 tasks: frame times are measured in the page during and after the run',
          during.length >= 3 && idle.frames >= 3 && frameSplit.every((f) => f[4] > 0),
          `during: ${JSON.stringify(figures.thousandTasks.duringRun.cpu)} ms; ` +
          `after: avg ${idle.avg.toFixed(2)}, p95 ${idle.p95.toFixed(2)} ms`);
    await click(page, 'run-tab:Tasks');
    // The accessible page's share of a frame with 1,000 tasks (web/app/a11y_bridge.h).
    figures.thousandTasks.accessiblePage = await page.evaluate(() => {
      const m = window.loopscope.metrics || {};
      return { syncMs: m['a11y.syncMs'], bytes: m['a11y.bytes'], sentBytes: m['a11y.sentBytes'] };
    });
    await compareWithReference(page, check, outDir, 'thousand-1280x800');

    // Compact layout: narrow window, panes stacked.
    await page.evaluate(() => window.loopscope.setCode(window.loopscope.getState().source));
    await page.evaluate((code) => window.loopscope.setCode(code), sample);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.waitForFunction(() => window.loopscope.width === 800, null, { timeout: 20_000 });
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page);
    await compareWithReference(page, check, outDir, 'compact-800x900');

    // UI zoom (Ctrl +/-, Ctrl 0) scales every widget; the theme button switches to light.
    await click(page, 'panel:event-loop');
    const before = await page.evaluate(() => window.loopscope.rect('button:Run'));
    await press(page, 'Control+Equal');
    await frames(page, 2);
    s = await state(page);
    const after = await page.evaluate(() => window.loopscope.rect('button:Run'));
    check('Ctrl + zooms the UI', Math.abs(s.zoom - 1.1) < 1e-6 && after.w > before.w * 1.05,
          `zoom ${s.zoom}, Run button ${before.w.toFixed(0)} -> ${after.w.toFixed(0)} px wide`);
    await press(page, 'Control+0');
    s = await state(page);
    check('Ctrl 0 resets the zoom', s.zoom === 1, `zoom ${s.zoom}`);
    await click(page, 'button:Light theme');
    s = await state(page);
    check('the theme button switches to the light theme', s.theme === 'light', s.theme);
    await click(page, 'button:Dark theme');

    // The editor: typing, undo, the system clipboard, breakpoints in the gutter.
    await page.evaluate((code) => window.loopscope.setCode(code), sample);
    await click(page, 'editor');
    await chord(page, 'Control', 'End');
    await page.keyboard.type('print(1)');
    await frames(page, 3);
    s = await state(page);
    check('typing in the editor changes the program', s.source === sample + 'print(1)',
          JSON.stringify(s.source.slice(-20)));
    for (let i = 0; i < 5 && (await state(page)).source !== sample; ++i) {
      await chord(page, 'Control', 'z');
    }
    s = await state(page);
    check('Ctrl+Z undoes the typing', s.source === sample, JSON.stringify(s.source.slice(-20)));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await chord(page, 'Control', 'a');
    await chord(page, 'Control', 'c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    check('Ctrl+C copies the selection to the system clipboard', copied === sample,
          `${copied.length} of ${sample.length} characters`);
    await chord(page, 'Control', 'End');
    await page.evaluate(() => navigator.clipboard.writeText('# pasted from elsewhere'));
    await chord(page, 'Control', 'v');
    s = await state(page);
    check('Ctrl+V pastes text copied outside the playground',
          s.source === sample + '# pasted from elsewhere', JSON.stringify(s.source.slice(-30)));
    const gutter = await page.evaluate(() => window.loopscope.rect('editor-gutter'));
    const editorRect = await page.evaluate(() => window.loopscope.rect('editor'));
    check('the editor and its gutter are on screen', gutter !== null && editorRect !== null,
          JSON.stringify(gutter));
    if (gutter) {
      // Lines are evenly spaced from the text's top: find line 5's row from line 1's.
      await page.mouse.click(gutter.x + gutter.w / 2, gutter.y + 12);
      await frames(page, 2);
      s = await state(page);
      check('a click in the gutter sets a breakpoint', s.breakpoints.length === 1,
            JSON.stringify(s.breakpoints));
      await page.mouse.click(gutter.x + gutter.w / 2, gutter.y + 12);
      await frames(page, 2);
      s = await state(page);
      check('a second click removes it', s.breakpoints.length === 0, JSON.stringify(s.breakpoints));
    }

    // F11 steps to the next source line; Shift+F11 back to the previous one.
    await page.evaluate((code) => window.loopscope.setCode(code), sample);
    await click(page, 'panel:event-loop');
    await press(page, 'F11');
    await settle(page);
    await press(page, 'F11');
    await settle(page);
    const lineStep = await state(page);
    check('key F11 steps by source line', lineStep.cursor > 1 && lineStep.line > 0,
          `cursor ${lineStep.cursor}, line ${lineStep.line}`);
    await press(page, 'Shift+F11');
    s = await state(page);
    check('key Shift+F11 steps back by line', s.cursor < lineStep.cursor,
          `cursor ${lineStep.cursor} -> ${s.cursor}`);
  } catch (e) {
    check('playground: scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'playground-failure.png') }).catch(() => {});
  }
  check('playground: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 5).join(' | '));
  await writeFile(join(outDir, 'figures.json'), JSON.stringify(figures, null, 2));
  const { perFrame, ...summary } = (figures.thousandTasks || {}).duringRun || {};
  console.log(`figures (all in ${join(outDir, 'figures.json')}): ready at ${figures.readyAtMs} ms; ` +
              `1,000 tasks during the run ${JSON.stringify(summary)}; ` +
              `after ${JSON.stringify((figures.thousandTasks || {}).afterRun)}; ` +
              `accessible page ${JSON.stringify((figures.thousandTasks || {}).accessiblePage)}`);
  await context.close();
}
