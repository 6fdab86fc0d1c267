// Loads the app: loopscope_app.wasm with a real progress bar (bytes received of the size the
// site builder wrote into the page), then loopscope_app.js (Emscripten's glue), which gets the
// compiled module through Module.instantiateWasm. Every failure becomes a message that says
// what failed (shell.problem): the network, an HTTP status, a browser without WebAssembly.
//
// Two sources of the wasm:
//   - the site: fetched from the server (streamed into the compiler as it arrives); a copy goes
//     into the offline cache the service worker serves from (sw.js), so it is not fetched twice
//   - the offline bundle (one .html, tools/site/build_site.py): gzip'd and base64'd in
//     <script type="application/octet-stream" id="loopscope-wasm">, unpacked here
(function () {
  'use strict';
  const shell = (window.loopscopeShell = window.loopscopeShell || {});

  const bar = () => document.getElementById('loading-bar');

  // Shows progress on the loading screen: `fraction` 0..1, or null for "working on it".
  function progress(fraction, text) {
    const b = bar();
    if (text) document.getElementById('loading-detail').textContent = text;
    if (!b) return;
    if (fraction === null) {
      b.classList.add('indeterminate');
      b.removeAttribute('aria-valuenow');
      return;
    }
    b.classList.remove('indeterminate');
    const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
    b.firstElementChild.style.width = pct + '%';
    b.setAttribute('aria-valuenow', String(pct));
  }
  shell.progress = progress;

  const mb = (n) => (n / 1048576).toFixed(n < 1048576 ? 2 : 1) + ' MB';

  // A failure while loading, with the words the learner sees.
  class LoadError extends Error {
    constructor(title, text) {
      super(text);
      this.title = title;
    }
  }
  shell.LoadError = LoadError;

  function reloadAction() {
    return [{ label: 'Reload', run: () => location.reload() }];
  }

  // Reads a byte stream, reporting bytes as they arrive; resolves to one Uint8Array.
  async function readAll(stream, total, what) {
    const reader = stream.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      report(received, total, what);
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  }

  function report(received, total, what) {
    shell.loadedBytes = received;
    if (total > 0) {
      progress(received / total, `${what}: ${mb(received)} of ${mb(total)}`);
    } else {
      progress(null, `${what}: ${mb(received)}`);
    }
  }

  // A stream that passes `body` on and counts its bytes (for streaming compilation).
  function counted(body, total, what) {
    const reader = body.getReader();
    let received = 0;
    return new ReadableStream({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            return;
          }
          received += value.length;
          report(received, total, what);
          controller.enqueue(value);
        } catch (e) {
          controller.error(e);
        }
      },
      cancel(reason) { reader.cancel(reason); },
    });
  }

  async function fetchWasm(url, total, cacheName) {
    let response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch (e) {
      throw new LoadError('Loopscope could not be downloaded',
        'The network request for loopscope_app.wasm failed before any data arrived (' +
        (e && e.message ? e.message : e) + '). Check the connection and reload the page.');
    }
    if (!response.ok) {
      throw new LoadError('Loopscope could not be downloaded',
        `The server answered HTTP ${response.status} for loopscope_app.wasm. The site is ` +
        'incomplete: every file of build/web/site must be deployed together.');
    }
    // A copy for the offline cache (sw.js serves the site from it once installed).
    if (cacheName && window.caches) {
      const copy = response.clone();
      shell.wasmCached = caches.open(cacheName).then((c) => c.put(url, copy)).catch(() => {});
    }
    return response;
  }

  // Compiles and instantiates the wasm, from the site or the bundle; resolves to
  // {instance, module}. Failures reject with a LoadError.
  async function instantiate(source, imports) {
    const what = 'Downloading the playground';
    try {
      if (source.bundle) {
        progress(0, 'Unpacking the playground');
        const packed = Uint8Array.from(atob(source.bundle.textContent.trim()), (c) => c.charCodeAt(0));
        if (!window.DecompressionStream) {
          throw new LoadError('This browser is too old for the offline copy',
            'The offline copy unpacks itself with DecompressionStream, which this browser ' +
            'lacks. Use a current Chrome, Edge, Firefox or Safari.');
        }
        const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
        const bytes = await readAll(stream, source.bytes, 'Unpacking the playground');
        progress(null, 'Starting…');
        return await WebAssembly.instantiate(bytes, imports);
      }
      const response = await fetchWasm(source.url, source.bytes, source.cacheName);
      const type = response.headers.get('Content-Type') || '';
      if (WebAssembly.instantiateStreaming && type.split(';')[0].trim() === 'application/wasm') {
        const streamed = new Response(counted(response.body, source.bytes, what),
                                      { headers: { 'Content-Type': 'application/wasm' } });
        const result = await WebAssembly.instantiateStreaming(streamed, imports);
        progress(null, 'Starting…');
        return result;
      }
      // Served with another MIME type (see DEPLOY.md): still works, compiled after download.
      console.warn(`loopscope_app.wasm was served as "${type}", not application/wasm: ` +
                   'it cannot be compiled while it downloads');
      const bytes = await readAll(response.body, source.bytes, what);
      progress(null, 'Starting…');
      return await WebAssembly.instantiate(bytes, imports);
    } catch (e) {
      if (e instanceof LoadError) throw e;
      const got = shell.loadedBytes || 0;
      if (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) {
        if (source.bytes && got < source.bytes) {
          throw new LoadError('Loopscope arrived incomplete',
            `Only ${mb(got)} of ${mb(source.bytes)} of loopscope_app.wasm arrived, so it cannot ` +
            'start. Reload the page to download it again. (The browser said: ' + e.message + ')');
        }
        throw new LoadError('Loopscope could not start in this browser',
          'The browser could not compile the playground (' + e.message + '). Loopscope needs a ' +
          'browser with WebAssembly: a current Chrome, Edge, Firefox or Safari. If this one is, ' +
          'the site may be damaged: reload to download it again.');
      }
      throw new LoadError('Loopscope could not be downloaded',
        `The download of loopscope_app.wasm broke off after ${mb(got)}` +
        (source.bytes ? ` of ${mb(source.bytes)}` : '') + ' (' + (e && e.message ? e.message : e) +
        '). Check the connection and reload the page.');
    }
  }

  // Hands Emscripten our instantiation (Module.instantiateWasm, see Emscripten's preamble):
  // it calls back with (imports, receiveInstance) and waits.
  shell.instantiateWasm = function (source) {
    return function (imports, receiveInstance) {
      instantiate(source, imports).then(
        (result) => receiveInstance(result.instance, result.module),
        (e) => shell.problem(e.title || 'Loopscope could not start', e.message, reloadAction()));
      return {}; // the exports arrive later, through receiveInstance
    };
  };

  // Runs Emscripten's glue: from the site (a <script src>) or the bundle (its text inline).
  shell.loadGlue = function (source) {
    const script = document.createElement('script');
    if (source.glue) {
      script.textContent = source.glue.textContent;
      document.body.appendChild(script);
      return;
    }
    script.src = source.glueUrl;
    script.async = true;
    script.onerror = () => shell.problem('Loopscope could not be downloaded',
      'loopscope_app.js could not be loaded from the server. The site is incomplete (every ' +
      'file of build/web/site must be deployed together), or the network failed.', reloadAction());
    document.body.appendChild(script);
  };
})();
