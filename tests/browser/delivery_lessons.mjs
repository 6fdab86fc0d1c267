// Browser tests of the lessons' two parts (web/shell/boot.js, tools/site/build_site.py): the
// page carries the course map inline and its first load fetches one lesson, the one it opens
// on; every lesson (lessons.json) is fetched once the page is interactive.
//   - first load contents: before the page has started it fetched lessons/<first>.json and no
//     other lesson, not lessons.json, not python.json; it opens on the first lesson with the
//     rest held back; lessons.json and python.json come after the start
//   - a share link to lesson 12 opened directly: the first load fetches lesson 12's file (not
//     the first lesson's) and the page opens on it, its program in the editor, with the rest
//     held back
//   - the saved work's lesson and an embed's lesson are the ones the first load fetches
//   - a lesson switched to right after the start (the course map, window.loopscope) waits
//     with a message in the lesson pane and opens by itself once the rest has arrived
//   - the rest failing: the page says so, a lesson opened then says it could not be
//     downloaded, and the lesson open still runs
import { join } from 'node:path';
import { shippedLessons } from './delivery_persist.mjs';
import { click, frames, noticeTexts, openPage, settle, started, state } from './delivery_util.mjs';

// Every fetch the page makes, and whether the page had started when it was made.
async function logFetches(page) {
  await page.addInitScript(() => {
    const log = (window.__fetches = []);
    const fetch = window.fetch;
    window.fetch = function (input, init) {
      log.push({ url: new URL(String((input && input.url) || input), location.href).pathname,
                 afterStart: !!(window.loopscope && window.loopscope.started) });
      return fetch.call(this, input, init);
    };
  });
}
const fetches = (page) => page.evaluate(() => window.__fetches);
const beforeStart = (log) => log.filter((f) => !f.afterStart).map((f) => f.url);
const lessonFiles = (urls) => urls.filter((u) => /\/lessons(\/|\.json)/.test(u));

// Holds the requests for lessons.json (every lesson) until release() is called.
async function holdRest(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/\/lessons\.json/, async (r) => { await held; await r.continue(); });
  return release;
}

const lessonsDone = (page) =>
  page.waitForFunction(() => window.loopscope.lessons === true, null, { timeout: 60_000 });

async function firstLoad(browser, base, check, outDir, lessons) {
  const first = lessons[0];
  const { context, page, problems } = await openPage(browser);
  try {
    await logFetches(page);
    const release = await holdRest(page);
    await page.goto(base, { waitUntil: 'load' });
    await started(page, 90_000, { rest: false });
    const early = await state(page);
    await frames(page, 3);
    await page.screenshot({ path: join(outDir, 'delivery-lessons-first.png') });
    const before = beforeStart(await fetches(page));
    check('lessons: the first load fetches the first lesson only (no other lesson, not lessons.json, not python.json)',
          JSON.stringify(lessonFiles(before)) === JSON.stringify([`/lessons/${first.dir}.json`]) &&
            !before.some((u) => /python\.json/.test(u)),
          lessonFiles(before).join(' ') || 'no lesson fetched');
    check('lessons: the page opens on the first lesson, its program in the editor, with the rest still downloading',
          early.lesson === first.id && early.source === first.program && early.lessonsReady === 1 &&
            early.lessons === lessons.length && early.course.checks.length === first.lesson.checks.length,
          `${early.lesson}, ${early.lessonsReady} of ${early.lessons} lessons in`);
    release();
    await lessonsDone(page);
    await page.waitForFunction(() => window.loopscope.python === true, null, { timeout: 60_000 });
    const log = await fetches(page);
    const after = log.filter((f) => f.afterStart).map((f) => f.url);
    const done = await state(page);
    check('lessons: lessons.json and python.json are fetched once the page has started, and every lesson is then in',
          after.includes('/lessons.json') && after.some((u) => /python\.json/.test(u)) &&
            done.lessonsReady === lessons.length && done.lesson === first.id,
          `${done.lessonsReady} of ${done.lessons} lessons in`);
  } catch (e) {
    check('lessons: first load scenario ran', false, e.message.split('\n')[0]);
  }
  check('lessons: first load: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

// A page opened on `url` with the rest held back: it must open on `lesson` from its own file.
async function opensOn(browser, url, lesson, name, check, outDir, options = {}) {
  const { context, page, problems } = await openPage(browser);
  try {
    await logFetches(page);
    if (options.before) await options.before(page);
    const release = await holdRest(page);
    await page.goto(url, { waitUntil: 'load' });
    await started(page, 90_000, { rest: false });
    const s = await state(page);
    await frames(page, 3);
    if (options.shot) await page.screenshot({ path: join(outDir, options.shot) });
    const before = lessonFiles(beforeStart(await fetches(page)));
    check(`lessons: ${name}: the first load fetches lesson ${lesson.dir.slice(0, 2)}'s file only`,
          JSON.stringify(before) === JSON.stringify([`/lessons/${lesson.dir}.json`]), before.join(' '));
    check(`lessons: ${name}: the page opens on it with the other lessons still downloading`,
          s.lesson === lesson.id && s.source === lesson.program && s.lessonsReady === 1 &&
            s.lessonPending === '',
          `${s.lesson}, ${s.lessonsReady} lessons in`);
    release();
    await lessonsDone(page);
    if (options.after) await options.after(page);
  } catch (e) {
    check(`lessons: ${name} scenario ran`, false, e.message.split('\n')[0]);
  }
  check(`lessons: ${name}: no page errors`, problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

async function openingLessons(browser, base, check, outDir, lessons) {
  const twelve = lessons.find((l) => l.dir.startsWith('12-'));
  await opensOn(browser, `${base}#lesson=${twelve.id}`, twelve, 'a share link to lesson 12', check,
                outDir, {
                  shot: 'delivery-lessons-deep-link.png',
                  after: async (page) => {
                    // The link is applied, the saved work follows it; the lesson runs as usual.
                    await page.waitForFunction(() => window.loopscope.python === true, null, { timeout: 60_000 });
                    await page.evaluate(() => window.loopscope.run({ instant: true }));
                    await settle(page);
                    const s = await state(page);
                    check('lessons: a share link to lesson 12: its program runs to the end',
                          s.lesson === twelve.id && s.programFinished && s.output.length > 0,
                          `${s.output.length} lines`);
                  },
                });
  // The saved work was in lesson 8: a reload fetches lesson 8 first.
  const eight = lessons.find((l) => l.dir.startsWith('08-'));
  await opensOn(browser, base, eight, 'the saved work\'s lesson', check, outDir, {
    before: async (page) => {
      await page.addInitScript((id) => {
        if (!localStorage.getItem('loopscope.progress')) {
          localStorage.setItem('loopscope.progress',
                               JSON.stringify({ version: 2, open: { lesson: id, view: 'lesson' } }));
        }
      }, eight.id);
    },
  });
  const five = lessons.find((l) => l.dir.startsWith('05-'));
  await opensOn(browser, `${base}?embed=1&lesson=${five.id}`, five, 'an embed\'s lesson', check, outDir);
}

// A lesson chosen on the course map right after the start, before lessons.json has arrived.
async function switchEarly(browser, base, check, outDir, lessons) {
  const target = lessons.find((l) => l.dir.startsWith('07-'));
  const { context, page, problems } = await openPage(browser);
  try {
    const release = await holdRest(page);
    await page.goto(base, { waitUntil: 'load' });
    await started(page, 90_000, { rest: false });
    await click(page, 'course:map');
    await click(page, `course:lesson:${target.id}`);
    await frames(page, 3);
    const waiting = await state(page);
    const shown = await page.evaluate(() => !!window.loopscope.rect('lesson:waiting'));
    const a11y = await page.evaluate(() => (document.querySelector('[data-id="lesson.waiting"]') || {}).textContent || '');
    await page.screenshot({ path: join(outDir, 'delivery-lessons-waiting.png') });
    check('lessons: a lesson chosen on the course map before it arrived waits, and the lesson pane says so',
          waiting.lessonPending === target.id && waiting.lesson === lessons[0].id && shown,
          `pending ${waiting.lessonPending}, open ${waiting.lesson}, message ${shown}${a11y ? ', a11y: ' + a11y.slice(0, 60) : ''}`);
    // window.loopscope.loadLesson too: the last one asked for is the one that opens.
    const nine = lessons.find((l) => l.dir.startsWith('09-'));
    const accepted = await page.evaluate((id) => window.loopscope.loadLesson(id), nine.id);
    release();
    await page.waitForFunction((id) => window.loopscope.getState().lesson === id, nine.id, { timeout: 60_000 });
    const s = await state(page);
    await frames(page, 3);
    await page.screenshot({ path: join(outDir, 'delivery-lessons-arrived.png') });
    check('lessons: once the lessons have arrived the lesson asked for opens by itself, with its program',
          accepted && s.lessonPending === '' && s.source === nine.program &&
            s.course.checks.length === nine.lesson.checks.length && s.course.showLesson,
          `${s.lesson}: ${s.course.checks.length} checks`);
  } catch (e) {
    check('lessons: switch right after load scenario ran', false, e.message.split('\n')[0]);
  }
  check('lessons: switch right after load: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

// lessons.json cannot be downloaded.
async function restFails(browser, base, check, outDir, lessons) {
  const { context, page, problems } = await openPage(browser, { expected: [/404/] });
  try {
    await page.route(/\/lessons\.json/, (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.goto(base, { waitUntil: 'load' });
    await started(page);
    const notices = (await noticeTexts(page)).join(' | ');
    const other = lessons[3];
    await page.evaluate((id) => window.loopscope.loadLesson(id), other.id);
    await frames(page, 3);
    const s = await state(page);
    await page.screenshot({ path: join(outDir, 'delivery-lessons-failed.png') });
    check('lessons: when the other lessons cannot be downloaded the page says so, and a lesson opened then says why it does not open',
          /other lessons could not be downloaded \(HTTP 404\)/.test(notices) &&
            s.lessonPending === other.id && /HTTP 404/.test(s.lessonsProblem),
          `${notices.slice(0, 80)}; pending ${s.lessonPending}: ${s.lessonsProblem}`);
    await page.evaluate((id) => window.loopscope.loadLesson(id), lessons[0].id);
    await page.waitForFunction(() => window.loopscope.python === true, null, { timeout: 60_000 });
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page);
    const back = await state(page);
    check('lessons: ... and the lesson the page opened on still opens and runs',
          back.lesson === lessons[0].id && back.lessonPending === '' && back.programFinished,
          `${back.lesson}, ${back.output.length} lines`);
  } catch (e) {
    check('lessons: rest fails scenario ran', false, e.message.split('\n')[0]);
  }
  check('lessons: rest fails: no unexpected page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

export async function lessonScenarios(browser, base, check, outDir) {
  const lessons = shippedLessons();
  await firstLoad(browser, base, check, outDir, lessons);
  await openingLessons(browser, base, check, outDir, lessons);
  await switchEarly(browser, base, check, outDir, lessons);
  await restFails(browser, base, check, outDir, lessons);
}
