// Keeps the learner's work in this browser (localStorage) as they work, and brings it back on
// reload: the app turns its state into save text and back (web/app/persist.h, format and
// versions in web/model/persist/saved_work.h); this file stores the text.
//
//   localStorage['loopscope.progress']               the save (written within a second of a
//                                                     change, and when the page is hidden)
//   localStorage['loopscope.progress.unreadable.<time>']  a save that could not be read: set
//                                                     aside (never overwritten), the learner
//                                                     is told and can download it
//   localStorage['loopscope.progress.before-import'] what an import replaced (for Undo)
//
// Also the Progress menu's actions: export (a JSON file), import (asks for a file, can be
// undone) and reset (asks first).
(function () {
  'use strict';
  const shell = (window.loopscopeShell = window.loopscopeShell || {});
  const KEY = 'loopscope.progress';
  const ASIDE = 'loopscope.progress.unreadable.';
  const BEFORE_IMPORT = 'loopscope.progress.before-import';
  const SAVE_EVERY_MS = 1000;

  let storage = null;    // window.localStorage when it works
  let lastWritten = null; // the text last written (nothing is written when it did not change)
  let enabled = false;    // saving runs (not in an embed, not when storage is missing)
  let warnedFull = false;

  function openStorage() {
    try {
      const s = window.localStorage;
      const probe = 'loopscope.probe';
      s.setItem(probe, '1');
      s.removeItem(probe);
      return s;
    } catch {
      return null; // blocked (privacy settings, some third-party frames) or full
    }
  }

  const call = (...a) => shell.call(...a);
  const saveText = () => call('loopscope_save_json', 'string', [], []);
  const osDark = () => !(window.matchMedia && matchMedia('(prefers-color-scheme: light)').matches);
  const restoreText = (text) =>
    JSON.parse(call('loopscope_restore_json', 'string', ['string', 'number'], [text || '', osDark() ? 1 : 0]));

  function download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
  const pretty = (text) => {
    try { return JSON.stringify(JSON.parse(text), null, 1) + '\n'; } catch { return text; }
  };

  // The theme of a save (or null): read before the app runs, for the loading screen.
  function peekTheme() {
    try {
      const prefs = JSON.parse(window.localStorage.getItem(KEY)).prefs;
      return prefs.theme === 'light' || prefs.theme === 'dark' ? prefs.theme : null;
    } catch {
      return null;
    }
  }

  // The lesson a save was in (or null): read before the app runs, so that the first load
  // fetches that lesson (boot.js).
  function peekLesson() {
    try {
      const lesson = JSON.parse(window.localStorage.getItem(KEY)).open.lesson;
      return typeof lesson === 'string' && lesson ? lesson : null;
    } catch {
      return null;
    }
  }

  // The page's colours follow the app's theme (checked with each save, once a second).
  function showTheme(text) {
    try {
      const theme = JSON.parse(text).prefs.theme || (osDark() ? 'dark' : 'light');
      document.documentElement.dataset.theme = theme;
    } catch { /* keep the colours */ }
  }

  // Writes the save when it changed. `quiet`: no message when it fails (page unload).
  function save(quiet) {
    if (!enabled) return false;
    let text;
    try {
      text = saveText();
    } catch {
      return false; // the app stopped (its own message is on screen)
    }
    showTheme(text);
    if (!text || text === lastWritten) return false;
    try {
      storage.setItem(KEY, text);
      lastWritten = text;
      return true;
    } catch (e) {
      if (!quiet && !warnedFull) {
        warnedFull = true;
        shell.notify('Your latest work could not be saved in this browser: its storage is full ' +
                     '(' + (e && e.name) + '). Export your progress to keep it.', {
          kind: 'error',
          actions: [{ label: 'Export progress', run: () => exportProgress() }],
        });
      }
      return false;
    }
  }

  // Restores the saved work (or the defaults: the system's theme). A save that cannot be read
  // is set aside under its own key and reported, and the playground starts fresh.
  function restore() {
    storage = openStorage();
    const text = storage ? storage.getItem(KEY) : null;
    const result = restoreText(text);
    shell.restored = result;
    if (!result.ok) {
      const asideKey = ASIDE + stamp();
      let kept = false;
      try {
        storage.setItem(asideKey, text);
        storage.removeItem(KEY);
        kept = true;
      } catch { /* full: the unreadable text stays where it was, and is not overwritten */ }
      shell.restoreFailed = { error: result.error, key: kept ? asideKey : KEY };
      if (!kept) enabled = false;
      restoreText(''); // the defaults
      shell.notify('Your saved work could not be read: ' + result.error + '.', {
        kind: 'error',
        detail: kept ? 'It was set aside, not deleted, and Loopscope started afresh. ' +
                       'Download it to keep it or to report the problem.'
                     : 'It was left as it was and nothing will be saved over it.',
        actions: [{ label: 'Download it', run: () => download(`loopscope-unreadable-${stamp()}.json`, text) }],
      });
    }
    return result;
  }

  function exportProgress() {
    const text = saveText();
    download(`loopscope-progress-${new Date().toISOString().slice(0, 10)}.json`, pretty(text));
    shell.notify('Your progress was downloaded as a file. Import it here or in another browser ' +
                 'to continue where you left off.');
  }

  // Applies a progress file's text; what was here before can be restored with Undo.
  function importText(text, name) {
    const check = JSON.parse(call('loopscope_check_save', 'string', ['string'], [text]));
    if (!check.ok) { // nothing changes
      shell.notify(`${name} was not imported: ${check.error}.`, { kind: 'error' });
      return false;
    }
    const before = saveText();
    const result = restoreText(text);
    if (storage) {
      try { storage.setItem(BEFORE_IMPORT, before); } catch { /* Undo still works this session */ }
    }
    save();
    shell.notify(`Imported your progress from ${name}` +
                 (result.lessons ? ` (your code in ${result.lessons} lesson${result.lessons === 1 ? '' : 's'}).` : '.'), {
      actions: [{ label: 'Undo', run: () => { restoreText(before); save(); shell.notify('The import was undone.'); } }],
    });
    return true;
  }

  function importProgress() {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      if (!file) return;
      if (file.size > 8 * 1048576) {
        shell.notify(`${file.name} was not imported: it is larger than 8 MB, so it is not a ` +
                     'Loopscope progress file.', { kind: 'error' });
        return;
      }
      file.text().then((text) => importText(text, file.name),
                       () => shell.notify(`${file.name} could not be read.`, { kind: 'error' }));
    });
    input.click();
  }

  async function resetProgress() {
    const yes = await shell.confirm({
      title: 'Reset your progress?',
      text: 'Your answers are forgotten and your code in every lesson goes back to the ' +
            'lesson\'s own program. Your theme and zoom stay. Export your progress first if ' +
            'you may want it back.',
      yes: 'Reset my progress',
      no: 'Cancel',
    });
    if (!yes) return false;
    call('loopscope_reset_progress', null, [], []);
    save();
    shell.notify('Your progress was reset.');
    return true;
  }

  shell.actions = shell.actions || {};
  shell.actions['export-progress'] = exportProgress;
  shell.actions['import-progress'] = importProgress;
  shell.actions['reset-progress'] = resetProgress;

  // Pages that do not save (embeds) still follow the app's theme.
  shell.followTheme = () => setInterval(() => {
    try { showTheme(saveText()); } catch { /* the app stopped */ }
  }, SAVE_EVERY_MS);

  shell.store = {
    restore,
    save,
    peekTheme,
    peekLesson,
    importText,
    // Starts saving as the learner works (not in an embed: several embeds on one page would
    // overwrite each other's work, and the host page records progress itself).
    start() {
      if (!storage) {
        shell.notify('This browser does not let Loopscope keep your work (site storage is ' +
                     'blocked). Use Export progress to keep it.', { kind: 'warn' });
        return;
      }
      enabled = true;
      lastWritten = storage.getItem(KEY);
      save();
      setInterval(() => save(), SAVE_EVERY_MS);
      const flush = () => save(true);
      window.addEventListener('pagehide', flush);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') flush();
      });
    },
    get enabled() { return enabled; },
  };
})();
