// Course scenarios of the browser test (called from run.mjs): a learner walks the first lesson
// end to end with real clicks and keys in headless Chromium - opens it from the course map,
// reads it, answers every kind of check wrongly and then rightly (both retry states: "not yet"
// then right, and the answer shown after a second miss), pauses the run at a scheduler
// question's moment and steps to its answer, fails and then solves the challenge by editing
// the code, and reaches the next lesson, where the ordering puzzle is solved by drag and drop
// and by keyboard. Expected output and times come from python3 (tools/cpython_oracle.py), never
// from the app. Screenshots of every lesson land in tests/browser/output/course-*.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lessonsDir = join(here, '..', '..', 'lessons');

// What CPython prints for a program on the virtual clock: [{time, text}].
function pythonTranscript(file) {
  const oracle = join(here, '..', '..', 'tools', 'cpython_oracle.py');
  return execFileSync('python3', [oracle, file], { encoding: 'utf8' })
    .split('\n').filter((l) => /^\[\d/.test(l))
    .map((l) => ({ time: Number(l.slice(1, l.indexOf(']'))), text: l.slice(l.indexOf(']') + 2) }));
}

function pythonTranscriptOf(source) {
  const dir = mkdtempSync(join(tmpdir(), 'loopscope-course-'));
  const file = join(dir, 'main.py');
  writeFileSync(file, source);
  return pythonTranscript(file);
}

// The folder of the lesson with this id.
function lessonDir(id) {
  const dir = readdirSync(lessonsDir).filter((d) => /^\d/.test(d)).find((d) => {
    try {
      return JSON.parse(readFileSync(join(lessonsDir, d, 'lesson.json'), 'utf8')).id === id;
    } catch {
      return false;
    }
  });
  if (!dir) throw new Error(`no lesson folder for ${id}`);
  return join(lessonsDir, dir);
}

const state = (page) => page.evaluate(() => window.loopscope.getState());
const course = async (page) => (await state(page)).course;
const checkState = async (page, id) => (await course(page)).checks.find((c) => c.id === id);

async function frames(page, n) {
  // An idle playground draws nothing (it sleeps until input): ask for the frames to wait for.
  const start = await page.evaluate((k) => {
    if (window.loopscope.requestFrames) window.loopscope.requestFrames(k);
    return window.loopscope.frames;
  }, n + 2);
  await page.waitForFunction((k) => window.loopscope.frames >= k, start + n, { timeout: 30_000 });
}

async function rect(page, name) {
  return page.evaluate((k) => window.loopscope.rect(k), name);
}

const inPane = (t, pane) => t && pane && t.y >= pane.y + 2 && t.y + t.h <= pane.y + pane.h - 2;

// Brings a lesson widget into view. The app scrolls the lesson to it (as the page could for a
// link to a check): under load, wheel events raced the app's frames and left the test flaky.
// Reading with the wheel is tested apart (readWithWheel).
async function scrollTo(page, name) {
  const paneName = name.startsWith('course:lesson:') ? 'panel:course-map' : 'panel:lesson';
  for (let attempt = 0; attempt < 3; ++attempt) {
    const pane = await rect(page, paneName);
    const t = await rect(page, name);
    if (inPane(t, pane)) return t;
    await page.evaluate((n) => window.Module.ccall('loopscope_lesson_scroll_to', null, ['string'], [n]),
                        name);
    await frames(page, 3);
  }
  const t = await rect(page, name);
  if (inPane(t, await rect(page, paneName))) return t;
  throw new Error(`'${name}' never came into view in ${paneName} (${JSON.stringify(t)})`);
}

// Reads the lesson: the mouse wheel scrolls the text down until `name` shows.
async function readWithWheel(page, name) {
  for (let k = 0; k < 200; ++k) {
    const pane = await rect(page, 'panel:lesson');
    const t = await rect(page, name);
    if (inPane(t, pane)) return true;
    await page.mouse.move(pane.x + 6, pane.y + pane.h / 2);
    await page.mouse.wheel(0, 120);
    await frames(page, 1);
  }
  return false;
}

// A real click on a named widget; lesson widgets are scrolled into view first. `at` picks the
// point inside it (0..1 of its width), e.g. the end of an option's text.
async function click(page, name, at = 0.5) {
  const inLesson = name.startsWith('check:') || name.startsWith('course:lesson:') ||
    name === 'lesson:next' || name === 'lesson:score';
  const r = inLesson ? await scrollTo(page, name) : await rect(page, name);
  if (!r) throw new Error(`no widget named '${name}' on screen`);
  await page.mouse.click(r.x + r.w * at, r.y + r.h / 2);
  await frames(page, 3);
}

// A key held across frames (the editor reads ImGui's key state, sampled once per frame).
async function hold(page, ...keys) {
  for (const k of keys) await page.keyboard.down(k);
  await frames(page, 2);
  for (const k of keys.slice().reverse()) await page.keyboard.up(k);
  await frames(page, 2);
}

async function settle(page, timeout = 60_000) {
  await page.waitForFunction(() => {
    const s = window.loopscope.getState();
    return !s.busy && !s.playing && !s.course.challengeRunning;
  }, null, { timeout, polling: 100 });
  await frames(page, 2);
}

async function shot(page, outDir, name) {
  await page.mouse.move(2, 2);
  await frames(page, 3);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
}

// A quick key press (down and up at once, as a fast typist's tap): the app hands ImGui the
// release a frame late, so the press is seen once, never repeated however slow the frames.
async function tap(page, key) {
  await page.keyboard.press(key);
  await frames(page, 2);
}

// Types lines into the focused text box, one Enter between them.
async function typeLines(page, lines) {
  for (let i = 0; i < lines.length; ++i) {
    await page.keyboard.type(lines[i]);
    await frames(page, 1);
    if (i + 1 < lines.length) await tap(page, 'Enter');
  }
}

export async function courseScenarios(browser, base, check, outDir, watchPage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
                                             deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchPage(page);
  const lesson1 = join(lessonsDir, '01-blocking-vs-waiting');
  try {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python, null,
                               { timeout: 90_000 });
    await page.waitForFunction(() => window.loopscope.getState().lessons > 0, null,
                               { timeout: 30_000 });
    await frames(page, 3);
    let s = await state(page);
    const lessonCount = s.lessons;

    // Every lesson loads in the page and is looked at (screenshots of each, at its top).
    const ids = [];
    for (let i = 0; i < lessonCount; ++i) {
      await click(page, 'course:map');
      const entries = await page.evaluate(() => Object.keys(window.loopscope.targets)
        .filter((k) => k.startsWith('course:lesson:')));
      const id = entries[i].slice('course:lesson:'.length);
      ids.push(id);
      await click(page, entries[i]);
      s = await state(page);
      if (!(s.lesson === id && s.course.showLesson && s.course.checks.length >= 5)) {
        check(`course: lesson ${id} opens from the course map`, false,
              `lesson ${s.lesson}, ${s.course.checks.length} checks`);
      }
      await shot(page, outDir, `course-${String(i + 1).padStart(2, '0')}-${id}`);
    }
    check(`course: every lesson opens from the course map (${lessonCount})`,
          ids.length === lessonCount && new Set(ids).size === lessonCount, ids.join(', '));

    // ---- lesson 1, from the course map ----
    await click(page, 'course:map');
    await shot(page, outDir, 'course-map');
    await click(page, 'course:lesson:blocking-vs-waiting');
    s = await state(page);
    check('course: the course map opens lesson 1 with its program beside the text',
          s.lesson === 'blocking-vs-waiting' && s.course.showLesson && !s.course.map &&
            (await rect(page, 'editor')) !== null && (await rect(page, 'panel:lesson')) !== null,
          `lesson ${s.lesson}`);
    // Read it: the wheel scrolls the prose down to the first check.
    check('course: the mouse wheel scrolls the lesson text down to its first check',
          await readWithWheel(page, 'check:why-no-time-sleep:title'));

    // Multiple choice, wrong then right: a click on the option's text picks it. Which options
    // are right is the lesson's own data (lesson.json), not something the program computes.
    const choiceId = 'why-no-time-sleep';
    const lessonJson = JSON.parse(readFileSync(join(lesson1, 'lesson.json'), 'utf8'));
    const options = (id) => lessonJson.checks.find((k) => k.id === id).options;
    const wrongOf = (id) => options(id).map((o, i) => (o.correct ? -1 : i)).filter((i) => i >= 0);
    const rightOf = (id) => options(id).findIndex((o) => o.correct);
    await click(page, `check:${choiceId}:option:${wrongOf(choiceId)[0]}`, 0.25);
    await click(page, `check:${choiceId}:submit`);
    let c = await checkState(page, choiceId);
    check('choice: a wrong answer says "not yet" (retry state 1)', c.state === 'not_yet' && c.wrong === 1,
          JSON.stringify(c));
    await scrollTo(page, `check:${choiceId}:verdict`);
    await shot(page, outDir, 'course-choice-not-yet');
    await click(page, `check:${choiceId}:option:${rightOf(choiceId)}`, 0.3);
    await click(page, `check:${choiceId}:submit`);
    c = await checkState(page, choiceId);
    check('choice: then the right answer counts', c.state === 'correct' && c.wrong === 1,
          JSON.stringify(c));

    // Multiple choice, wrong twice: the answer is shown (retry state 2).
    const choice2 = 'concurrent-not-parallel';
    for (const i of wrongOf(choice2).slice(0, 2)) {
      await click(page, `check:${choice2}:option:${i}`, 0.2);
      await click(page, `check:${choice2}:submit`);
    }
    c = await checkState(page, choice2);
    check('choice: a second wrong answer shows the answer', c.state === 'revealed' && c.wrong === 2,
          JSON.stringify(c));
    await scrollTo(page, `check:${choice2}:verdict`);
    await shot(page, outDir, 'course-choice-revealed');

    // Predict the output (typed): the lines CPython prints, first in a wrong order.
    const printed = pythonTranscript(join(lesson1, 'main.py'));
    const outId = 'predict-output';
    await click(page, `check:${outId}:input`);
    const swapped = printed.map((l) => l.text);
    [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
    await typeLines(page, swapped);
    await click(page, `check:${outId}:submit`);
    c = await checkState(page, outId);
    check('output: a wrong prediction says "not yet"', c.state === 'not_yet', JSON.stringify(c));
    await scrollTo(page, `check:${outId}:verdict`);
    await shot(page, outDir, 'course-output-not-yet');
    await click(page, `check:${outId}:input`);
    await hold(page, 'Control', 'a');
    await typeLines(page, printed.map((l) => l.text));
    await click(page, `check:${outId}:submit`);
    c = await checkState(page, outId);
    check('output: the lines CPython prints are right', c.state === 'correct' && c.wrong === 1,
          JSON.stringify(c) + JSON.stringify(printed.map((l) => l.text).join('\n')));

    // Predict the scheduler (clock): pause at the moment, answer wrong, then right, step on.
    const clockId = 'clock-when-c-starts';
    const cStarts = printed.find((l) => l.text.includes('C: start'));
    await click(page, `check:${clockId}:moment`);
    await settle(page);
    c = await checkState(page, clockId);
    s = await state(page);
    check('scheduler: the run pauses at the question\'s moment, the answer not yet on show',
          s.cursor === c.pauseEvent && s.recorded <= c.pauseEvent + 2 && s.clock < cStarts.time &&
            !s.output.some((o) => o.text.includes('C: start')),
          `cursor ${s.cursor} (pause ${c.pauseEvent}), ${s.recorded} recorded, clock ${s.clock}`);
    await shot(page, outDir, 'course-scheduler-paused');
    await click(page, `check:${clockId}:input`);
    await page.keyboard.type(String(cStarts.time + 1));
    await tap(page, 'Enter'); // Enter in the answer box checks it
    c = await checkState(page, clockId);
    check('scheduler: a wrong clock says "not yet"', c.state === 'not_yet', JSON.stringify(c));
    await click(page, `check:${clockId}:input`);
    await hold(page, 'Control', 'a');
    await page.keyboard.type(`t=${cStarts.time}`);
    await click(page, `check:${clockId}:submit`);
    c = await checkState(page, clockId);
    check('scheduler: the clock CPython shows is right', c.state === 'correct', JSON.stringify(c));
    await click(page, `check:${clockId}:reveal`);
    await settle(page);
    s = await state(page);
    check('scheduler: "show me the next step" runs to the answer',
          s.cursor === c.revealEvent && Math.abs(s.clock - cStarts.time) < 1e-9 &&
            s.output.at(-1).text === cStarts.text,
          `cursor ${s.cursor} (reveal ${c.revealEvent}), clock ${s.clock}`);

    // Predict the scheduler (choice of the next line): wrong, then "Show me".
    const nextId = 'next-after-c-starts';
    await click(page, `check:${nextId}:moment`);
    await settle(page);
    c = await checkState(page, nextId);
    const nextLine = printed[printed.indexOf(cStarts) + 1].text;
    const wrongChoice = c.choices.findIndex((t) => t !== nextLine);
    await click(page, `check:${nextId}:choice:${wrongChoice}`, 0.3);
    await click(page, `check:${nextId}:submit`);
    c = await checkState(page, nextId);
    check('scheduler: a wrong next line says "not yet"', c.state === 'not_yet', JSON.stringify(c));
    await click(page, `check:${nextId}:show-me`);
    c = await checkState(page, nextId);
    check('scheduler: "Show me" shows the answer', c.state === 'revealed', JSON.stringify(c));
    await scrollTo(page, `check:${nextId}:verdict`);
    await shot(page, outDir, 'course-scheduler-revealed');
    await click(page, `check:${nextId}:reveal`);
    await settle(page);
    s = await state(page);
    check('scheduler: the next step prints the line CPython prints next',
          s.output.at(-1).text === nextLine, `last line ${JSON.stringify(s.output.at(-1))}`);

    // The challenge: the starter misses the goal, the learner fixes it with the keyboard.
    const challengeId = 'brew-concurrently';
    const ownCode = (await state(page)).source;
    await click(page, `check:${challengeId}:starter`);
    s = await state(page);
    check('challenge: the starter code replaces the program', s.source.includes('time.sleep(2)') &&
            s.source !== ownCode && s.course.canUndo, `${s.source.length} chars`);
    await click(page, 'lesson:undo');
    s = await state(page);
    check('challenge: Undo brings the learner\'s code back', s.source === ownCode,
          `${s.source.length} chars`);
    await click(page, `check:${challengeId}:starter`);
    await click(page, `check:${challengeId}:run`);
    await settle(page);
    c = await checkState(page, challengeId);
    check('challenge: a run of the starter misses the goal ("not yet")',
          c.state === 'not_yet' && c.goalMet === false, JSON.stringify(c));
    await scrollTo(page, `check:${challengeId}:verdict`);
    await shot(page, outDir, 'course-challenge-not-yet');
    // Fix: line 7 "time.sleep(2)" becomes "await asyncio.sleep(2)".
    const starter = (await state(page)).source.split('\n');
    const line = starter.findIndex((l) => l.includes('time.sleep(2)'));
    await click(page, 'editor');
    await hold(page, 'Control', 'Home');
    for (let i = 0; i < line; ++i) await tap(page, 'ArrowDown');
    await tap(page, 'Home');
    await hold(page, 'Shift', 'End');
    await page.keyboard.type('await asyncio.sleep(2)');
    await frames(page, 3);
    s = await state(page);
    const fixed = s.source.split('\n')[line].trim();
    check('challenge: the learner edits the code with the keyboard',
          fixed === 'await asyncio.sleep(2)', JSON.stringify(fixed));
    const fixedOutput = pythonTranscriptOf(s.source);
    await click(page, `check:${challengeId}:run`);
    await settle(page);
    c = await checkState(page, challengeId);
    s = await state(page);
    check('challenge: solved on the run started for it',
          c.state === 'correct' && c.goalMet === true &&
            JSON.stringify(s.output.filter((o) => o.stream === 1).map((o) => o.text)) ===
              JSON.stringify(fixedOutput.map((l) => l.text)),
          `${JSON.stringify(c)}; output as CPython: ${fixedOutput.length} lines`);
    await scrollTo(page, `check:${challengeId}:verdict`);
    await shot(page, outDir, 'course-challenge-solved');

    // The lesson's end: the score, and the next lesson.
    await scrollTo(page, 'lesson:next');
    await shot(page, outDir, 'course-lesson-end');
    await click(page, 'lesson:next');
    s = await state(page);
    check('course: "next lesson" opens lesson 2', s.lesson === ids[1], s.lesson);
    await click(page, 'course:map');
    await shot(page, outDir, 'course-map-progress');
    const progress = JSON.parse(await page.evaluate(() =>
      window.Module.ccall('loopscope_get_progress', 'string', [], [])));
    const p1 = progress.lessons['blocking-vs-waiting'].checks;
    check('course: the progress holds each check\'s retry state and the solved challenge',
          p1[choiceId].state === 'correct' && p1[choice2].state === 'revealed' &&
            p1[challengeId].state === 'correct' && progress.current === ids[1] &&
            typeof progress.lessons['blocking-vs-waiting'].code === 'string',
          JSON.stringify(p1).slice(0, 200));
    await click(page, 'course:map'); // back to the lesson

    // Lesson 2: the ordering puzzle by drag and drop, then by keyboard.
    s = await state(page);
    const order = s.course.checks.find((k) => k.kind === 'output' && k.order);
    if (order) {
      const expected = pythonTranscript(join(lessonDir(ids[1]), 'main.py'))
        .map((l) => l.text);
      // Drag: the lowest line in view goes to the top (both ends on screen: a long puzzle
      // does not fit the pane).
      const line0 = `check:${order.id}:line:0`;
      const b = await scrollTo(page, line0);
      const pane = await rect(page, 'panel:lesson');
      const before = (await checkState(page, order.id)).order;
      let from = 1;
      for (let j = before.length - 1; j >= 2; --j) {
        if (inPane(await rect(page, `check:${order.id}:line:${j}`), pane)) {
          from = j;
          break;
        }
      }
      const a = await rect(page, `check:${order.id}:line:${from}`);
      await page.mouse.move(a.x + a.w / 2, a.y + a.h / 2);
      await page.mouse.down();
      await frames(page, 2);
      for (let i = 1; i <= 6; ++i) {
        await page.mouse.move(a.x + a.w / 2, a.y + a.h / 2 + (b.y - a.y) * i / 6);
        await frames(page, 1);
      }
      await page.mouse.up();
      await frames(page, 3);
      c = await checkState(page, order.id);
      check(`order: a line dragged to the top lands there (from line ${from + 1})`,
            c.order[0] === before[from], JSON.stringify(c.order.slice(0, 3)));
      // Keyboard: pick each line with a click, move it up with the arrows, drop with Enter.
      for (let i = 0; i < expected.length; ++i) {
        const at = (await checkState(page, order.id)).order.indexOf(expected[i]);
        if (at === i) continue;
        await click(page, `check:${order.id}:line:${at}`);
        for (let k = at; k > i; --k) await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Enter');
        await frames(page, 2);
      }
      c = await checkState(page, order.id);
      check('order: the arrow keys put every line in place',
            JSON.stringify(c.order) === JSON.stringify(expected), JSON.stringify(c.order));
      await scrollTo(page, `check:${order.id}:submit`);
      await shot(page, outDir, 'course-order');
      await click(page, `check:${order.id}:submit`);
      c = await checkState(page, order.id);
      check('order: the order CPython prints is right', c.state === 'correct', JSON.stringify(c));
    } else {
      check('order: lesson 2 has an ordering puzzle', false, 'none found');
    }

    // Problems explained next to a traceback with the runtime's frames folded.
    const failing = 'import asyncio\n\n\nasync def boom():\n    await asyncio.sleep(1)\n' +
      '    raise ValueError("bad")\n\n\nasync def main():\n    await asyncio.wait_for(boom(), 5)\n' +
      '\n\nasyncio.run(main())\n';
    await page.evaluate((code) => window.loopscope.setCode(code), failing);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page);
    await click(page, 'run-tab:Console');
    const frameLine = await rect(page, 'traceback:line:6');
    check('traceback: the program\'s frames are listed, the runtime\'s folded',
          frameLine !== null && (await rect(page, 'traceback:runtime')) !== null,
          JSON.stringify(frameLine));
    if (frameLine) {
      await page.mouse.click(frameLine.x + 40, frameLine.y + frameLine.h / 2);
      await frames(page, 3);
      s = await state(page);
      check('traceback: a click on a frame shows its line', s.course.editorLine === 6,
            `editor at line ${s.course.editorLine}`);
    }
    await shot(page, outDir, 'course-traceback');
    await page.evaluate(() => window.loopscope.setCode(
      'import asyncio\n\n\nasync def fetch():\n    return 1\n\n\nasync def main():\n    fetch()\n\n\n' +
      'asyncio.run(main())\n'));
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page);
    const before = await rect(page, 'console:help');
    await click(page, 'console:help-toggle');
    const help = await rect(page, 'console:help');
    s = await state(page);
    check('problem help: a coroutine never awaited is explained in the console (a click opens it)',
          help !== null && before !== null && help.h > before.h && s.course.problems >= 1,
          `${JSON.stringify(before)} -> ${JSON.stringify(help)}`);
    await shot(page, outDir, 'course-never-awaited');

    // The answers are kept in the browser as the learner works (web/shell/store.js saves the
    // work, version 2 with the course progress) and come back on reload.
    const savedText = async () => page.evaluate(() => localStorage.getItem('loopscope.progress'));
    await page.waitForFunction(() => {
      try {
        const save = JSON.parse(localStorage.getItem('loopscope.progress'));
        return save.version === 2 &&
          save.lessons['blocking-vs-waiting'].checks['brew-concurrently'].state === 'correct';
      } catch {
        return false;
      }
    }, null, { timeout: 15_000 });
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python &&
                               window.loopscope.getState().lessons > 0, null, { timeout: 90_000 });
    await frames(page, 3);
    s = await state(page);
    check('progress: after a reload the lesson and its answers are back', s.lesson === ids[1] &&
            s.course.checks.find((k) => k.kind === 'output' && k.order)?.state === 'correct',
          `lesson ${s.lesson}`);
    await page.evaluate(() => window.loopscope.loadLesson('blocking-vs-waiting'));
    await frames(page, 3);
    const states = Object.fromEntries((await course(page)).checks.map((k) => [k.id, k.state]));
    const want = { [choiceId]: 'correct', [choice2]: 'revealed', [outId]: 'correct',
                   [clockId]: 'correct', [nextId]: 'revealed', [challengeId]: 'correct' };
    check('progress: after a reload and a lesson switch every retry state of lesson 1 is back',
          Object.entries(want).every(([id, st]) => states[id] === st), JSON.stringify(states));
    const verdict = await scrollTo(page, `check:${choice2}:verdict`).catch(() => null);
    check('progress: a restored check shows its verdict (the answer, after two misses)',
          verdict !== null, JSON.stringify(verdict));
    await shot(page, outDir, 'course-restored');

    // A version 1 save (code only, from before answers were kept) still loads, and is saved
    // again as version 2.
    const v1 = readFileSync(join(here, '..', 'unit', 'persist', 'data', 'save-v1.json'), 'utf8');
    await context.addInitScript((text) => {
      if (!sessionStorage.getItem('loopscope.test.v1')) {
        sessionStorage.setItem('loopscope.test.v1', '1');
        localStorage.setItem('loopscope.progress', text);
      }
    }, v1);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python &&
                               window.loopscope.getState().lessons > 0, null, { timeout: 90_000 });
    await frames(page, 3);
    s = await state(page);
    check('progress: a version 1 save still loads (its lesson and code, no answers)',
          s.lesson === 'timeouts' && s.source === "print('timeouts, edited')\n" &&
            s.course.checks.every((k) => k.state === 'fresh'),
          `lesson ${s.lesson}, ${JSON.stringify(s.source.slice(0, 40))}`);
    await page.waitForFunction(() => {
      try {
        return JSON.parse(localStorage.getItem('loopscope.progress')).version === 2;
      } catch {
        return false;
      }
    }, null, { timeout: 15_000 }).catch(() => {});
    const resaved = JSON.parse(await savedText());
    check('progress: the version 1 save is written again as version 2, its code kept',
          resaved.version === 2 &&
            resaved.lessons['blocking-vs-waiting'].code === "import asyncio\n\nprint('mine')\n",
          JSON.stringify(resaved).slice(0, 160));

    const saved = await page.evaluate(() =>
      window.Module.ccall('loopscope_get_progress', 'string', [], []));
    const ok = await page.evaluate((json) =>
      window.Module.ccall('loopscope_set_progress', 'number', ['string'], [json]), saved);
    check('progress: the page API hands the progress out and takes it back', ok === 1);
    const bad = await page.evaluate(() =>
      window.Module.ccall('loopscope_set_progress', 'number', ['string'], ['{"format": 9}']));
    const why = await page.evaluate(() =>
      window.Module.ccall('loopscope_progress_error', 'string', [], []));
    check('progress: a bad save is refused with a message', bad === 0 && /could not be read/.test(why),
          why);
  } catch (e) {
    check('course: scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'course-failure.png') }).catch(() => {});
  }
  check('course: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 5).join(' | '));
  await context.close();
}
