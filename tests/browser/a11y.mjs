// Accessibility scenarios of the browser test (called from run.mjs): what a screen reader and
// a keyboard find in the page (web/shell/a11y.js, web/app/a11y_bridge.h).
//   - the accessibility tree holds the lesson, its checks, the program, the run controls, the
//     console and a live narration of each step (a sleeping task's says when it wakes); the
//     canvas and hidden overlays are out of it;
//   - axe-core (npm) audits the page: no serious or critical violations (report in axe.json);
//   - the page has the focus on load (F10 steps without a click); Tab and Shift+Tab go through
//     every control in reading order (Shift+Tab in reverse) with a ring drawn round each; Enter
//     and Space press; Escape leaves the program's text field; no control keeps the focus;
//   - a lesson is taken with the keyboard alone, through the accessible controls: a check
//     answered wrongly then rightly, the output predicted, the challenge solved; another lesson
//     opened from the picker and its printed lines put in order with Move up.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng } from './png.mjs';
import { click, compareWithReference, frames, pythonTranscript, settle, state } from './playground.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The first lesson as its author wrote it, and its program as CPython runs it.
function firstLesson() {
  const root = join(here, '..', '..', 'lessons');
  const dir = readdirSync(root).filter((d) => /^\d\d-/.test(d)).sort()[0];
  const lesson = JSON.parse(readFileSync(join(root, dir, 'lesson.json'), 'utf8'));
  const file = (name) => readFileSync(join(root, dir, name), 'utf8');
  return { lesson, file, transcript: pythonTranscript(file(lesson.program || 'main.py')) };
}

// The first lesson (in the picker's order) with a "put the lines in order" check of its own
// program, the check, and that program's output as CPython prints it.
function lessonWithOrderCheck() {
  const root = join(here, '..', '..', 'lessons');
  const dirs = readdirSync(root).filter((d) => /^\d\d-/.test(d)).sort();
  for (let index = 0; index < dirs.length; ++index) {
    const lesson = JSON.parse(readFileSync(join(root, dirs[index], 'lesson.json'), 'utf8'));
    const check = (lesson.checks || []).find((c) => c.kind === 'output' && c.mode === 'order' && !c.program);
    if (!check) continue;
    const source = readFileSync(join(root, dirs[index], lesson.program || 'main.py'), 'utf8');
    return { index, lesson, check, transcript: pythonTranscript(source) };
  }
  return null;
}

// axe-core's violations on the page as it is now, by impact.
async function audit(page, label, reports) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                                      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  reports[label] = violations;
  return violations;
}

// What has the keyboard focus: its widget target and a short name.
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  const name = e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent) ||
    e.textContent || e.tagName;
  return { target: (e.dataset && e.dataset.target) || '', name: name.trim().slice(0, 60),
           inPage: !!e.closest('#a11y'), tag: e.tagName };
});

const byId = (id) => `[data-a11y-id="${id}"]`;

// A task that sleeps a second, to hear its narration.
const SLEEPER = `import asyncio


async def worker():
    await asyncio.sleep(1)
    print("awake")


async def main():
    await asyncio.create_task(worker(), name="worker-2")


asyncio.run(main())
`;

export async function a11yScenarios(browser, base, check, outDir, watchPage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1,
                                             colorScheme: 'dark' }); // the references are dark
  const page = await context.newPage();
  const problems = watchPage(page);
  const reports = {};
  try {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python, null, { timeout: 90_000 });
    await page.waitForFunction(() => window.loopscope.lessonCount > 0 &&
      document.querySelector('#a11y [data-role="article"]'), null, { timeout: 30_000 });
    await frames(page, 3);
    const { lesson, file, transcript } = firstLesson();
    const lid = `lesson.${lesson.id}`;

    // ---- the accessibility tree -----------------------------------------------------------
    const tree = await page.locator('body').ariaSnapshot();
    await writeFile(join(outDir, 'a11y-tree.txt'), tree);
    check('a11y tree: the lesson title, its prose and its checks are there',
          tree.includes(`heading "${lesson.title}" [level=2]`) && /group "Check 1 of \d+/.test(tree) &&
            /radio "/.test(tree), `${tree.length} characters`);
    const s0 = await state(page);
    const codeValue = await page.locator('#a11y-code-field').inputValue();
    check('a11y tree: the program is a text field holding the program',
          codeValue === s0.source && /textbox "main\.py: the program/.test(tree), `${codeValue.length} characters`);
    check('a11y tree: every run control is a named button', ['Run', 'Step one event', 'Step one line',
      'Step back', 'Reset: back to the start'].every((n) => tree.includes(`button "${n}"`)));
    const hidden = await page.evaluate(() => ({
      canvas: document.getElementById('canvas').getAttribute('aria-hidden'),
      loading: getComputedStyle(document.getElementById('loading')).visibility,
      problem: getComputedStyle(document.getElementById('problem')).visibility,
    }));
    check('a11y tree: the canvas and the hidden overlays are out of it',
          hidden.canvas === 'true' && hidden.loading === 'hidden' && hidden.problem === 'hidden' &&
            !tree.includes('cannot start here') && !tree.includes('Loading the playground'),
          JSON.stringify(hidden));

    // ---- focus on load, shortcuts without a click, the live narration ---------------------
    const first = await page.evaluate(() => ({ main: document.activeElement === document.querySelector('#a11y main') }));
    check('keyboard: the playground has the focus on load', first.main);
    await page.keyboard.press('F10');
    await settle(page);
    let s = await state(page);
    const spoken = await page.locator('#a11y-narration').textContent();
    check('keyboard: F10 steps without a click', s.cursor === 1, `cursor ${s.cursor}`);
    check('live region: the step is narrated (aria-live)',
          spoken.includes(s.narration) && spoken.startsWith('t = 0.000 s') &&
            (await page.locator('#a11y-narration').getAttribute('aria-live')) === 'polite', JSON.stringify(spoken));
    await page.keyboard.press('F10');
    await settle(page);
    s = await state(page);
    await page.waitForFunction((n) => document.getElementById('a11y-narration').textContent.includes(n), s.narration);
    check('live region: the next step is narrated in turn', true, JSON.stringify(s.narration));
    await page.keyboard.press('Shift+F5');
    await frames(page, 3);

    // ---- the audit --------------------------------------------------------------------------
    let v = await audit(page, 'at load', reports);
    const serious = (list) => list.filter((x) => x.impact === 'serious' || x.impact === 'critical');
    check('axe: no serious or critical violations at load', serious(v).length === 0,
          v.map((x) => `${x.impact} ${x.id} (${x.nodes})`).join(', ') || 'no violations');

    // ---- Tab order ---------------------------------------------------------------------------
    await page.evaluate(() => document.querySelector('#a11y main').focus());
    const order = [];
    for (let i = 0; i < 80; ++i) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      order.push(f);
      if (f.target === 'editor') break;
    }
    const at = (target) => order.findIndex((f) => f.target === target);
    const firstOption = order.findIndex((f) => /^check:.*:option:0$/.test(f.target));
    const firstCheck = order.findIndex((f) => /^check:.*:submit$/.test(f.target));
    check('Tab order: lesson picker, the left pane tabs, options, Check buttons, then the program',
          at('lesson-picker') === 0 && at('left-tab:Lesson') > 0 && firstOption > at('left-tab:Lesson') &&
            firstCheck > firstOption && at('editor') > firstCheck,
          order.map((f) => f.target || f.name).join(' > '));
    // In the program Tab indents; Escape leaves it for the run controls.
    const before = await page.locator('#a11y-code-field').inputValue();
    await page.keyboard.press('Tab');
    const indented = await page.locator('#a11y-code-field').inputValue();
    check('the program: Tab indents instead of leaving', indented.length === before.length + 4 &&
          (await focused(page)).target === 'editor', `${before.length} -> ${indented.length} characters`);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');
    let f = await focused(page);
    check('the program: Escape leaves the editor for the run controls', f.target === 'button:Run', f.name);
    await frames(page, 3);
    const ringShot = decodePng(await page.screenshot({ clip: { x: 0, y: 48, width: 400, height: 44 } }));
    await page.keyboard.press('Shift+Tab');
    f = await focused(page);
    check('Shift+Tab goes back into the program', f.target === 'editor', f.name);
    const toolbar = [];
    await page.keyboard.press('Escape');
    for (let i = 0; i < 30; ++i) {
      const g = await focused(page);
      toolbar.push(g.target || g.name);
      if (!g.inPage) break;
      await page.keyboard.press('Tab');
    }
    check('Tab order: the toolbar, the timeline, the run details, display; then out of the page',
          ['button:Run', 'button:Step', 'mode:Animated', 'scrubber', 'timeline-axis:Time', 'run-tab:Console',
           'button:Light theme'].every((t, i, all) => toolbar.indexOf(t) >= 0 &&
             (i === 0 || toolbar.indexOf(t) > toolbar.indexOf(all[i - 1]))) && !(await focused(page)).inPage,
          toolbar.join(' > '));
    // No trap: Tab from outside comes back to the first control.
    for (let i = 0; i < 5 && (await focused(page)).target !== 'lesson-picker'; ++i) await page.keyboard.press('Tab');
    check('no control keeps the focus: Tab comes round to the lesson picker', (await focused(page)).target === 'lesson-picker');
    // Shift+Tab walks the same controls backwards: from the last one back to Run.
    const forward = toolbar.slice(0, -1);
    await page.locator(`#a11y [data-target="${forward[forward.length - 1]}"]`).first().focus();
    const backward = [];
    for (let i = 0; i < forward.length + 5; ++i) {
      const g = await focused(page);
      backward.push(g.target || g.name);
      if (g.target === forward[0] || !g.inPage) break;
      await page.keyboard.press('Shift+Tab');
    }
    check('Shift+Tab goes through the toolbar and the panes in the reverse order of Tab',
          backward.join(' > ') === [...forward].reverse().join(' > '), backward.join(' < '));

    // The focus ring: the canvas draws it round the widget that has the focus.
    await page.evaluate(() => document.querySelector('#a11y main').focus());
    await frames(page, 3);
    const plain = decodePng(await page.screenshot({ clip: { x: 0, y: 48, width: 400, height: 44 } }));
    let changed = 0;
    for (let i = 0; i < plain.pixels.length; i += 4) {
      if (Math.abs(plain.pixels[i] - ringShot.pixels[i]) > 40) ++changed;
    }
    check('focus ring: drawn round the focused Run button', changed > 150, `${changed} pixels differ`);

    // The canvas editor (clicked with the mouse): Tab indents there; Escape leaves it, and Tab
    // goes on to the run controls.
    await click(page, 'left-tab:main.py');
    const code = await page.evaluate(() => window.loopscope.rect('editor'));
    await page.mouse.click(code.x + code.w / 2, code.y + code.h / 2);
    await frames(page, 3);
    const typedBefore = (await state(page)).source;
    // Held until a frame has seen it (ImGui 1.86 samples keys once a frame: a press released
    // within one slow frame is missed); a key repeat on a very slow frame only indents further.
    await page.keyboard.down('Tab');
    await frames(page, 1);
    await page.keyboard.up('Tab');
    await frames(page, 2);
    const typedAfter = (await state(page)).source;
    // Held for two frames: ImGui 1.86 samples keys once a frame (a press released within one
    // frame can be missed), as playground.mjs's chord() does.
    await page.keyboard.down('Escape');
    await frames(page, 2);
    await page.keyboard.up('Escape');
    await page.waitForFunction(() => !window.loopscope.editorFocused, null, { timeout: 5_000 }).catch(() => {});
    await page.keyboard.press('Tab');
    f = await focused(page);
    check('canvas editor: Tab indents, Escape leaves it and Tab goes on to the run controls',
          typedAfter.length > typedBefore.length &&
            typedAfter.replace(/ /g, '') === typedBefore.replace(/ /g, '') && f.target === 'button:Run',
          `${typedBefore.length} -> ${typedAfter.length} characters, then focus on ${f.target || f.name}`);
    await page.evaluate((c) => window.loopscope.setCode(c), typedBefore);

    // Enter and Space press buttons.
    await page.locator(byId('step')).focus();
    await page.keyboard.press('Space');
    await settle(page);
    const afterSpace = (await state(page)).cursor;
    await page.keyboard.press('Enter');
    await settle(page);
    const afterEnter = (await state(page)).cursor;
    check('keyboard: Space and Enter press the focused button', afterSpace === 1 && afterEnter === 2,
          `cursor ${afterSpace}, then ${afterEnter}`);
    await page.locator(byId('step')).focus();
    await compareWithReference(page, check, outDir, 'focus-1280x800');
    await page.keyboard.press('Shift+F5');
    await frames(page, 3);

    // ---- a lesson with the keyboard alone ---------------------------------------------------
    const checks = lesson.checks || [];
    const verdict = (cid) => page.locator(byId(`${lid}.check.${cid}.verdict`)).textContent();
    const choice = checks.find((c) => c.kind === 'choice');
    if (choice) {
      const right = choice.options.findIndex((o) => o.correct);
      const wrong = right === 0 ? 1 : 0;
      const option = (i) => page.locator(`#${`a11y-${lid}.check.${choice.id}.option.${i}`.replace(/[^A-Za-z0-9_-]/g, '_')}`);
      await option(wrong).focus();
      await page.keyboard.press('Space');
      await page.locator(byId(`${lid}.check.${choice.id}.check`)).focus();
      await page.keyboard.press('Enter');
      await frames(page, 4);
      const no = await verdict(choice.id);
      await option(right).focus();
      await page.keyboard.press('Space');
      await page.locator(byId(`${lid}.check.${choice.id}.check`)).focus();
      await page.keyboard.press('Enter');
      await frames(page, 4);
      const yes = await verdict(choice.id);
      check('lesson by keyboard: a multiple-choice check answered wrongly, then rightly',
            no.startsWith('Not yet') && yes.startsWith('Correct'), `${JSON.stringify(no)} / ${JSON.stringify(yes)}`);
      v = await audit(page, 'after answering', reports);
      check('axe: no serious or critical violations with answers and feedback shown', serious(v).length === 0,
            v.map((x) => `${x.impact} ${x.id} (${x.nodes})`).join(', ') || 'no violations');
    }
    const typed = checks.find((c) => c.kind === 'output' && c.mode !== 'order' && !c.with_times && !c.program);
    if (typed) {
      const field = page.locator(`${byId(`${lid}.check.${typed.id}.typed`)} textarea`);
      await field.focus();
      await page.keyboard.type(transcript.map((l) => l.text).join('\n'));
      await page.locator(byId(`${lid}.check.${typed.id}.check`)).focus();
      await page.keyboard.press('Enter');
      await frames(page, 4);
      const said = await verdict(typed.id);
      check('lesson by keyboard: the output predicted in a text field and checked', said.startsWith('Correct'), said);
    }
    const clock = checks.find((c) => c.kind === 'scheduler' && c.ask === 'clock' && c.at && c.at.output_contains && !c.program);
    if (clock) {
      const line = transcript.find((l) => l.text.includes(clock.at.output_contains));
      const field = page.locator(`${byId(`${lid}.check.${clock.id}.typed`)} input`);
      await field.focus();
      await page.keyboard.type(String(line.time));
      await page.keyboard.press('Enter');
      await frames(page, 4);
      const said = await verdict(clock.id);
      check('lesson by keyboard: a scheduler question answered in a text field (Enter checks)',
            said.startsWith('Correct'), `${line.time}: ${said}`);
    }
    const challenge = checks.find((c) => c.kind === 'challenge' && c.solution);
    if (challenge) {
      const cid = `${lid}.check.${challenge.id}`;
      for (let i = 0; i < (challenge.hints || []).length; ++i) {
        await page.locator(byId(`${cid}.hint`)).focus();
        await page.keyboard.press('Enter');
        await frames(page, 3);
      }
      const modeBefore = (await state(page)).mode;
      await page.locator(byId(`${cid}.solution`)).focus();
      await page.keyboard.press('Enter');
      await frames(page, 4);
      s = await state(page);
      check('lesson by keyboard: every hint, then a solution loaded into the program',
            s.source === file(challenge.solution) &&
              (await page.locator('#a11y-code-field').inputValue()) === s.source);
      await page.locator(byId(`${cid}.run`)).focus();
      await page.keyboard.press('Enter');
      await frames(page, 2);
      await settle(page);
      await frames(page, 4);
      s = await state(page);
      const done = await page.locator(byId(`${cid}.verdict`)).textContent();
      check('lesson by keyboard: "Run and check" runs the program and the challenge is complete',
            done.includes('Challenge complete') && s.programFinished, JSON.stringify(done));
      check('"Run and check" leaves the Animated / Instant switch as it was', s.mode === modeBefore,
            `${modeBefore} -> ${s.mode}`);
      const consoleLines = await page.locator('#a11y [data-role="log"] [data-role="line"]').allTextContents();
      check('a11y tree: the console holds what the program printed, with times',
            consoleLines.length === s.output.length && consoleLines.every((l, i) => l.endsWith(s.output[i].text)),
            `${consoleLines.length} lines`);
      v = await audit(page, 'after a run', reports);
      check('axe: no serious or critical violations after a run (console, tasks, timeline filled)',
            serious(v).length === 0, v.map((x) => `${x.impact} ${x.id} (${x.nodes})`).join(', ') || 'no violations');
    }

    // The light theme, chosen from the page (its contrast is tested on the palette itself,
    // tests/unit/theme/palette_test.cpp): the look after a run.
    await page.locator(byId('theme')).focus();
    await page.keyboard.press('Enter');
    await frames(page, 3);
    s = await state(page);
    check('the theme button works from the keyboard', s.theme === 'light', s.theme);
    await page.evaluate(() => document.querySelector('#a11y main').focus());
    await compareWithReference(page, check, outDir, 'light-1280x800');
    await page.locator(byId('theme')).focus();
    await page.keyboard.press('Enter');
    await frames(page, 3);

    // Another lesson, opened from the accessible lesson picker (arrow key, then Enter), and its
    // "put the printed lines in order" check answered with the Move up / Move down buttons.
    const ordered = lessonWithOrderCheck();
    if (ordered) {
      const picker = page.locator('#a11y select[id="a11y-lesson_picker-field"]');
      await picker.focus();
      for (let i = 0; i < ordered.index; ++i) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => window.loopscope.getState().lesson === id &&
        document.querySelector(`[data-a11y-id="lesson.${id}.title"]`), ordered.lesson.id, { timeout: 20_000 });
      await frames(page, 3);
      const cid = `lesson.${ordered.lesson.id}.check.${ordered.check.id}`;
      const shown = () => page.evaluate((c) => [...document.querySelectorAll(`[data-a11y-id^="${c}.line."]`)]
        .filter((li) => /\.line\.\d+$/.test(li.dataset.a11yId))
        .map((li) => li.querySelector('span').textContent), cid);
      const want = ordered.transcript.map((l) => l.text);
      let lines = await shown();
      const start = lines.join(' | ');
      // A selection sort, one button press at a time, as a learner with a keyboard would do it.
      let presses = 0;
      for (let i = 0; i < want.length && presses < 200; ++i) {
        let at = lines.indexOf(want[i], i);
        while (at > i && presses < 200) {
          await page.locator(byId(`${cid}.line.${at}.up`)).focus();
          await page.keyboard.press('Enter');
          ++presses;
          await frames(page, 2);
          lines = await shown();
          at = lines.indexOf(want[i], i);
        }
      }
      await page.locator(byId(`${cid}.check`)).focus();
      await page.keyboard.press('Enter');
      await frames(page, 4);
      const said = await page.locator(byId(`${cid}.verdict`)).textContent();
      check('lesson by keyboard: another lesson opened from the picker, its lines put in order and checked',
            lines.join('\n') === want.join('\n') && said.startsWith('Correct') && start !== lines.join(' | '),
            `${ordered.lesson.id}: ${presses} moves; ${JSON.stringify(said)}`);
      v = await audit(page, 'an order check answered', reports);
      check('axe: no serious or critical violations in a lesson with lines to put in order',
            serious(v).length === 0, v.map((x) => `${x.impact} ${x.id} (${x.nodes})`).join(', ') || 'no violations');
    }

    // The narration of a task that sleeps says when it wakes ("worker-2 awaits sleep(1), wakes
    // at t=1.000"), in the live region, stepping with F10.
    await page.evaluate((c) => window.loopscope.setCode(c), SLEEPER);
    await page.evaluate(() => document.querySelector('#a11y main').focus());
    await page.keyboard.press('Shift+F5');
    await frames(page, 3);
    let said = null;
    for (let i = 0; i < 40 && !said; ++i) {
      await page.keyboard.press('F10');
      await settle(page);
      s = await state(page);
      if (s.programFinished) break;
      if (/awaits sleep/.test(s.narration || '')) said = s.narration;
    }
    let spokenSleep = '';
    if (said) {
      await page.waitForFunction((n) => document.getElementById('a11y-narration').textContent.includes(n), said,
                                 { timeout: 10_000 }).catch(() => {});
      spokenSleep = await page.locator('#a11y-narration').textContent();
    }
    check('live region: a sleeping task is narrated with the time it wakes',
          !!said && spokenSleep.includes(said) && /worker-2 awaits sleep\(1(\.0)?\), wakes at t=1\.000/.test(spokenSleep),
          JSON.stringify(spokenSleep || s.narration));
  } catch (e) {
    check('a11y: scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'a11y-failure.png') }).catch(() => {});
  }
  await writeFile(join(outDir, 'axe.json'), JSON.stringify(reports, null, 2));
  const summary = Object.entries(reports).map(([k, list]) =>
    `${k}: ${list.length ? list.map((x) => `${x.impact} ${x.id} x${x.nodes}`).join(', ') : 'none'}`).join('; ');
  console.log(`axe violations (all impacts; ${join(outDir, 'axe.json')}): ${summary}`);
  check('a11y: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 5).join(' | '));
  await context.close();
}
