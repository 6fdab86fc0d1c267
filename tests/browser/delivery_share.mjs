// Browser tests: share links (web/shell/share.js).
//   - round trip: Copy link on a lesson with edited code at some step; the link opens exactly
//     that view in a fresh browser (lesson, program, step), and plain ?lesson= works too
//   - a program of a few hundred lines makes a link well under common URL limits
//   - after opening, the link leaves the address bar, so a reload restores the saved work
//   - the learner's own version of a lesson is kept when a link replaces it
//   - damaged and hostile links: each one gets a clear message and the page keeps working
import { join } from 'node:path';
import { shippedLessons } from './delivery_persist.mjs';
import { click, closeNotices, frames, noticeTexts, openPage, pythonOutput, settle, started, state, waitNotice } from './delivery_util.mjs';

// A realistic program of about 300 lines (workers, a queue, prints), for the link length.
export function longProgram(lines = 300) {
  const out = ['import asyncio', '', ''];
  let i = 0;
  while (out.length < lines - 8) {
    out.push(`async def worker_${i}(queue, delay):`,
             `    """Takes items from the queue and reports them (worker ${i})."""`,
             '    while True:',
             '        item = await queue.get()',
             `        await asyncio.sleep(delay * ${(i % 7) + 1} / 10)`,
             `        print('worker ${i} handled', item, 'at', round(asyncio.get_running_loop().time(), 2))`,
             '        queue.task_done()', '', '');
    ++i;
  }
  out.push('async def main():', '    queue = asyncio.Queue()',
           `    tasks = [asyncio.create_task(worker_${0}(queue, 1))]`,
           '    for n in range(5):', '        queue.put_nowait(n)', '    await queue.join()',
           '    for t in tasks:', '        t.cancel()', '', '', 'asyncio.run(main())', '');
  return out.join('\n');
}

async function roundTrip(browser, base, check, outDir) {
  const lessons = shippedLessons();
  const lesson = lessons[Math.min(2, lessons.length - 1)];
  const { context, page, problems } = await openPage(browser);
  let link = null;
  let want = null;
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(base, { waitUntil: 'load' });
    await started(page);
    const code = lesson.program.replace(/\n*$/, '\n') + "print('shared')\n";
    await page.evaluate(({ id, code }) => {
      window.loopscope.loadLesson(id);
      window.loopscope.setCode(code);
      window.loopscope.run({ instant: true });
    }, { id: lesson.id, code });
    await settle(page);
    const end = await state(page);
    const step = Math.floor(end.recorded / 2);
    await page.evaluate((n) => window.loopscope.seek(n), step);
    await frames(page, 2);
    want = await state(page);
    await click(page, 'button:Copy link');
    await waitNotice(page, /Link copied/);
    link = await page.evaluate(() => navigator.clipboard.readText());
    check('share: Copy link puts a link with the lesson, the program and the step on the clipboard',
          link.startsWith(base) && /#lesson=/.test(link) && /&code=/.test(link) && /&step=\d+$/.test(link),
          `${link.length} characters`);
    check('share: the state before sharing', want.lesson === lesson.id && want.step === step && want.source === code,
          `${want.lesson} step ${want.step}`);
    await page.screenshot({ path: join(outDir, 'delivery-link-copied.png') });
  } catch (e) {
    check('share: copy-link scenario ran', false, e.message.split('\n')[0]);
  }
  check('share: copying a link: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
  if (!link) return;

  // A fresh browser (nothing saved) opens the link.
  const other = await openPage(browser);
  try {
    await other.page.goto(link, { waitUntil: 'load' });
    await started(other.page);
    const s = await state(other.page);
    check('share: the link opens exactly that view: lesson, program and step',
          s.lesson === want.lesson && s.source === want.source && s.step === want.step &&
            s.clock === want.clock && s.output.length === want.output.length,
          `${s.lesson} step ${s.step} (want ${want.step}), clock ${s.clock}`);
    const url = other.page.url();
    check('share: once opened, the link leaves the address bar', url === base, url);
    // The link's program is now this browser's work: a reload keeps it.
    await other.page.waitForFunction(() => (localStorage.getItem('loopscope.progress') || '').includes('shared'),
                                     null, { timeout: 10_000 });
    await other.page.reload({ waitUntil: 'load' });
    await started(other.page);
    const r = await state(other.page);
    check('share: a reload after opening a link shows the saved work', r.lesson === want.lesson &&
            r.source === want.source && r.step === 0, `${r.lesson} step ${r.step}`);
  } catch (e) {
    check('share: opening a link scenario ran', false, e.message.split('\n')[0]);
  }
  check('share: opening a link: no page errors', other.problems.length === 0, other.problems.slice(0, 3).join(' | '));
  await other.context.close();
}

async function plainAndLong(browser, base, check) {
  const lessons = shippedLessons();
  const { context, page, problems } = await openPage(browser);
  try {
    const target = lessons[lessons.length - 1];
    await page.goto(`${base}?lesson=${target.id}`, { waitUntil: 'load' });
    await started(page);
    let s = await state(page);
    check('share: a plain ?lesson= parameter opens the lesson', s.lesson === target.id && s.source === target.program,
          s.lesson);

    // A program in plain text, at a step: the output so far is what CPython printed by then.
    const program = "import asyncio\n\n\nasync def main():\n    print('one')\n    await asyncio.sleep(1)\n    print('two')\n\n\nasyncio.run(main())\n";
    await page.goto(`${base}?program=${encodeURIComponent(program)}&step=4`, { waitUntil: 'load' });
    await started(page);
    s = await state(page);
    check('share: ?program=...&step= opens a plain-text program at that step',
          s.source === program && s.step === 4 && s.lesson === '' , `step ${s.step}, lesson "${s.lesson}"`);

    // Links for long programs stay short enough to paste anywhere.
    const long = longProgram(300);
    const expected = pythonOutput(long);
    await page.evaluate((code) => window.loopscope.setCode(code), long);
    const link = await page.evaluate(() => window.loopscope.linkToHere());
    check('share: a 300-line program makes a link under 8,000 characters (it is compressed)',
          long.split('\n').length >= 300 && link.length < 8000,
          `${long.length} characters of program -> a ${link.length}-character link`);
    await page.goto(link, { waitUntil: 'load' });
    await started(page);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page);
    s = await state(page);
    check('share: the 300-line program comes back whole from its link and runs as in CPython',
          s.source === long && JSON.stringify(s.output.map((o) => o.text)) === JSON.stringify(expected),
          `${s.source.length} characters, ${s.output.length} lines printed`);
  } catch (e) {
    check('share: plain and long links scenario ran', false, e.message.split('\n')[0]);
  }
  check('share: plain and long links: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

// The learner changed a lesson; a link brings another version of it: theirs stays a click away.
async function ownVersionKept(browser, base, check) {
  const first = shippedLessons()[0];
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto(base, { waitUntil: 'load' });
    await started(page);
    const mine = first.program + '# mine\n';
    await page.evaluate((code) => window.loopscope.setCode(code), mine);
    const theirs = "print('theirs')\n";
    const link = await page.evaluate(async ({ id, code }) =>
      `#lesson=${id}&code=${await window.loopscopeShell.encodeProgram(code)}`, { id: first.id, code: theirs });
    await page.evaluate((hash) => { location.hash = hash; }, link);
    await waitNotice(page, /Your version of the lesson was kept/);
    let s = await state(page);
    check('share: a link pasted into the open page opens its program (no reload needed)', s.source === theirs,
          JSON.stringify(s.source));
    await page.click('#notices .notice button:text("Back to my version")');
    await frames(page, 2);
    s = await state(page);
    check('share: "Back to my version" brings the learner\'s own code back', s.source === mine, JSON.stringify(s.source.slice(-10)));
  } catch (e) {
    check('share: own version scenario ran', false, e.message.split('\n')[0]);
  }
  check('share: own version: no page errors', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

// Damaged and hostile links, opened in one page through the address bar (hashchange) and,
// for the first, by loading the page: each gets a message, and the page keeps working.
async function hostileLinks(browser, base, check, outDir) {
  const first = shippedLessons()[0];
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto(`${base}#lesson=${encodeURIComponent('<img src=x onerror=alert(1)>')}&code=%%%&step=-3`,
                    { waitUntil: 'load' });
    await started(page);
    const texts = (await noticeTexts(page)).join(' | ');
    const s = await state(page);
    check('share: a hostile link on load: every bad part is reported and the page works',
          /impossible name/.test(texts) && /could not be opened/.test(texts) && /not a step number/.test(texts) &&
            s.lesson === first.id && s.source === first.program, texts.slice(0, 160));
    await page.screenshot({ path: join(outDir, 'delivery-hostile-link.png') });
    await closeNotices(page);

    const pack = (bytes) => page.evaluate(async (arr) => {
      const stream = new Blob([new Uint8Array(arr)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const out = new Uint8Array(await new Response(stream).arrayBuffer());
      let s = '';
      for (const b of out) s += String.fromCharCode(b);
      return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }, bytes);
    const bomb = await page.evaluate(async () => {
      // 20 MB of spaces compress to a few KB: it must be refused, not unpacked.
      const stream = new Blob([new Uint8Array(20 << 20).fill(32)]).stream()
        .pipeThrough(new CompressionStream('deflate-raw'));
      const out = new Uint8Array(await new Response(stream).arrayBuffer());
      let s = '';
      for (const b of out) s += String.fromCharCode(b);
      return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    });
    const spin = await page.evaluate((c) => window.loopscopeShell.encodeProgram(c),
                                     'import asyncio\n\nasync def spin():\n    while True:\n        pass\n\nasyncio.run(spin())\n');
    const bad = await page.evaluate((c) => window.loopscopeShell.encodeProgram(c), 'def f(:\n    pass\n');
    const cases = [
      { name: 'not base64', hash: 'code=@@@@', says: /could not be opened: it holds characters/ },
      { name: 'not deflate', hash: 'code=AAAAAAAAAAAAAAAA', says: /could not be opened: it is damaged/ },
      { name: 'cut short', hash: 'code=' + (await pack([...Buffer.from("print('hello world, this is long enough')\n")])).slice(0, 12), says: /could not be opened: it is damaged/ },
      { name: 'not UTF-8', hash: 'code=' + await pack([0xff, 0xfe, 0x80, 0x41]), says: /could not be opened: it is not text/ },
      { name: 'decompression bomb', hash: 'code=' + bomb, says: /unpacks to more than 256 KB/ },
      { name: 'unknown lesson', hash: 'lesson=no-such-lesson', says: /does not exist here \("no-such-lesson"\)/ },
      { name: 'script in the lesson', hash: 'lesson=%3Cscript%3Ealert(1)%3C%2Fscript%3E', says: /impossible name/ },
      { name: 'step not a number', hash: 'step=1e9', says: /not a step number/ },
      { name: 'step huge', hash: 'step=999999999999', says: /not a step number/ },
      { name: 'step past the end', hash: 'program=print(1)&step=5000', says: /ends after \d+ steps, before the link's step 5000/ },
      { name: 'syntax error at a step', hash: `code=${bad}&step=3`, says: /does not compile/ },
      { name: 'a program that never yields', hash: `code=${spin}&step=100000`, says: /not reached within 5 seconds \(the program blocks the event loop\)/ },
      { name: 'far too long', hash: 'code=' + 'A'.repeat(250000), says: /far more than a Loopscope link can be/ },
    ];
    for (const c of cases) {
      await page.evaluate((h) => { location.hash = h; }, c.hash);
      let text = '';
      try {
        text = await waitNotice(page, c.says, 15_000);
      } catch {
        text = (await noticeTexts(page)).join(' | ') || '(no message)';
      }
      const ok = await page.evaluate(() => {
        const s = window.loopscope.getState();
        return typeof s.source === 'string' && window.loopscope.setCode('print(2)\n');
      });
      check(`share: hostile link (${c.name}) gets a clear message and the page keeps working`,
            c.says.test(text) && ok, text.slice(0, 120));
      await closeNotices(page);
    }
  } catch (e) {
    check('share: hostile links scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'delivery-hostile-failure.png') }).catch(() => {});
  }
  check('share: hostile links: no page errors, no dialogs', problems.length === 0, problems.slice(0, 3).join(' | '));
  await context.close();
}

export async function shareScenarios(browser, base, check, outDir) {
  await roundTrip(browser, base, check, outDir);
  await plainAndLong(browser, base, check);
  await ownVersionKept(browser, base, check);
  await hostileLinks(browser, base, check, outDir);
}
