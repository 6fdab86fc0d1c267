// Browser test of the embed API (web/shell/embed.js, docs/embed.md) across origins:
//   - the example tutorial (examples/tutorial/) is served from a second origin and embeds three
//     playgrounds from the first; the test drives them only through the tutorial page's
//     postMessage client (window.tutorial.send), never by reaching into the frames
//   - each embed fills its frame, without the title bar, with the panels the host chose
//   - commands: load a program or a lesson, run, step, step back, seek, reset, read the state;
//     events: ready, step, run-finished, check-answered (a learner's real clicks answer a check)
//   - protocol errors are answered with a reason; a page on a third origin, not in the
//     allow-list, gets no answer and changes nothing
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from '../../tools/site/site_server.mjs';
import { shippedLessons } from './delivery_persist.mjs';
import { openPage, pythonOutput } from './delivery_util.mjs';

const send = (page, name, type, args = {}) =>
  page.evaluate(({ name, type, args }) => window.tutorial.send(name, type, args).then(
    (result) => ({ ok: true, result }), (e) => ({ ok: false, error: e.message })), { name, type, args });

// Waits for the tutorial page to have seen an event from a frame; returns its data.
async function waitEvent(page, frame, event, predicate = '() => true', from = 0) {
  const handle = await page.waitForFunction(({ frame, event, predicate, from }) => {
    const test = eval(predicate); // the condition, as source (runs in the page)
    const e = window.tutorial.events.slice(from).find((x) => x.frame === frame && x.event === event && test(x.data));
    return e ? e.data : null;
  }, { frame, event, predicate, from }, { timeout: 30_000 });
  return handle.jsonValue();
}

const eventCount = (page) => page.evaluate(() => window.tutorial.events.length);

async function clickInFrame(page, iframeSelector, frame, target) {
  const r = await frame.evaluate((k) => window.loopscope.rect(k), target);
  if (!r) throw new Error(`the embed shows no widget '${target}'`);
  const box = await (await page.$(iframeSelector)).boundingBox();
  await page.mouse.click(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
  const n = await frame.evaluate(() => {
    if (window.loopscope.requestFrames) window.loopscope.requestFrames(4); // it may be asleep
    return window.loopscope.frames;
  });
  await frame.waitForFunction((k) => window.loopscope.frames >= k + 2, n, { timeout: 20_000 });
}

export async function embedScenarios(browser, base, check, outDir, siteDir) {
  const hostSite = await serveFolder(siteDir); // the tutorial's origin (another port)
  const intruderDir = mkdtempSync(join(tmpdir(), 'loopscope-intruder-'));
  const intruder = await serveFolder(intruderDir);
  const playground = base + 'index.html';
  const tutorialUrl = `${hostSite.url}examples/tutorial/index.html?playground=${encodeURIComponent(playground)}`;
  // Tall enough to show all three: browsers do not draw cross-origin frames out of view.
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1100, height: 2300 } });
  try {
    await page.goto(tutorialUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => window.tutorial && ['start', 'waiting', 'check'].every((n) => window.tutorial.setUp[n]),
                               null, { timeout: 180_000 });
    check('embed: the tutorial (another origin) set up its three playgrounds through the API', true,
          `${hostSite.url} embeds ${base}`);
    const ready = await page.evaluate(() => window.tutorial.events.filter((e) => e.event === 'ready').map((e) => e.frame));
    check('embed: each playground tells the host it is ready', ['start', 'waiting', 'check'].every((n) => ready.includes(n)),
          ready.join(', '));

    // Each embed fills its frame, without the title bar.
    const frames = page.frames().filter((f) => f.url().includes('embed=1'));
    const sizes = [];
    for (const f of frames) {
      sizes.push(await f.evaluate(() => ({ app: [window.loopscope.width, window.loopscope.height],
                                            frame: [innerWidth, innerHeight],
                                            title: !!window.loopscope.rect('button:Progress'),
                                            footer: !!window.loopscope.rect('button:Open in Loopscope') })));
    }
    check('embed: each playground is sized to its frame, with no title bar',
          sizes.length === 3 && sizes.every((s) => s.app[0] === s.frame[0] && s.app[1] === s.frame[1] && !s.title && s.footer),
          JSON.stringify(sizes.map((s) => s.app)));

    // Drive the first one.
    const program = await page.evaluate(() => PROGRAM);
    let r = await send(page, 'start', 'get-state');
    check('embed: get-state reports the program the host loaded', r.ok && r.result.source === program && r.result.step === 0,
          r.ok ? `step ${r.result.step}` : r.error);
    const from = await eventCount(page);
    r = await send(page, 'start', 'run', { instant: true });
    const finished = await waitEvent(page, 'start', 'run-finished', '() => true', from);
    const expected = pythonOutput(program);
    check('embed: run, then a run-finished event with the output CPython prints',
          r.ok && JSON.stringify(finished.output.map((o) => o.text)) === JSON.stringify(expected) && finished.clock === 1,
          `${finished.output.length} lines, clock ${finished.clock}, ${finished.steps} steps`);
    r = await send(page, 'start', 'seek', { step: 3 });
    check('embed: seek moves to a step', r.ok && r.result.step === 3, JSON.stringify(r.result || r.error));
    const before = await eventCount(page);
    r = await send(page, 'start', 'step', { by: 'event' });
    const stepped = await waitEvent(page, 'start', 'step', '(d) => d.step === 4', before);
    check('embed: step moves one event and the host hears a step event', r.ok && stepped.step === 4, JSON.stringify(stepped));
    r = await send(page, 'start', 'step-back');
    const back = await send(page, 'start', 'get-state');
    check('embed: step-back goes back one event', r.ok && back.result.step === 3, `step ${back.result.step}`);
    await send(page, 'start', 'reset');
    r = await send(page, 'start', 'get-state');
    check('embed: reset goes back to the start', r.ok && r.result.step === 0, `step ${r.result.step}`);
    r = await send(page, 'start', 'seek', { step: 10000 });
    check('embed: seek past the end stops at the end and says so', r.ok && !r.result.reached &&
            r.result.step === r.result.recorded - 1 && /ends after/.test(r.result.message), r.result && r.result.message);

    r = await send(page, 'start', 'load-program', { code: 'def f(:\n' });
    check('embed: load-program reports a syntax error', r.ok && r.result.compiled === false && /SyntaxError/.test(r.result.compileError),
          r.ok ? r.result.compileError : r.error);
    r = await send(page, 'start', 'configure', { panels: 'controls,program,console', theme: 'light' });
    const configured = await send(page, 'start', 'get-state');
    check('embed: configure changes the panels and the theme', r.ok &&
            r.result.panels.join(',') === 'controls,program,console' && configured.result.theme === 'light',
          r.ok ? `${r.result.panels.join(',')}, theme ${configured.result.theme}` : r.error);
    await send(page, 'start', 'configure', { panels: 'controls,program,timeline,console', theme: 'dark' });
    const lesson = shippedLessons()[0];
    r = await send(page, 'start', 'load-lesson', { lesson: lesson.id });
    const st = await send(page, 'start', 'get-state');
    check('embed: load-lesson opens a lesson', r.ok && st.result.lesson === lesson.id && st.result.source === lesson.program,
          st.result.lesson);
    const errors = [
      await send(page, 'start', 'load-lesson', { lesson: 'no-such' }),
      await send(page, 'start', 'fly'),
      await send(page, 'start', 'seek', { step: -2 }),
      await send(page, 'start', 'load-program', { code: 42 }),
      await page.evaluate(() => new Promise((resolve) => {
        const frame = window.tutorial.frames.start.contentWindow;
        const on = (e) => {
          if (e.data && e.data.re === 'v2') { removeEventListener('message', on); resolve(e.data); }
        };
        addEventListener('message', on);
        frame.postMessage({ loopscope: 2, id: 'v2', type: 'get-state' }, '*');
      })),
    ];
    check('embed: bad requests are answered with a reason',
          errors.every((e) => e.ok === false && e.error) && /no lesson "no-such"/.test(errors[0].error) &&
            /unknown message type "fly"/.test(errors[1].error) && /whole number/.test(errors[2].error) &&
            /needs code/.test(errors[3].error) && /protocol version 1, not 2/.test(errors[4].error),
          errors.map((e) => e.error).join(' | '));

    // The second: stopped where both tasks wait on their timers, after "start b".
    r = await send(page, 'waiting', 'get-state');
    const w = r.result;
    const printed = w.output.map((o) => o.text);
    check('embed: the second playground shows the moment both tasks wait (two timers, nothing ready or running)',
          printed.join('|') === 'start a|start b' && w.timers.length === 2 && w.ready.length === 0 && !w.currentTask,
          `step ${w.step}: printed ${printed.join(', ')}; ${w.timers.length} timers, ${w.ready.length} ready, ` +
          `running ${w.currentTask}`);

    // The third: a single check; the learner answers wrongly, then rightly.
    const checkFrame = frames.find((f) => f.url().includes('panels=check'));
    const lessonDir = shippedLessons().find((l) => l.id === 'create-task-and-gather');
    const question = lessonDir.lesson.checks.find((c) => c.id === 'gather-result-order');
    const right = question.options.findIndex((o) => o.correct); // option:<n> counts from 0
    const index = lessonDir.lesson.checks.indexOf(question) + 1;
    const wrong = right === 0 ? 1 : 0;
    const iframe = '#check iframe';
    await (await page.$(iframe)).scrollIntoViewIfNeeded();
    await clickInFrame(page, iframe, checkFrame, `check:gather-result-order:option:${wrong}`);
    await clickInFrame(page, iframe, checkFrame, 'check:gather-result-order:submit');
    await page.waitForFunction(() => window.tutorial.answers.length >= 1, null, { timeout: 20_000 });
    await clickInFrame(page, iframe, checkFrame, `check:gather-result-order:option:${right}`);
    await clickInFrame(page, iframe, checkFrame, 'check:gather-result-order:submit');
    await page.waitForFunction(() => window.tutorial.answers.length >= 2, null, { timeout: 20_000 });
    const answers = await page.evaluate(() => window.tutorial.answers);
    check('embed: answering a check sends check-answered with its result (wrong, then right)',
          answers.length === 2 && answers[0].correct === false && answers[1].correct === true &&
            answers[0].state === 'not_yet' && answers[1].state === 'correct' &&
            answers[1].wrong === 1 && answers.every((a) => a.message.length > 0) &&
            answers.every((a) => a.lesson === 'create-task-and-gather' && a.check === 'gather-result-order' &&
                                 a.kind === 'choice' && a.index === index),
          JSON.stringify(answers.map((a) => [a.check, a.correct, a.state, a.wrong])));
    await page.screenshot({ path: join(outDir, 'delivery-tutorial.png'), fullPage: true });
  } catch (e) {
    check('embed: tutorial scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'delivery-tutorial-failure.png'), fullPage: true }).catch(() => {});
  }
  check('embed: tutorial: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 3).join(' | '));
  await context.close();

  // A page on a third origin, not allowed by the embed (origins= names the tutorial's origin).
  writeFileSync(join(intruderDir, 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<iframe id="f" width="800" height="500"
  src="${playground}?embed=1&panels=program,console&origins=${encodeURIComponent(hostSite.url.replace(/\/$/, ''))}"></iframe>
<script>
  window.replies = [];
  addEventListener('message', (e) => { if (e.data && e.data.loopscope) window.replies.push(e.data); });
  window.attack = () => {
    const w = document.getElementById('f').contentWindow;
    w.postMessage({ loopscope: 1, id: 1, type: 'load-program', code: 'print("taken over")\\n' }, '*');
    w.postMessage({ loopscope: 1, id: 2, type: 'get-state' }, '*');
    w.postMessage({ loopscope: 1, id: 3, type: 'run', instant: true }, '*');
  };
</script>`);
  const other = await openPage(browser, { viewport: { width: 900, height: 600 } });
  try {
    await other.page.goto(intruder.url, { waitUntil: 'load' });
    const frame = other.page.frames().find((f) => f.url().includes('embed=1'));
    await frame.waitForFunction(() => window.loopscope && window.loopscope.started, null, { timeout: 90_000 });
    const sourceBefore = await frame.evaluate(() => window.loopscope.getState().source);
    await other.page.evaluate(() => window.attack());
    await other.page.waitForTimeout(2500);
    const after = await frame.evaluate(() => ({ s: window.loopscope.getState(), ignored: window.loopscopeShell.embed.ignored }));
    const replies = await other.page.evaluate(() => window.replies);
    check('embed: messages from an origin not allowed are ignored: no answer, no event, nothing changes',
          replies.length === 0 && after.s.source === sourceBefore && after.s.step === 0 &&
            after.ignored.length === 3 && after.ignored.every((o) => o === intruder.url.replace(/\/$/, '')),
          `${replies.length} replies, ignored from ${[...new Set(after.ignored)].join(', ')}`);
    await other.page.screenshot({ path: join(outDir, 'delivery-embed-intruder.png') });
  } catch (e) {
    check('embed: foreign origin scenario ran', false, e.message.split('\n')[0]);
  }
  check('embed: foreign origin: no page errors', other.problems.length === 0, other.problems.slice(0, 3).join(' | '));
  await other.context.close();
  await hostSite.close();
  await intruder.close();
}
