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
