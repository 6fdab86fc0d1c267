// Starts the playground. The page is one of three things:
//   - the site (index.html served over http): loads loopscope_app.wasm with progress, restores
//     the learner's saved work, opens a share link, and installs the service worker (sw.js) so
//     the site works offline after this visit;
//   - an embed (?embed=1 in an iframe, embed.js): the panels the host asked for, driven by
//     postMessage, nothing saved;
//   - the offline copy (loopscope-offline.html, one file with everything inlined), which works
//     when opened from disk.
// index.html opened from disk (file://) cannot load its wasm: it says what to do instead.
// The lessons come in two parts. The site's page carries the course map inline (every
// lesson's id, title and checks: what the course map and the progress need), and its first
// load fetches only the lesson the page opens on (lessons/NN-id.json: the one a link or an
// embed names, else the one the saved work was in, else the first), alongside the wasm.
// Once the app has drawn its first frame (window.loopscope.ready, event 'loopscope-ready') this
// file hands it the map and that lesson, the saved work and the link, then hides the loading
// screen and sets window.loopscope.started (event 'loopscope-started'). Only then does it fetch
// the rest, which is not part of the first load: lessons.json (every lesson: a lesson opened
// before it arrives waits for it and says so; shell.lessonReady(id); window.loopscope.lessons
// is true once the download has ended, 'loopscope-lessons') and python.json, the standard
// modules' Python (a run started before it arrives waits for it: shell.pythonReady;
// window.loopscope.python is true once it is in, 'loopscope-python'). Both downloads run at
// once; python.json is handed to the app after the lessons, so a page (or test) that waits for
// window.loopscope.python has every lesson too. The offline copy has every lesson inline.
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

  const fetchText = (href) => fetch(versioned(href)).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.text();
  });

  // The lessons: all of them inline in the offline copy; on the site the course map inline
  // and one lesson now (the one the page opens on), every lesson once the page is interactive
  // (lessons.json, the bundle tools/lessons_bundle.py makes). Without a map (a page not built
  // by tools/site/build_site.py) the whole bundle is the first load.
  const inlineLessons = document.getElementById('loopscope-lessons');
  const lessonsLink = document.querySelector('link[rel="loopscope-lessons"]');
  const mapTag = inlineLessons ? null : document.getElementById('loopscope-lesson-map');
  let lessonMap = null;
  try {
    lessonMap = mapTag ? JSON.parse(mapTag.textContent) : null;
    if (!lessonMap || !Array.isArray(lessonMap.lessons) || !lessonMap.lessons.length) lessonMap = null;
  } catch {
    lessonMap = null; // the page is damaged: the whole bundle is fetched instead
  }
  // The lesson the page opens on: a link's or an embed's, else the saved one, else the first.
  const opening = (() => {
    if (!lessonMap) return null;
    const find = (name) => name && lessonMap.lessons.find((l) => l.id === name || l.dir === name);
    return find(params.lesson) || (!embedded && find(shell.store.peekLesson())) ||
      lessonMap.lessons[0];
  })();
  const lessonsText = inlineLessons ? Promise.resolve(inlineLessons.textContent)
    : opening ? fetchText(`lessons/${encodeURIComponent(opening.dir)}.json`)
      : lessonsLink ? fetchText(lessonsLink.getAttribute('href')) : Promise.resolve(null);
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

  // Every lesson (lessons.json), after the first load: the lessons not in yet are filled in,
  // and a lesson opened before it arrived opens now. A failed download is said once, and a
  // lesson that waits for it says so too (loopscope_lessons_failed).
  let lessonsStarted = null;
  function loadLessons() {
    if (lessonsStarted) return lessonsStarted;
    const rest = !lessonMap || !lessonsLink ? Promise.resolve(null)
      : fetchText(lessonsLink.getAttribute('href')).then((text) => {
        if (shell.call('loopscope_add_lessons', 'number', ['string'], [text]) < 0) {
          throw new Error('the file is damaged');
        }
      });
    lessonsStarted = rest.catch((e) => {
      shell.call('loopscope_lessons_failed', null, ['string'], [e.message]);
      shell.notify(`The other lessons could not be downloaded (${e.message}): the lesson open ` +
                   'now works, the others do not. Reload to try again.', { kind: 'error' });
    }).then(() => {
      api.lessons = true;
      window.dispatchEvent(new Event('loopscope-lessons'));
    });
    return lessonsStarted;
  }
  // Resolves once the lesson (id or folder name) is here in full, true, or will not come,
  // false (no such lesson, the download failed).
  shell.lessonReady = async (id) => {
    const state = () => shell.call('loopscope_lesson_state', 'number', ['string'], [String(id)]);
    if (state() === 0) await loadLessons();
    return state() === 1;
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
    }).then((json) => loadLessons().then(() => json)).then((json) => {
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
      if (lessonMap) {
        // The map first (every lesson on it, none here yet), then the lesson the page opens on.
        api.lessonCount = Math.max(0, shell.call('loopscope_set_lesson_map', 'number', ['string'],
                                                 [mapTag.textContent]));
        if (!api.lessonCount) {
          shell.notify('The course map could not be read: the site is damaged.', { kind: 'error' });
        } else {
          if (text && shell.call('loopscope_add_lessons', 'number', ['string'], [text]) < 0) {
            shell.notify('The lesson file could not be read: the site is damaged.', { kind: 'error' });
          }
          // Opened even when its download failed: it then waits for the whole bundle.
          api.loadLesson(opening.id);
        }
      } else if (text) {
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
      loadLessons();
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
