// Starts the playground: checks for WebGL2, shows progress, loads loopscope_app.js (Emscripten
// output) and hides the loading overlay once the app has drawn its first frame (it then sets
// window.loopscope.ready and fires 'loopscope-ready'). Problems are shown, not just logged.
(function () {
  'use strict';

  const loading = document.getElementById('loading');
  const detail = document.getElementById('loading-detail');
  const problem = document.getElementById('problem');

  function showProblem(title, text) {
    document.getElementById('problem-title').textContent = title;
    document.getElementById('problem-detail').textContent = text;
    loading.classList.add('hidden');
    problem.classList.remove('hidden');
  }

  // window.loopscope is the page's contract with tests and tools; the app fills it in.
  window.loopscope = { ready: false, frames: 0 };

  const probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    window.loopscope.error = 'webgl2-missing';
    showProblem('WebGL 2 is not available',
      'Loopscope draws its interface with WebGL 2. Please use a current version of Chrome, ' +
      'Firefox, Safari or Edge, and check that hardware acceleration is not turned off.');
    return;
  }

  window.addEventListener('loopscope-ready', () => loading.classList.add('hidden'));

  // The automation API (web/app/automation.h): the same commands as the buttons and keys.
  const api = window.loopscope;
  const call = (name, ret, types, args) => window.Module.ccall(name, ret, types, args);
  api.setCode = (code) => call('loopscope_set_code', 'number', ['string'], [String(code)]) === 1;
  api.run = (options) => call('loopscope_run', null, ['number'], [options && options.instant ? 1 : 0]);
  api.step = (options) => call('loopscope_step', null, ['number'], [options && options.line ? 1 : 0]);
  api.stepBack = (options) =>
    call('loopscope_step_back', null, ['number'], [options && options.line ? 1 : 0]);
  api.pause = () => call('loopscope_pause', null, [], []);
  api.reset = () => call('loopscope_reset', null, [], []);
  api.seek = (event) => call('loopscope_seek', null, ['number'], [event]);
  api.getState = () => JSON.parse(call('loopscope_get_state', 'string', [], []));
  // Screen rectangle {x, y, w, h} (CSS px) of a named widget ("button:Run", "panel:timeline",
  // "scrubber", ...); null when it is not on screen. Names: Object.keys(loopscope.targets).
  api.rect = (name) => (api.targets || {})[name] || null;
  api.loadLesson = (id) => {
    if (!window.Module._loopscope_load_lesson) return false;
    return call('loopscope_load_lesson', 'number', ['string'], [String(id)]) === 1;
  };

  // Lessons: the bundle tools/lessons_bundle.py makes, when the page names one with
  // <link rel="loopscope-lessons" href="lessons.json">; handed to the app once it runs.
  const bundle = document.querySelector('link[rel="loopscope-lessons"]');
  if (bundle) {
    const lessonsText = fetch(bundle.href).then((r) => (r.ok ? r.text() : null)).catch(() => null);
    window.addEventListener('loopscope-ready', () => {
      lessonsText.then((text) => {
        if (text) api.lessonCount = call('loopscope_set_lessons', 'number', ['string'], [text]);
      });
    });
  }

  // Keys the playground uses must not reach the browser (F5 reloads, F11 goes full screen,
  // Ctrl +/- zooms the page: here they run the program and zoom the UI).
  const ours = new Set(['F5', 'F6', 'F10', 'F11']);
  // SDL cancels mousedown, which would keep the canvas from taking the keyboard focus: give it
  // explicitly so shortcuts work after a click.
  const view = document.getElementById('canvas');
  view.addEventListener('pointerdown', () => view.focus());
  view.addEventListener('keydown', (event) => {
    if (ours.has(event.key) ||
        ((event.ctrlKey || event.metaKey) && ['=', '+', '-', '0'].includes(event.key))) {
      event.preventDefault();
    }
  });

  // Paste (web/app/clipboard.h). The browser hands pasted text only to a `paste` event, and
  // fires it only when the Ctrl+V key press is not cancelled, but SDL cancels every key press
  // made with Ctrl. So the press is held back from SDL until the `paste` event has given the
  // app the text, then passed on to it, and the editor pastes what the page pasted.
  // The release of that key is held back too while the press is: SDL must see the press before
  // the release, or the key stays down and ImGui repeats the paste.
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
    if (text && window.Module && window.Module._loopscope_clipboard_paste) {
      call('loopscope_clipboard_paste', null, ['string'], [text]);
      event.preventDefault();
    }
    passOnPaste();
  });

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    showProblem('The graphics context was lost', 'Reload the page to restart the playground.');
  });

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    // Called by Emscripten while it downloads and compiles; the text is empty once running.
    setStatus: (text) => {
      if (text) detail.textContent = text.replace(/\.\.\..*$/, '…');
    },
    onAbort: (what) => {
      window.loopscope.error = String(what);
      showProblem('Loopscope stopped', 'The playground hit an internal error: ' + what);
    },
  };

  detail.textContent = 'Loading the playground…';
  const script = document.createElement('script');
  script.src = 'loopscope_app.js';
  script.async = true;
  script.onerror = () => showProblem('Loopscope could not be loaded',
    'loopscope_app.js is missing. Build it with ./dev build web (or run ./dev serve).');
  document.body.appendChild(script);
})();
