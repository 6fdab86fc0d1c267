// The defects a new user hit (issue 13), each reproduced in the page and checked fixed
// (called from run.mjs): the blocking banner's Stop, the Tasks panel after expanding a row, the
// console following the output, Reset and the timeline, the event counters, 50 lanes and dense
// runs, task names and coroutines, Run after Stop / after the end / "Run and check", the idle
// playground, long narration and deadlock text.
import { join } from 'node:path';
import { click, compareWithReference, frames, settle, state } from './playground.mjs';

const metrics = (page) => page.evaluate(() => ({ ...(window.loopscope.metrics || {}) }));
const rect = (page, name) => page.evaluate((k) => window.loopscope.rect(k), name);
const setCode = (page, code) => page.evaluate((c) => window.loopscope.setCode(c), code);
const runInstant = async (page) => {
  await page.evaluate(() => window.loopscope.run({ instant: true }));
  await settle(page, 120_000);
};
const mirror = (page, id) => page.locator(`[data-a11y-id="${id}"]`).textContent();

const SPIN = 'import asyncio\n\n\nasync def spin():\n    n = 0\n    while True:\n        n += 1\n\n\nasyncio.run(spin())\n';

const THREE = `import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    print(await asyncio.gather(job(1), job(2), job(3)))


asyncio.run(main())
`;

// Sixty lines at once, then five more at each of twenty steps.
const CHATTY = `import asyncio


async def main():
    for i in range(60):
        print("line", i)
    for k in range(20):
        await asyncio.sleep(0.01)
        for i in range(5):
            print("more", k, i)


asyncio.run(main())
`;

// 50 tasks, names given with name= and set_name(), and long runs of short steps.
const FIFTY = `import asyncio


async def worker(i):
    for k in range(40):
        await asyncio.sleep(0.001 * (i % 7 + 1))
    return i


async def main():
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(50)]
    tasks[3].set_name("renamed-three")
    print(sum(await asyncio.gather(*tasks)))


asyncio.run(main())
`;

const RENAME = `import asyncio


async def worker():
    await asyncio.sleep(0.1)


async def main():
    t = asyncio.create_task(worker())
    t.set_name("downloader")
    await t


asyncio.run(main())
`;

const LONG_NAME = `import asyncio


async def worker():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(worker(), name="a-task-with-a-really-quite-long-name-that-the-narration-repeats")
    await t


asyncio.run(main())
`;

const DEADLOCK = `import asyncio


async def main():
    await asyncio.Event().wait()


asyncio.run(main())
`;

export async function defectScenarios(browser, base, check, outDir, watchPage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1,
                                             colorScheme: 'dark' }); // the references are dark
  const page = await context.newPage();
  const problems = watchPage(page);
  try {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python, null, { timeout: 90_000 });
    await page.waitForFunction(() => window.loopscope.lessonCount > 0, null, { timeout: 30_000 });
    await frames(page, 3);
    await click(page, 'left-tab:main.py');

    // ---- the blocking banner's Stop ends the program; Run then runs it afresh ------------------
    await setCode(page, SPIN);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await page.waitForFunction(() => window.loopscope.getState().blocked, null, { timeout: 30_000 });
    await frames(page, 3);
    await compareWithReference(page, check, outDir, 'blocked-1280x800');
    await click(page, 'button:Stop program');
    await frames(page, 3);
    let s = await state(page);
    check('the banner\'s Stop ends the program (it used to reach the timeline and only pause)',
          s.programFinished && s.status === 'Stopped' && !s.playing, `status ${s.status}`);
    const stoppedAt = s.recorded;
    await click(page, 'button:Run');
    await page.waitForFunction(() => window.loopscope.getState().blocked, null, { timeout: 30_000 });
    s = await state(page);
    check('Run after Stop runs the program again (not the stopped recording)',
          s.blocked && !s.programFinished && s.status === 'Blocking the event loop',
          `status ${s.status}, ${s.recorded} events (the stopped run had ${stoppedAt})`);
    await click(page, 'button:Stop');

    // ---- Tasks: expanding a row lists every task once ------------------------------------------
    await setCode(page, THREE);
    await runInstant(page);
    await click(page, 'run-tab:Tasks');
    const before = (await metrics(page))['tasks.rowsDrawn'];
    await click(page, 'task:Task-2');
    await frames(page, 3);
    const after = (await metrics(page))['tasks.rowsDrawn'];
    s = await state(page);
    check('Tasks: after expanding a task each task is listed once', before === s.tasks.length &&
          after === s.tasks.length, `${s.tasks.length} tasks; rows drawn ${before}, then ${after}`);
    await click(page, 'task:Task-2');

    // ---- the console follows the output unless the learner scrolled up -------------------------
    await click(page, 'run-tab:Console');
    await setCode(page, CHATTY);
    await runInstant(page);
    let m = await metrics(page);
    check('console: after a long run it shows the last line', m['console.scrollMaxY'] > 0 &&
          m['console.scrollY'] >= m['console.scrollMaxY'] - 2,
          `scroll ${m['console.scrollY']} of ${m['console.scrollMaxY']}`);
    await click(page, 'mode:Animated');
    await page.evaluate(() => window.loopscope.reset());
    // The fastest animation (60 events a second), through the page's own speed control.
    await page.waitForSelector('[data-a11y-id="speed"] input', { state: 'attached' });
    await page.evaluate(() => {
      const speed = document.querySelector('[data-a11y-id="speed"] input');
      speed.value = '60';
      speed.dispatchEvent(new Event('input'));
    });
    await frames(page, 2);
    await page.evaluate(() => window.loopscope.run());
    await page.waitForFunction(() => window.loopscope.getState().output.length >= 60, null, { timeout: 60_000 });
    const con = await rect(page, 'panel:console');
    await page.mouse.move(con.x + con.w / 2, con.y + con.h / 2);
    await page.mouse.wheel(0, -300);
    await frames(page, 3);
    const up = (await metrics(page))['console.scrollY'];
    await page.waitForFunction((n) => window.loopscope.getState().output.length > n, 70, { timeout: 60_000 });
    await frames(page, 3);
    m = await metrics(page);
    check('console: scrolled up, it stays where the learner put it while the run prints',
          Math.abs(m['console.scrollY'] - up) < 2 && m['console.scrollY'] < m['console.scrollMaxY'] - 20,
          `scroll ${up} -> ${m['console.scrollY']} of ${m['console.scrollMaxY']}`);
    // Back down to the end (each wheel event scrolls one step).
    for (let i = 0; i < 60; ++i) {
      const mm = await metrics(page);
      if (mm['console.scrollY'] >= mm['console.scrollMaxY'] - 2) break;
      await page.mouse.wheel(0, 300);
      await frames(page, 1);
    }
    await page.waitForFunction((n) => window.loopscope.getState().output.length > n, 85, { timeout: 60_000 });
    await frames(page, 3);
    m = await metrics(page);
    check('console: scrolled back to the end, it follows again',
          m['console.scrollY'] >= m['console.scrollMaxY'] - 2, `scroll ${m['console.scrollY']} of ${m['console.scrollMaxY']}`);
    await page.evaluate(() => window.loopscope.pause());
    await click(page, 'mode:Instant');

    // ---- Reset hides the run; the counters agree ----------------------------------------------
    await setCode(page, THREE);
    await runInstant(page);
    s = await state(page);
    m = await metrics(page);
    const counts = await mirror(page, 'status.counts');
    const scrubber = await page.locator('[data-a11y-id="scrubber"] input').getAttribute('aria-valuetext');
    check('the status bar, the scrubber and the step axis count events alike',
          counts.includes(`${s.recorded - 1} events recorded`) && scrubber === `event ${s.cursor} / ${s.recorded - 1}` &&
            m['timeline.xMax'] <= s.recorded - 1 && m['timeline.xMax'] > s.recorded - 10,
          `"${counts}", "${scrubber}", last event on the step axis #${m['timeline.xMax']}`);
    await click(page, 'button:Reset');
    await frames(page, 3);
    m = await metrics(page);
    check('Reset: the timeline no longer shows the run it would give away',
          m['timeline.lanes'] === 0 && m['timeline.shownEvents'] <= 1, JSON.stringify(m));
    for (let i = 0; i < 12; ++i) await page.evaluate(() => window.loopscope.step());
    await settle(page);
    s = await state(page);
    m = await metrics(page);
    check('after Reset the timeline grows again as the learner steps',
          m['timeline.lanes'] >= 1 && m['timeline.xMax'] <= s.cursor, `cursor ${s.cursor}, timeline to #${m['timeline.xMax']}`);

    // ---- Run again at the end in Instant mode shows the run again -----------------------------
    await runInstant(page);
    const end = (await state(page)).cursor;
    await click(page, 'button:Run');
    const seen = [];
    for (let i = 0; i < 8; ++i) {
      seen.push((await state(page)).cursor);
      await frames(page, 1);
    }
    await settle(page);
    s = await state(page);
    check('Instant mode: Run at the end replays the run visibly (over several frames)',
          seen.some((c) => c > 0 && c < end) && s.cursor === end, `cursor ${seen.join(', ')} ... ${s.cursor}`);

    // ---- 50 tasks: lanes scroll, dense runs fold, names and coroutines ------------------------
    await setCode(page, FIFTY);
    await runInstant(page);
    m = await metrics(page);
    check('50 tasks: every task has a lane, fewer fit, the rest scroll (scrollbar)',
          m['timeline.lanes'] === 51 && m['timeline.lanesShown'] < 51 && (await rect(page, 'timeline-scrollbar')) !== null,
          `${m['timeline.lanes']} lanes, ${m['timeline.lanesShown']} shown`);
    const tl = await rect(page, 'panel:timeline');
    await page.mouse.move(tl.x + 60, tl.y + tl.h - 60);
    await page.mouse.wheel(0, 400);
    await frames(page, 3);
    const wheeled = (await metrics(page))['timeline.firstLane'];
    const bar = await rect(page, 'timeline-scrollbar');
    await page.mouse.move(bar.x + bar.w / 2, bar.y + 5);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.w / 2, bar.y + bar.h, { steps: 5 });
    await page.mouse.up();
    await frames(page, 3);
    m = await metrics(page);
    check('50 tasks: the wheel over the lane names and the scrollbar scroll the lanes',
          wheeled > 0 && m['timeline.firstLane'] + m['timeline.lanesShown'] >= 50,
          `first lane ${wheeled} after the wheel, ${m['timeline.firstLane']} after dragging the scrollbar`);
    check('dense runs: runs of tiny items fold instead of being drawn one by one',
          m['timeline.folds'] > 0, `${m['timeline.folds']} folded runs, ${m['timeline.items']} items placed`);
    await page.mouse.move(2, 2);
    await frames(page, 3);
    await compareWithReference(page, check, outDir, 'fifty-1280x800');
    const lanesText = await page.locator('[data-a11y-id="timeline.lanes"]').textContent();
    await click(page, 'run-tab:Tasks');
    const tasksText = await page.locator('[data-a11y-id="tasks"]').textContent();
    check('names: lanes and the task table show the name the program gave and the coroutine',
          lanesText.includes('renamed-three, coroutine worker()') && lanesText.includes('worker-7, coroutine worker()') &&
            tasksText.includes('renamed-three') && tasksText.includes('worker()'),
          lanesText.slice(0, 120));
    await click(page, 'run-tab:Console');

    // The ready queue after a rename shows the new name.
    await setCode(page, RENAME);
    await runInstant(page);
    s = await state(page);
    let found = null;
    for (let e = 0; e < s.recorded && !found; ++e) {
      await page.evaluate((k) => window.loopscope.seek(k), e);
      const st = await state(page);
      if (st.tasks.some((t) => t.name === 'downloader') && st.ready.length) found = { e, st };
    }
    await frames(page, 3);
    if (found) {
      await page.waitForFunction(() => /downloader/.test(
        (document.querySelector('[data-a11y-id="loop.ready"]') || {}).textContent || ''), null,
        { timeout: 10_000 }).catch(() => {});
    }
    const ready = found ? await page.locator('[data-a11y-id="loop.ready"]').textContent() : '';
    check('names: the ready queue shows a task by the name set_name() gave it',
          found && ready.includes('downloader') && !ready.includes('Task-2'),
          found ? `event ${found.e}: ${ready}` : 'no event with the renamed task in the ready queue');

    // ---- long narration and deadlock text wrap inside the pane --------------------------------
    await setCode(page, LONG_NAME);
    await runInstant(page);
    s = await state(page);
    let longest = { e: 0, n: 0 };
    for (let e = 0; e < s.recorded; ++e) {
      await page.evaluate((k) => window.loopscope.seek(k), e);
      const n = (await state(page)).narration.length;
      if (n > longest.n) longest = { e, n };
    }
    await page.evaluate((k) => window.loopscope.seek(k), longest.e);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.waitForFunction(() => window.loopscope.width === 900);
    await frames(page, 4);
    const narration = await rect(page, 'narration');
    const panel = await rect(page, 'panel:event-loop');
    check('narration: a long one wraps inside the event loop pane',
          narration && panel && narration.x + narration.w <= panel.x + panel.w && narration.h > 30 &&
            narration.w > 200,
          `narration ${JSON.stringify(narration)} in pane ${JSON.stringify(panel)}`);
    await setCode(page, DEADLOCK);
    await runInstant(page);
    await frames(page, 3);
    const problem = await rect(page, 'loop:problem');
    const panel2 = await rect(page, 'panel:event-loop');
    s = await state(page);
    check('deadlock: the message is shown whole inside the pane', s.deadlock && problem &&
          problem.x + problem.w <= panel2.x + panel2.w && problem.y + problem.h <= panel2.y + panel2.h,
          `${JSON.stringify(problem)} in ${JSON.stringify(panel2)}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(() => window.loopscope.width === 1280);

    // ---- an idle playground sleeps; no debug figure in the status bar -------------------------
    await page.mouse.move(2, 2);
    await page.waitForTimeout(1200);
    const f0 = await page.evaluate(() => window.loopscope.frames);
    await page.waitForTimeout(2000);
    const f1 = await page.evaluate(() => window.loopscope.frames);
    check('idle: the playground draws no frames while nothing happens', f1 - f0 <= 1, `${f1 - f0} frames in 2 s`);
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 310);
    await page.waitForTimeout(300);
    const f2 = await page.evaluate(() => window.loopscope.frames);
    check('idle: input wakes it', f2 > f1, `${f2 - f1} frames after moving the mouse`);
    const footer = await page.locator('#a11y footer').textContent();
    check('the status bar has no "ms/frame" figure', !/ms\/frame/.test(footer), footer.trim().slice(0, 80));
  } catch (e) {
    check('defects: scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'defects-failure.png') }).catch(() => {});
  }
  check('defects: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 5).join(' | '));
  await context.close();
}
