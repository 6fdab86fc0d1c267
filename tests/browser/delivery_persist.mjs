// Browser tests: the learner's work is kept (web/shell/store.js, web/app/persist.h).
//   - the theme follows the system's light/dark preference until the learner picks one
//   - code typed in a lesson survives a lesson switch and a reload; theme, zoom and the open
//     lesson survive a reload
//   - a damaged save, or one from a newer build, is reported and set aside (kept, not
//     overwritten, downloadable), and the playground starts fresh
//   - export downloads the save; import applies a file (and can be undone), refuses a bad
//     one without changing anything; reset asks first and keeps the preferences
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { click, closeNotices, frames, openPage, repo, started, state, waitNotice } from './delivery_util.mjs';

// Every lesson folder: {id, program text}, in course order.
export function shippedLessons() {
  const root = join(repo, 'lessons');
  return readdirSync(root).filter((d) => /^\d/.test(d) && existsSync(join(root, d, 'lesson.json')))
    .sort().map((d) => {
      const lesson = JSON.parse(readFileSync(join(root, d, 'lesson.json'), 'utf8'));
      return { id: lesson.id, dir: d, lesson,
               program: readFileSync(join(root, d, lesson.program || 'main.py'), 'utf8') };
    });
}

const saved = (page) => page.evaluate(() => localStorage.getItem('loopscope.progress'));

async function waitSaved(page, predicate, what) {
  for (let i = 0; i < 40; ++i) {
    const text = await saved(page);
    if (text && predicate(text)) return text;
    await page.waitForTimeout(250);
  }
  throw new Error(`the save never showed ${what}`);
}

async function menu(page, action) {
  await click(page, 'button:Progress');
  await click(page, `menu:${action}`);
}

async function systemTheme(browser, base, check) {
  for (const scheme of ['light', 'dark']) {
    const { context, page, problems } = await openPage(browser, { colorScheme: scheme });
    try {
      await page.goto(base, { waitUntil: 'load' });
      await started(page);
      const s = await state(page);
      check(`persist: with nothing saved the theme follows the system (${scheme})`,
            s.theme === scheme && problems.length === 0, `theme ${s.theme} ${problems.join(' | ')}`);
    } catch (e) {
      check(`persist: system theme ${scheme} scenario ran`, false, e.message.split('\n')[0]);
    }
    await context.close();
  }
}

async function keepWork(browser, base, check, outDir) {
  const lessons = shippedLessons();
  const [first, second, third] = lessons;
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto(base, { waitUntil: 'load' });
    await started(page);
    let s = await state(page);
    check('persist: the page opens on the first lesson', s.lesson === first.id, s.lesson);

    // Type in the editor, as a learner does.
    await click(page, 'left-tab:main.py');
    await click(page, 'editor');
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await frames(page, 2);
    await page.keyboard.type('# my note');
    await frames(page, 3);
    s = await state(page);
    const mine = first.program + '# my note';
    check('persist: typing changes the lesson\'s program', s.source === mine, JSON.stringify(s.source.slice(-24)));

    await page.evaluate((id) => window.loopscope.loadLesson(id), second.id);
    s = await state(page);
    check('persist: another lesson opens with its own program', s.lesson === second.id && s.source === second.program,
          `${s.lesson}, ${s.source.length} chars`);
    await page.evaluate((id) => window.loopscope.loadLesson(id), first.id);
    s = await state(page);
    check('persist: switching back brings the typed code back', s.source === mine, JSON.stringify(s.source.slice(-24)));

    // Preferences: the theme button and Ctrl + (the canvas has the keyboard focus).
    await click(page, 'button:Light theme');
    await page.keyboard.down('Control');
    await page.keyboard.press('Equal');
    await page.keyboard.up('Control');
    await frames(page, 3);
    await page.evaluate((id) => window.loopscope.loadLesson(id), third.id);
    s = await state(page);
    check('persist: theme and zoom changed', s.theme === 'light' && Math.abs(s.zoom - 1.1) < 1e-6,
          `${s.theme}, zoom ${s.zoom}`);
    await waitSaved(page, (t) => t.includes('# my note') && t.includes(`"lesson":"${third.id}"`),
                    'the typed code and the open lesson');

    await page.reload({ waitUntil: 'load' });
    await started(page);
    s = await state(page);
    check('persist: after a reload the same lesson is open, with the same theme and zoom',
          s.lesson === third.id && s.theme === 'light' && Math.abs(s.zoom - 1.1) < 1e-6,
          `${s.lesson}, ${s.theme}, zoom ${s.zoom}`);
    await page.evaluate((id) => window.loopscope.loadLesson(id), first.id);
    s = await state(page);
    check('persist: after a reload the typed code is back', s.source === mine, JSON.stringify(s.source.slice(-24)));

    // Export: the save, as a file.
    const exported = page.waitForEvent('download');
    await menu(page, 'export-progress');
    const file = await exported;
    const text = readFileSync(await file.path(), 'utf8');
    let data = null;
    try { data = JSON.parse(text); } catch { /* checked below */ }
    check('persist: Export progress downloads the work as a Loopscope progress file',
          data && data.format === 'loopscope-progress' && data.lessons[first.id].code === mine &&
            /^loopscope-progress-\d{4}-\d\d-\d\d\.json$/.test(file.suggestedFilename()),
          `${file.suggestedFilename()}, ${text.length} bytes`);

    // Import: a file that puts other code in the second lesson and opens it.
    const imported = JSON.parse(JSON.stringify(data));
    imported.lessons[second.id] = { code: "print('imported')\n" };
    imported.open = { lesson: second.id, view: 'code' };
    const chooser = page.waitForEvent('filechooser');
    await menu(page, 'import-progress');
    await (await chooser).setFiles({ name: 'progress.json', mimeType: 'application/json',
                                     buffer: Buffer.from(JSON.stringify(imported)) });
    await waitNotice(page, /Imported your progress from progress\.json/);
    s = await state(page);
    check('persist: Import progress applies the file', s.lesson === second.id && s.source === "print('imported')\n",
          `${s.lesson}: ${JSON.stringify(s.source.slice(0, 30))}`);
    await page.click('#notices .notice button:text("Undo")');
    await frames(page, 2);
    s = await state(page);
    check('persist: the import can be undone', s.lesson === first.id && s.source === mine, s.lesson);
    await closeNotices(page);

    // A file that is not progress changes nothing.
    const chooser2 = page.waitForEvent('filechooser');
    await menu(page, 'import-progress');
    await (await chooser2).setFiles({ name: 'photo.json', mimeType: 'application/json',
                                      buffer: Buffer.from('{"name": "not progress"}') });
    const refused = await waitNotice(page, /photo\.json was not imported/);
    s = await state(page);
    check('persist: a file that is not progress is refused and nothing changes',
          /not Loopscope progress/.test(refused) && s.lesson === first.id && s.source === mine, refused);
    await page.screenshot({ path: join(outDir, 'delivery-import-refused.png') });
    await closeNotices(page);

    // Reset asks first; Cancel keeps everything.
    await menu(page, 'reset-progress');
    await page.waitForSelector('dialog.confirm[open]', { timeout: 10_000 });
    await page.screenshot({ path: join(outDir, 'delivery-reset-dialog.png') });
    await page.click('dialog.confirm button:text("Cancel")');
    s = await state(page);
    check('persist: Reset asks first, and Cancel keeps the work', s.source === mine, s.lesson);
    await menu(page, 'reset-progress');
    await page.waitForSelector('dialog.confirm[open]', { timeout: 10_000 });
    await page.click('dialog.confirm button:text("Reset my progress")');
    await frames(page, 2);
    s = await state(page);
    const after = await saved(page);
    check('persist: Reset my progress brings back the lesson\'s program and keeps the theme',
          s.source === first.program && s.theme === 'light' && !after.includes('# my note'),
          `${s.source.length} chars, theme ${s.theme}`);
  } catch (e) {
    check('persist: keep-the-work scenario ran', false, e.message.split('\n')[0]);
    await page.screenshot({ path: join(outDir, 'delivery-persist-failure.png') }).catch(() => {});
  }
  check('persist: no page errors, console errors or failed requests', problems.length === 0,
        problems.slice(0, 3).join(' | '));
  await context.close();
}

// A save that cannot be read: reported, set aside unchanged, downloadable; a fresh start.
async function damagedSave(browser, base, check, outDir) {
  const cases = [
    { name: 'cut short', text: '{"format":"loopscope-progress","version":1,"lessons":{"x":{"co',
      says: /not valid JSON/ },
    { name: 'wrong type', text: '{"format":"loopscope-progress","version":1,"lessons":{"x":{"code":5}}}',
      says: /lessons\.x\.code is not text/ },
    { name: 'newer build', text: '{"format":"loopscope-progress","version":7,"lessons":{}}',
      says: /newer version of Loopscope/ },
  ];
  const first = shippedLessons()[0];
  for (const c of cases) {
    const { context, page, problems } = await openPage(browser);
    try {
      await context.addInitScript((text) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem('loopscope.progress', text);
        }
      }, c.text);
      await page.goto(base, { waitUntil: 'load' });
      await started(page);
      const notice = await waitNotice(page, /could not be read/);
      const s = await state(page);
      const aside = await page.evaluate(() => Object.keys(localStorage)
        .filter((k) => k.startsWith('loopscope.progress.unreadable.'))
        .map((k) => localStorage.getItem(k)));
      check(`persist: a damaged save (${c.name}) is reported and set aside unchanged`,
            c.says.test(notice) && aside.length === 1 && aside[0] === c.text,
            notice.slice(0, 110));
      check(`persist: after a damaged save (${c.name}) the playground starts fresh and saves again`,
            s.lesson === first.id && s.source === first.program &&
              (await waitSaved(page, (t) => t !== c.text && t.includes('"format":"loopscope-progress"'),
                              'a new save')) !== c.text,
            s.lesson);
      if (c.name === 'cut short') {
        await page.screenshot({ path: join(outDir, 'delivery-damaged-save.png') });
        const download = page.waitForEvent('download');
        await page.click('#notices .notice button:text("Download it")');
        const text = readFileSync(await (await download).path(), 'utf8');
        check('persist: the unreadable save can be downloaded as it was', text === c.text, `${text.length} bytes`);
      }
    } catch (e) {
      check(`persist: damaged save (${c.name}) scenario ran`, false, e.message.split('\n')[0]);
    }
    check(`persist: damaged save (${c.name}): no page errors`, problems.length === 0,
          problems.slice(0, 3).join(' | '));
    await context.close();
  }
}

export async function persistenceScenarios(browser, base, check, outDir) {
  await systemTheme(browser, base, check);
  await keepWork(browser, base, check, outDir);
  await damagedSave(browser, base, check, outDir);
}
