// window.loopscope: the page's contract with tests, tools and the embed API (embed.js). The
// commands are the app's own (web/app/automation.h), the same as the buttons and keys:
//   setCode(src) run({instant}) step({line}) stepBack({line}) pause() reset() seek(step)
//   loadLesson(id) getState() rect(name)
// getState() reports among others `lesson` (the open lesson's id), `source` (the program),
// `step` (= `cursor`, the event the views show) and `recorded` (events so far).
// The page adds: ready (first frame drawn), started (lessons, saved work and the link applied:
// also the 'loopscope-started' event), lessons (every lesson is in, or its download failed:
// 'loopscope-lessons'), python (the standard modules are in: 'loopscope-python', after the
// lessons), notices (messages shown), linkToHere() -> Promise<url>.
//
// This file also keeps the browser's own keys away from the playground's shortcuts and brings
// pasted text in (the clipboard reaches a page only through a `paste` event).
(function () {
  'use strict';
  const shell = (window.loopscopeShell = window.loopscopeShell || {});
  const api = (window.loopscope = window.loopscope || {});
  api.ready = false;
  api.started = false;
  api.frames = 0;

  // The app sleeps when idle (web/app/frame_pacing.h): a call that may change what it shows
  // has it draw a few frames.
  const READS = new Set(['loopscope_get_state', 'loopscope_save_json', 'loopscope_link_state',
                         'loopscope_check_save', 'loopscope_request_frames',
                         'loopscope_lesson_state']);
  // A string goes to the app through the heap: ccall copies a 'string' argument onto the C
  // stack (up to 4 bytes a character), and python.json (over 1 MB) or a long pasted program
  // overflowed the 5 MB stack into the memory below it ("memory access out of bounds").
  const encoder = new TextEncoder();
  const ccallOnHeap = (name, ret, types, args) => {
    const M = window.Module;
    const owned = [];
    const kinds = types.slice();
    const values = args.slice();
    try {
      types.forEach((type, i) => {
        if (type !== 'string' || typeof args[i] !== 'string' || !M._malloc) return;
        const bytes = encoder.encode(args[i]);
        const ptr = M._malloc(bytes.length + 1);
        owned.push(ptr);
        M.HEAPU8.set(bytes, ptr); // (HEAPU8 read after malloc, which may grow the memory)
        M.HEAPU8[ptr + bytes.length] = 0;
        kinds[i] = 'number';
        values[i] = ptr;
      });
      return M.ccall(name, ret, kinds, values);
    } finally {
      owned.forEach((ptr) => M._free(ptr));
    }
  };
  shell.ccall = ccallOnHeap;
  const call = (name, ret, types, args) => {
    const result = ccallOnHeap(name, ret, types, args);
    if (!READS.has(name) && window.Module._loopscope_request_frames) {
      window.Module._loopscope_request_frames(6);
    }
    return result;
  };
  shell.call = call;
  shell.has = (name) => !!(window.Module && window.Module['_' + name]);

  api.setCode = (code) => call('loopscope_set_code', 'number', ['string'], [String(code)]) === 1;
  api.run = (options) => call('loopscope_run', null, ['number'], [options && options.instant ? 1 : 0]);
  api.step = (options) => call('loopscope_step', null, ['number'], [options && options.line ? 1 : 0]);
  api.stepBack = (options) =>
    call('loopscope_step_back', null, ['number'], [options && options.line ? 1 : 0]);
  api.pause = () => call('loopscope_pause', null, [], []);
  api.reset = () => call('loopscope_reset', null, [], []);
  api.seek = (event) => call('loopscope_seek', null, ['number'], [event]);
  api.getState = () => {
    const s = JSON.parse(call('loopscope_get_state', 'string', [], []));
    s.step = s.cursor;
    return s;
  };
  // The app sleeps when idle (web/app/frame_pacing.h): draw the next n frames anyway.
  api.requestFrames = (n) => call('loopscope_request_frames', null, ['number'], [n || 1]);
  // Screen rectangle {x, y, w, h} (CSS px) of a named widget ("button:Run", "panel:timeline",
  // "scrubber", ...); null when it is not on screen. Names: Object.keys(loopscope.targets).
  api.rect = (name) => (api.targets || {})[name] || null;
  // true when the lesson exists; one whose text is still downloading opens once it arrives
  // (getState().lessonPending names it meanwhile).
  api.loadLesson = (id) => {
    if (!shell.has('loopscope_load_lesson')) return false;
    return call('loopscope_load_lesson', 'number', ['string'], [String(id)]) === 1;
  };

  // Actions the app asks the page for (web/app/page_bridge.h): filled in by store.js,
  // share.js and embed.js.
  shell.actions = shell.actions || {};
  api._action = (name) => {
    const run = shell.actions[name];
    if (run) {
      Promise.resolve().then(run).catch((e) => shell.notify(String(e && e.message || e), { kind: 'error' }));
    } else {
      console.warn('loopscope: no page action ' + name);
    }
  };
  // Events from the app (steps, finished runs, answered checks): embed.js listens.
  shell.listeners = [];
  api._emit = (type, data) => {
    for (const listen of shell.listeners) listen(type, data);
  };

  // Keys the playground uses must not reach the browser (F5 reloads, F11 goes full screen,
  // Ctrl +/- zooms the page: here they run the program and zoom the UI).
  const ours = new Set(['F5', 'F6', 'F10', 'F11']);
  shell.installKeys = function (view) {
    // SDL cancels mousedown, which would keep the canvas from taking the keyboard focus: give
    // it explicitly so shortcuts work after a click.
    view.addEventListener('pointerdown', () => view.focus());
    view.addEventListener('keydown', (event) => {
      if (ours.has(event.key) ||
          ((event.ctrlKey || event.metaKey) && ['=', '+', '-', '0'].includes(event.key))) {
        event.preventDefault();
      }
    });

    // Paste (web/app/clipboard.h). The browser hands pasted text only to a `paste` event, and
    // fires it only when the Ctrl+V key press is not cancelled, but SDL cancels every key
    // press made with Ctrl. So the press is held back from SDL until the `paste` event has
    // given the app the text, then passed on to it, and the editor pastes what the page pasted.
    // The release of that key is held back too while the press is: SDL must see the press
    // before the release, or the key stays down and ImGui repeats the paste.
    let heldPaste = null;
    let heldRelease = null;
    const passOnPaste = () => {
      if (!heldPaste) return;
      const init = heldPaste;
      heldPaste = null;
      view.dispatchEvent(new KeyboardEvent('keydown', init));
      if (heldRelease) {
        view.dispatchEvent(new KeyboardEvent('keyup', heldRelease));
        heldRelease = null;
      }
    };
    const keyInit = (event) => ({ key: event.key, code: event.code, ctrlKey: event.ctrlKey,
                                  metaKey: event.metaKey, shiftKey: event.shiftKey,
                                  altKey: event.altKey, bubbles: true, cancelable: true });
    window.addEventListener('keydown', (event) => {
      const paste = ((event.ctrlKey || event.metaKey) && event.code === 'KeyV') ||
        (event.shiftKey && event.key === 'Insert');
      if (!paste || event.target !== view || !event.isTrusted) return;
      event.stopImmediatePropagation();
      heldPaste = keyInit(event);
      setTimeout(passOnPaste, 100); // no paste event (nothing to paste): the key still arrives
    }, true);
    window.addEventListener('keyup', (event) => {
      if (!heldPaste || event.target !== view || !event.isTrusted ||
          event.code !== heldPaste.code) return;
      event.stopImmediatePropagation();
      heldRelease = keyInit(event);
    }, true);
    document.addEventListener('paste', (event) => {
      const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      if (text && shell.has('loopscope_clipboard_paste')) {
        call('loopscope_clipboard_paste', null, ['string'], [text]);
        event.preventDefault();
      }
      passOnPaste();
    });
  };

  // Resolves after the next `n` drawn frames (or at once when nothing is drawing).
  shell.frames = function (n = 1) {
    return new Promise((resolve) => {
      let left = n;
      const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
  };
})();
