// Touch screens and small screens (called from run.mjs), with real touch events (Chrome
// DevTools Protocol) on a phone (375x740) and a tablet (768x1024):
//   - a swipe over the lesson scrolls it, then the page on to the run side: every pane can be
//     reached; a tap presses a button;
//   - a swipe over the timeline pans it and never seeks; a tap on it does seek;
//   - the status bar's texts never overlap;
//   - the tablet shows every pane at once, filling the screen.
// Screenshots compared with tests/browser/reference/phone-375x740.png and tablet-768x1024.png.
import { join } from 'node:path';
import { compareWithReference, frames, settle, state } from './playground.mjs';

const metrics = (page) => page.evaluate(() => ({ ...(window.loopscope.metrics || {}) }));
const rect = (page, name) => page.evaluate((k) => window.loopscope.rect(k), name);

// A widget's rectangle once it has stopped moving: a fling may still scroll the page for a while
// after a swipe on a loaded machine, and a tap aimed at a stale position misses.
async function stableRect(page, name) {
  let r = await rect(page, name);
  for (let i = 0; i < 40; ++i) {
    await frames(page, 3);
    const again = await rect(page, name);
    if (JSON.stringify(again) === JSON.stringify(r)) return again;
    r = again;
  }
  return r;
}

// A one-finger swipe from (x0, y0) to (x1, y1) in `steps` moves, ~16 ms apart.
async function swipe(page, x0, y0, x1, y1, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x, y) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x0, y0) });
  for (let i = 1; i <= steps; ++i) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove', touchPoints: point(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await frames(page, 12); // the fling settles
}

async function tap(page, x, y) {
  await page.touchscreen.tap(x, y);
  await frames(page, 4);
}

const overlap = (a, b) => a && b && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

async function open(browser, base, viewport, watchPage) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true, isMobile: true,
                                             colorScheme: 'dark' }); // the references are dark
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForFunction(() => window.loopscope && window.loopscope.ready, null, { timeout: 90_000 });
  await page.waitForFunction(() => window.loopscope.lessonCount > 0, null, { timeout: 30_000 });
  await frames(page, 4);
  return { context, page, problems };
}

export async function touchScenarios(browser, base, check, outDir, watchPage) {
  // ---- phone ----------------------------------------------------------------------------------
  let { context, page, problems } = await open(browser, base, { width: 375, height: 740 }, watchPage);
  try {
    await compareWithReference(page, check, outDir, 'phone-375x740');
    // The lesson's prose (above its program in the left pane, the course's layout).
    const lesson = (await rect(page, 'panel:lesson')) || (await rect(page, 'panel:editor'));
    const before = await metrics(page);
    await swipe(page, lesson.x + lesson.w / 2, lesson.y + lesson.h * 0.8, lesson.x + lesson.w / 2, lesson.y + lesson.h * 0.3);
    const after = await metrics(page);
    let s = await state(page);
    check('phone: a swipe up over the lesson scrolls it (and presses nothing)',
          after['lesson.scrollY'] > (before['lesson.scrollY'] || 0) + 100 && s.cursor === 0 && !s.playing,
          `lesson scrolled ${before['lesson.scrollY'] || 0} -> ${after['lesson.scrollY']} px`);
    // Further swipes scroll the lesson to its end, then the page on to the run side.
    for (let i = 0; i < 12; ++i) {
      const tabs = await rect(page, 'run-tab:Console');
      if (tabs && tabs.y + tabs.h < 700) break;
      await swipe(page, 200, 600, 200, 150);
    }
    const tabs = await rect(page, 'run-tab:Console');
    check('phone: swiping reaches the run side (the console tab is on screen)',
          tabs && tabs.y > 0 && tabs.y + tabs.h < 712, JSON.stringify(tabs));
    // A tap presses a button: Step (the toolbar stays on top).
    const step = await rect(page, 'button:Step');
    await tap(page, step.x + step.w / 2, step.y + step.h / 2);
    await settle(page);
    s = await state(page);
    check('phone: a tap on Step steps', s.cursor === 1, `cursor ${s.cursor}`);
    for (let i = 0; i < 30; ++i) await page.evaluate(() => window.loopscope.step());
    await settle(page);
    const cursor = (await state(page)).cursor;
    // Bring the timeline on screen, then swipe sideways over it: it pans, it does not seek.
    for (let i = 0; i < 12; ++i) {
      const t = await rect(page, 'panel:timeline');
      if (t && t.y >= 140 && t.y + 220 <= 712) break;
      // Finger down: what is above comes into view; finger up: what is below.
      if (!t || t.y < 140) await swipe(page, 200, 300, 200, 460);
      else await swipe(page, 200, 600, 200, 440);
    }
    let tl = await stableRect(page, 'panel:timeline');
    const x0 = (await metrics(page))['timeline.viewX0'];
    await swipe(page, tl.x + tl.w * 0.8, tl.y + 110, tl.x + tl.w * 0.3, tl.y + 110);
    const m1 = await metrics(page);
    s = await state(page);
    check('phone: a swipe over the timeline pans it and does not seek',
          Math.abs(m1['timeline.viewX0'] - x0) > 0.5 && s.cursor === cursor,
          `view from x ${x0} to ${m1['timeline.viewX0']}, cursor ${cursor} -> ${s.cursor}`);
    // Fit the whole run (a tap on Fit), then tap near its start: far from the cursor at its end.
    // Tap only once the fit has moved the view back from where the swipe left it: a tap before
    // that lands on the panned view, past the run's end, where there is nothing to seek to.
    // On a loaded machine a tap is sometimes lost on the way to ImGui (software WebGL, touchstart
    // and touchend in one frame): up to three taps on Fit, up to three on the timeline after it.
    const fit = await stableRect(page, 'timeline-fit');
    const fitted = async () => page.waitForFunction((x) => {
      const v = (window.loopscope.metrics || {})['timeline.viewX0'];
      return typeof v === 'number' && Math.abs(v - x) > 0.5;
    }, m1['timeline.viewX0'], { timeout: 5000, polling: 50 }).then(() => true, () => false);
    let fitTaps = 0;
    do {
      await tap(page, fit.x + fit.w / 2, fit.y + fit.h / 2);
      ++fitTaps;
    } while (!(await fitted()) && fitTaps < 3);
    tl = await stableRect(page, 'panel:timeline'); // (where it is now, not before the swipes)
    let seekTaps = 0;
    while (seekTaps < 3) {
      await tap(page, tl.x + 165, tl.y + 110);
      ++seekTaps;
      const moved = await page.waitForFunction((c) => window.loopscope.getState().cursor !== c, cursor,
                                               { timeout: 5000, polling: 50 }).then(() => true, () => false);
      if (moved) break;
    }
    const m2 = await metrics(page);
    // What lies at the tapped points (a page element over the canvas would take the touch).
    const under = await page.evaluate((pts) => pts.map(([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` : 'nothing';
    }).join(', ') + '; notices: ' + JSON.stringify(window.loopscope.notices || []),
    [[fit.x + fit.w / 2, fit.y + fit.h / 2], [tl.x + 165, tl.y + 110]]);
    s = await state(page);
    check('phone: a tap on the timeline seeks', s.cursor !== cursor,
          `cursor ${cursor} -> ${s.cursor}; taps on Fit ${fitTaps}, on the timeline ${seekTaps}; view from x ` +
          `${m1['timeline.viewX0']} to ${m2['timeline.viewX0']} (run to x ${m2['timeline.xMax']}); timeline at y ${tl.y}; under the taps: ${under}; ` +
          JSON.stringify(Object.fromEntries(Object.entries(m2).filter(([k]) => k.startsWith('touch.') ||
                                                                       k.startsWith('timeline.release') ||
                                                                       k === 'timeline.seekTarget'))));
    // The status bar on a phone: its texts side by side, never over each other.
    const status = await rect(page, 'status');
    const counts = await rect(page, 'status:counts');
    const mark = await rect(page, 'title:wordmark');
    const buttons = await rect(page, 'title:buttons');
    check('phone: the title bar\'s texts and buttons do not overlap',
          buttons && (!mark || !overlap(mark, buttons)), `${JSON.stringify(mark)} ${JSON.stringify(buttons)}`);
    check('phone: the status texts do not overlap and fit the width',
          status && status.x + status.w <= 375 && !overlap(status, counts) && (!counts || counts.x + counts.w <= 375),
          `${JSON.stringify(status)} ${JSON.stringify(counts)}`);
    await page.screenshot({ path: join(outDir, 'phone-run-side.png') });
    // A tap in the code editor opens the phone's keyboard: the program's text field takes it.
    for (let i = 0; i < 12; ++i) {
      const r = await rect(page, 'left-tab:main.py');
      if (r && r.y >= 136 && r.y + r.h <= 700) break;
      await swipe(page, 200, 250, 200, 650); // finger down: back up the page
    }
    const fileTab = await rect(page, 'left-tab:main.py');
    await tap(page, fileTab.x + fileTab.w / 2, fileTab.y + fileTab.h / 2);
    const editor = await rect(page, 'editor');
    await tap(page, editor.x + editor.w / 2, editor.y + 40);
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'a11y-code-field',
                               null, { timeout: 5_000 }).catch(() => {});
    const field = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.type('# typed on a phone\n');
    await frames(page, 3);
    s = await state(page);
    check('phone: a tap in the editor gives the keyboard to the program (the on-screen keyboard opens)',
          field === 'a11y-code-field' && s.source.includes('# typed on a phone'), `focus on ${field}`);
  } catch (e) {
    check('phone: scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'phone-failure.png') }).catch(() => {});
  }
  check('phone: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 5).join(' | '));
  await context.close();

  // ---- tablet (upright) -----------------------------------------------------------------------
  ({ context, page, problems } = await open(browser, base, { width: 768, height: 1024 }, watchPage));
  try {
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page);
    const panes = {};
    for (const name of ['panel:editor', 'panel:event-loop', 'panel:timeline', 'run-tab:Console', 'status']) {
      panes[name] = await rect(page, name);
    }
    const visible = Object.values(panes).every((r) => r && r.y >= 0 && r.y + r.h <= 1024);
    const timeline = panes['panel:timeline'];
    check('tablet: every pane is on screen at once, without scrolling', visible,
          Object.entries(panes).map(([k, r]) => `${k} y=${r && Math.round(r.y)}`).join(', '));
    const status = panes.status;
    const console_ = await rect(page, 'panel:console');
    check('tablet: the panes fill the screen, the width and down to the status bar',
          timeline && timeline.w > 700 && timeline.h > 150 && console_ &&
            status.y - (console_.y + console_.h) < 24,
          `timeline ${JSON.stringify(timeline)}, console ends at ${console_ && console_.y + console_.h}, status at ${status.y}`);
    await compareWithReference(page, check, outDir, 'tablet-768x1024');
  } catch (e) {
    check('tablet: scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'tablet-failure.png') }).catch(() => {});
  }
  check('tablet: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 5).join(' | '));
  await context.close();
}
