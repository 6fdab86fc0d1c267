// Hostile programs in the page (issue 16; called from run.mjs, suite "hostile"): a program of
// each class that used to freeze the page or kill the wasm module is loaded into the real
// playground in headless Chromium and run; where it runs forever, Stop is pressed. Each case
// then checks that the page is still alive (no "Loopscope stopped", frames still drawn, a
// program still runs afterwards) and that the learner sees a clear message: the run's status,
// the exception CPython raises, or the problem help in the console. Screenshots:
// tests/browser/output/hostile-<case>.png.
//
//   freeze     an endless loop: the page keeps drawing, Stop ends it; one inside __repr__
//              (reached from print(), native code that cannot pause) is ended by the budget
//              with a message in the console
//   recursion  a property that reads itself: RecursionError at CPython's depth (not V8's
//              RangeError)
//   depths     recursion plain, through a property, %r's __repr__ and __eq__: RecursionError at
//              CPython's depths (1,000 levels; 432 of 499 through __repr__ before run_frame's
//              cold instructions moved out of it, vm_cold.h)
//   paths      recursion through every protocol called from native code (map, a sort key, a
//              dict key's __hash__, a class body, ...): CPython's depths, cold and warm
//   nan-timer  asyncio.sleep(nan), call_later(nan) and wait_for(timeout=nan): what CPython does
//   memory     a memory bomb: MemoryError (the memory budget of issue 16 item 4)
//   long-text  a 3-million-character program: the page passes it to the app through the heap
//              (ccall's copy on the 5 MB C stack overflowed it: "memory access out of bounds")
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frames, pythonOutput, settle, state, click } from './playground.mjs';


const setCode = (page, code) => page.evaluate((c) => window.loopscope.setCode(c), code);

const FREEZE_LOOP = `import asyncio


async def main():
    n = 0
    while True:
        n += 1


asyncio.run(main())
`;

const FREEZE_REPR = `import asyncio


class Forever:
    def __repr__(self):
        n = 0
        while True:
            n += 1


async def main():
    print("before the loop")
    print(Forever())
    print("never printed")


asyncio.run(main())
`;

const RECURSION_PROPERTY = `class Node:
    @property
    def parent(self):
        return self.parent


try:
    Node().parent
except RecursionError as e:
    print("caught:", e)

Node().parent
`;

// tests/golden/hostile/recursion_depths.py, the same program (each line: the depth reached)
const GOLDEN_HOSTILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'hostile');
const RECURSION_DEPTHS = readFileSync(join(GOLDEN_HOSTILE, 'recursion_depths.py'), 'utf8');
const RECURSION_DEPTHS_OUT = readFileSync(join(GOLDEN_HOSTILE, 'recursion_depths.out'), 'utf8');
const RECURSION_PATHS = readFileSync(join(GOLDEN_HOSTILE, 'recursion_paths_protocols.py'), 'utf8');
const RECURSION_PATHS_OUT =
  readFileSync(join(GOLDEN_HOSTILE, 'recursion_paths_protocols.out'), 'utf8');

const NAN_TIMER = `import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(float("nan"))
    print("sleep(nan) returned at", loop.time())
    loop.call_later(float("nan"), print, "call_later(nan) fired")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=float("nan"))
        print("wait_for(nan) finished")
    except TimeoutError:
        print("wait_for(nan) timed out")
    print("done at", loop.time())


asyncio.run(main())
`;

const MEMORY_BOMB = `text = "a"
while True:
    text += text
`;

// The page is alive: no abort screen, still drawing, and a small program still runs to its end.
async function alive(page, check, name) {
  const api = await page.evaluate(() => ({ error: window.loopscope.error || '',
    problem: !document.getElementById('problem').classList.contains('hidden') }));
  check(`${name}: no "Loopscope stopped" (the wasm module lives)`, !api.error && !api.problem,
        api.error || (api.problem ? 'the problem screen is shown' : ''));
  const before = await page.evaluate(() => window.loopscope.frames);
  await frames(page, 5);
  const after = await page.evaluate(() => window.loopscope.frames);
  await setCode(page, 'print("still here")\n');
  await page.evaluate(() => window.loopscope.run({ instant: true }));
  await settle(page, 60_000);
  const s = await state(page);
  check(`${name}: the page still draws and runs the next program`,
        after > before && s.programFinished && s.output.length === 1 &&
          s.output[0].text === 'still here',
        `frames ${before} -> ${after}, status ${s.status}, output ${JSON.stringify(s.output)}`);
}

async function openPage(browser, base, watchPage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
                                             colorScheme: 'dark', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python, null,
                             { timeout: 90_000 });
  await frames(page, 3);
  await click(page, 'left-tab:main.py');
  return { context, page, problems };
}

async function runCase(browser, base, check, outDir, watchPage, name, body) {
  let opened = null;
  try {
    opened = await openPage(browser, base, watchPage);
    await body(opened.page);
    await opened.page.screenshot({ path: join(outDir, `hostile-${name}.png`) });
    await alive(opened.page, check, name);
  } catch (e) {
    check(`${name}: scenario ran`, false, e.message.split('\n')[0]);
    if (opened) {
      await opened.page.screenshot({ path: join(outDir, `hostile-${name}-failure.png`) })
        .catch(() => {});
    }
  }
  if (opened) {
    check(`${name}: no page errors, console errors or failed requests`,
          opened.problems.length === 0, opened.problems.slice(0, 5).join(' | '));
    await opened.context.close();
  }
}

export async function hostileScenarios(browser, base, check, outDir, watchPage) {
  await runCase(browser, base, check, outDir, watchPage, 'freeze', async (page) => {
    // An endless loop where the program can pause: the page keeps drawing, Stop ends it.
    await setCode(page, FREEZE_LOOP);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await page.waitForFunction(() => window.loopscope.getState().blocked, null,
                               { timeout: 30_000 });
    const f0 = await page.evaluate(() => window.loopscope.frames);
    await frames(page, 5);
    let s = await state(page);
    const f1 = await page.evaluate(() => window.loopscope.frames);
    check('freeze: an endless loop leaves the page drawing, reported as blocking the loop',
          s.blocked && s.status === 'Blocking the event loop' && !s.programFinished && f1 > f0,
          `status ${s.status}, ${f1 - f0} frames drawn while it runs`);
    await page.screenshot({ path: join(outDir, 'hostile-freeze-running.png') });
    await click(page, 'button:Stop');
    await frames(page, 3);
    s = await state(page);
    check('freeze: Stop ends it', s.programFinished && !s.busy && s.status === 'Stopped',
          `status ${s.status}, busy ${s.busy}`);
    await page.screenshot({ path: join(outDir, 'hostile-freeze-stopped.png') });

    // An endless loop inside __repr__ (reached from print: native code, where the program
    // cannot pause) is ended by the budget, with a message in the console.
    await setCode(page, FREEZE_REPR);
    const t0 = Date.now();
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page, 120_000);
    const ms = Date.now() - t0;
    s = await state(page);
    const lines = s.output.map((o) => o.text);
    const last = lines.length ? lines[lines.length - 1] : '';
    check('freeze: an endless loop inside __repr__ is ended with a clear message in the console',
          s.programFinished && s.status === 'Finished with an error' &&
            lines[0] === 'before the loop' &&
            /^Stopped: Forever\.__repr__ \(line \d+\) ran for [0-9,]+ steps without returning\./
              .test(last),
          `status ${s.status}, ${ms} ms, last line ${JSON.stringify(last).slice(0, 140)}`);
  });

  await runCase(browser, base, check, outDir, watchPage, 'recursion', async (page) => {
    await setCode(page, RECURSION_PROPERTY);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page, 60_000);
    const s = await state(page);
    const got = s.output.map((o) => o.text);
    const expected = pythonOutput(RECURSION_PROPERTY);
    check('recursion: a property that reads itself raises RecursionError as in CPython',
          s.programFinished && /RecursionError: maximum recursion depth exceeded/.test(s.error) &&
            JSON.stringify(got.slice(0, 1)) === JSON.stringify(expected.slice(0, 1)),
          `status ${s.status}, error ${JSON.stringify(s.error).slice(0, 120)}, ` +
            `output ${JSON.stringify(got.slice(0, 1))} vs ${JSON.stringify(expected.slice(0, 1))}`);
    check('recursion: the console shows the traceback',
          got.some((l) => /^RecursionError: maximum recursion depth exceeded/.test(l)),
          `last lines ${JSON.stringify(got.slice(-2))}`);
  });

  await runCase(browser, base, check, outDir, watchPage, 'depths', async (page) => {
    await setCode(page, RECURSION_DEPTHS);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page, 60_000);
    const s = await state(page);
    const got = s.output.map((o) => o.text);
    // CPython's own run (the golden .out: the transcript oracle's wrapper adds frames)
    const expected = RECURSION_DEPTHS_OUT.trimEnd().split('\n');
    check('depths: plain, property, __repr__ and __eq__ recursion end at CPython\'s depths in ' +
            'the page',
          s.programFinished && s.status === 'Finished' &&
            JSON.stringify(got) === JSON.stringify(expected),
          `status ${s.status}, error ${JSON.stringify(s.error).slice(0, 120)}, ` +
            `${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
  });

  await runCase(browser, base, check, outDir, watchPage, 'paths', async (page) => {
    await setCode(page, RECURSION_PATHS);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page, 120_000);
    const s = await state(page);
    const got = s.output.map((o) => o.text);
    const expected = RECURSION_PATHS_OUT.trimEnd().split('\n');
    const differ = expected.filter((l, i) => got[i] !== l);
    check('paths: recursion through each protocol ends at CPython\'s depth in the page, ' +
            'cold and warm',
          s.programFinished && s.status === 'Finished' &&
            JSON.stringify(got) === JSON.stringify(expected),
          `status ${s.status}, error ${JSON.stringify(s.error).slice(0, 120)}, ` +
            `${got.length} lines, differing: ${JSON.stringify(differ.slice(0, 6))} got ` +
            `${JSON.stringify(got.filter((l) => !expected.includes(l)).slice(0, 6))}`);
  });

  await runCase(browser, base, check, outDir, watchPage, 'nan-timer', async (page) => {
    await setCode(page, NAN_TIMER);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page, 60_000);
    const s = await state(page);
    const got = s.output.map((o) => o.text);
    const expected = pythonOutput(NAN_TIMER);
    check('nan-timer: sleep, call_later and wait_for with NaN end as in CPython (no spin)',
          s.programFinished && s.status === 'Finished' &&
            JSON.stringify(got) === JSON.stringify(expected),
          `status ${s.status}, ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
  });

  await runCase(browser, base, check, outDir, watchPage, 'long-text', async (page) => {
    await setCode(page, `# ${'x'.repeat(3_000_000)}\nprint("a long program ran")\n`);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page, 120_000);
    const s = await state(page);
    check('long-text: a 3-million-character program runs',
          s.programFinished && s.output.length === 1 && s.output[0].text === 'a long program ran',
          `status ${s.status}, error ${JSON.stringify(s.error).slice(0, 120)}, output ${JSON.stringify(s.output).slice(0, 120)}`);
  });

  await runCase(browser, base, check, outDir, watchPage, 'memory', async (page) => {
    await setCode(page, MEMORY_BOMB);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page, 120_000);
    const s = await state(page);
    check('memory: a string doubled forever raises MemoryError',
          s.programFinished && /MemoryError/.test(s.error),
          `status ${s.status}, error ${JSON.stringify(s.error).slice(0, 120)}`);
  });
}
