// Starts the playground. The page is one of three things:
//   - the site (index.html served over http): loads loopscope_app.wasm with progress, restores
//     the learner's saved work, opens a share link, and installs the service worker (sw.js) so
//     the site works offline after this visit;
//   - an embed (?embed=1 in an iframe, embed.js): the panels the host asked for, driven by
//     postMessage, nothing saved;
//   - the offline copy (loopscope-offline.html, one file with everything inlined), which works
//     when opened from disk.
// index.html opened from disk (file://) cannot load its wasm: it says what to do instead.
// Once the app has drawn its first frame (window.loopscope.ready, event 'loopscope-ready') this
// file hands it the lessons, the saved work and the link, then hides the loading screen and sets
// window.loopscope.started (event 'loopscope-started'). Only then does it fetch python.json,
// the standard modules' Python, which is not part of the first load: a run started before it
// arrives waits for it (shell.pythonReady; window.loopscope.python is true once it is in).
(function () {
  'use strict';
  const shell = window.loopscopeShell;
  const api = window.loopscope;
  const meta = (name) => {
    const m = document.querySelector(`meta[name="${name}"]`);
    return m ? m.content : '';
  };
  const build = meta('loopscope-build') || 'dev';
  const bundle = document.getElementById('loopscope-wasm'); // only in the offline copy
  const { params, problems: linkProblems } = shell.readParams();
  const embedded = params.embed !== undefined && params.embed !== '0' && !bundle;
  api.build = build;
  api.mode = bundle ? 'offline' : embedded ? 'embed' : 'site';
  const reload = [{ label: 'Reload', run: () => location.reload() }];
  // The page's own colours (loading screen, messages) follow the app's theme: the saved one,
  // the embed's, or the system's.
  document.documentElement.dataset.theme = (embedded && /^(dark|light)$/.test(params.theme || '')
    ? params.theme : shell.store.peekTheme()) || (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');

  if (location.protocol === 'file:' && !bundle) {
    api.error = 'file-protocol';
    shell.problem('Open Loopscope through a web server',
      'This page was opened from disk (file://), and browsers do not let a page opened that ' +
      'way load its WebAssembly program. Serve the folder instead: run "python3 -m http.server" ' +
      'in this folder (or "./dev serve" in the repository) and open the address it prints. ' +
      'To use Loopscope from disk, open loopscope-offline.html, the one-file copy, instead.',
      [{ label: 'Open the offline copy', href: 'loopscope-offline.html' }]);
    return;
  }

  if (!document.createElement('canvas').getContext('webgl2')) {
    api.error = 'webgl2-missing';
    shell.problem('WebGL 2 is not available',
      'Loopscope draws its interface with WebGL 2. Please use a current version of Chrome, ' +
      'Firefox, Safari or Edge, and check that hardware acceleration is not turned off.');
    return;
  }

  const canvas = document.getElementById('canvas');
  shell.installKeys(canvas);
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    shell.problem('The graphics context was lost',
      'Reload the page to restart the playground (your work is saved).', reload);
  });

  // The app's files carry the build id, so a browser cache never mixes two builds.
  const versioned = (url) => (build !== 'dev' ? `${url}?v=${build}` : url);

  // The lessons: inline in the offline copy, else the bundle tools/lessons_bundle.py makes.
  const inlineLessons = document.getElementById('loopscope-lessons');
  const lessonsLink = document.querySelector('link[rel="loopscope-lessons"]');
  const lessonsText = inlineLessons ? Promise.resolve(inlineLessons.textContent)
    : lessonsLink ? fetch(versioned(lessonsLink.getAttribute('href'))).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    }) : Promise.resolve(null);
  lessonsText.catch(() => {}); // reported once the app runs

  const source = bundle
    ? { bundle, bytes: Number(bundle.dataset.bytes) || 0,
        glue: document.getElementById('loopscope-app-js') }
    : { url: versioned('loopscope_app.wasm'), bytes: Number(meta('loopscope-wasm-bytes')) || 0,
        cacheName: 'loopscope-' + build, glueUrl: versioned('loopscope_app.js') };
  let embedProblems = [];

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: () => {}, // the loading screen shows our own progress (loader.js)
    instantiateWasm: shell.instantiateWasm(source),
    // Before main(): an embed's screen is set up before its first frame.
    onRuntimeInitialized: () => {
      if (embedded) embedProblems = shell.embed.configure(params);
    },
    onAbort: (what) => {
      api.error = String(what);
      shell.problem('Loopscope stopped', 'The playground hit an internal error: ' + what +
        (shell.store && shell.store.enabled ? '. Your work up to the last second is saved; ' +
          'reload the page to continue.' : '. Reload the page to start again.'), reload);
    },
  };

  // The standard modules' Python (python.json, inline in the offline copy), handed to the app.
  // A failed download is said once; the app is then told there is nothing more to wait for,
  // and an import of a missing module says it is missing.
  let pythonStarted = null;
  function loadPython() {
    if (pythonStarted) return pythonStarted;
    const inline = document.getElementById('loopscope-python');
    const link = document.querySelector('link[rel="loopscope-python"]');
    const text = inline ? Promise.resolve(inline.textContent)
      : link ? fetch(versioned(link.getAttribute('href'))).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.text();
      }) : Promise.resolve('{}');
    pythonStarted = text.catch((e) => {
      shell.notify(`Python's standard modules could not be downloaded (${e.message}): programs ` +
                   'that import them stop with an ImportError. Reload to try again.', { kind: 'error' });
      return '{}';
    }).then((json) => {
      const n = shell.call('loopscope_add_python', 'number', ['string'], [json]);
      if (n < 0) shell.notify('python.json could not be read: the site is damaged.', { kind: 'error' });
      api.python = true;
      window.dispatchEvent(new Event('loopscope-python'));
    });
    return pythonStarted;
  }
  shell.pythonReady = () => loadPython();

  function hideLoading() {
    const loading = document.getElementById('loading');
    loading.classList.add('hidden');
    setTimeout(() => { loading.hidden = true; }, 200); // after the fade
  }

  async function start() {
    try {
      let text = null;
      try {
        text = await lessonsText;
      } catch (e) {
        shell.notify(`The lessons could not be loaded (${e.message}). The playground works ` +
                     'without them: reload to try again.', { kind: 'error' });
      }
      if (text) {
        api.lessonCount = shell.call('loopscope_set_lessons', 'number', ['string'], [text]);
        if (!api.lessonCount) {
          shell.notify('The lessons file could not be read: the site is damaged.', { kind: 'error' });
        }
      }
      if (embedded) {
        shell.call('loopscope_restore_json', 'string', ['string', 'number'],
                   ['', matchMedia('(prefers-color-scheme: light)').matches ? 0 : 1]);
      } else {
        shell.store.restore();
      }
      for (const p of linkProblems.concat(embedProblems)) shell.notify(p, { kind: 'warn', timeout: 0 });
      const hasLink = ['lesson', 'code', 'program', 'step'].some((k) => params[k] !== undefined);
      if (embedded && params.lesson === undefined) {
        // An embed shows the host's program, not a lesson: it starts outside the lessons.
        shell.call('loopscope_open_program', 'number', ['string'], [api.getState().source]);
      }
      if (hasLink) await shell.openLink(params, { keepOwn: !embedded });
      if (embedded) {
        if (params.theme === 'light' || params.theme === 'dark') {
          shell.call('loopscope_set_theme', null, ['number'], [params.theme === 'dark' ? 1 : 0]);
        }
        shell.followTheme();
        shell.embed.start();
      } else {
        // The link is applied and the work saved from now on: a reload restores the work,
        // not the link again.
        if (hasLink && history.replaceState) history.replaceState(null, '', location.pathname);
        shell.store.start();
        if (api.mode === 'site') registerServiceWorker();
        // A link pasted into the address bar of this open page changes only the fragment:
        // the page does not reload, so the link is opened here.
        window.addEventListener('hashchange', () => {
          const link = shell.readParams();
          if (!['lesson', 'code', 'program', 'step'].some((k) => link.params[k] !== undefined) &&
              !link.problems.length) return;
          for (const p of link.problems) shell.notify(p, { kind: 'warn', timeout: 0 });
          shell.openLink(link.params, { keepOwn: true }).finally(() => {
            history.replaceState(null, '', location.pathname);
            window.dispatchEvent(new Event('loopscope-link-opened'));
          });
        });
      }
    } catch (e) {
      console.error(e);
      shell.notify('Loopscope did not start completely: ' + (e && e.message || e), { kind: 'error' });
    } finally {
      hideLoading();
      api.startedAt = performance.now(); // ms since navigation started (tools/site/load_time.mjs)
      api.started = true;
      window.dispatchEvent(new Event('loopscope-started'));
      loadPython();
    }
  }

  // The service worker keeps the site for offline use (sw.js). Problems here only mean no
  // offline copy: the page works on.
  async function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    // Once the wasm the page downloaded is in the cache, so the worker does not fetch it again.
    await Promise.race([shell.wasmCached, new Promise((ok) => setTimeout(ok, 15000))]);
    navigator.serviceWorker.register('sw.js').then(
      () => navigator.serviceWorker.ready.then(() => { api.offline = true; }),
      (e) => console.warn('loopscope: no offline support: ' + e.message));
  }

  shell.actions['offline-copy'] = () => {
    if (api.mode === 'offline') {
      shell.notify('This is the offline copy already. Keep this file (save it from the browser ' +
                   'with Ctrl+S) and open it from disk whenever you like.');
      return;
    }
    const a = document.createElement('a');
    a.href = 'loopscope-offline.html';
    a.download = 'loopscope-offline.html';
    document.body.appendChild(a);
    a.click();
    a.remove();
    shell.notify('Downloading loopscope-offline.html: the whole playground with every lesson in ' +
                 'one file. Open it from disk, no network needed. Your progress stays in this ' +
                 'browser: use Export progress and Import progress to carry it over.', { timeout: 12000 });
  };

  window.addEventListener('loopscope-ready', () => { start(); }, { once: true });
  shell.progress(0, 'Loading the playground…');
  shell.loadGlue(source);
})();
