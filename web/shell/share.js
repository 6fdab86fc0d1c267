// Share links: "Copy link" puts the open lesson, the program (when the learner changed it,
// compressed) and the step they are at into the URL's fragment; opening such a link restores
// exactly that view. Written by share.js, read by share.js:
//
//   index.html#lesson=timeouts&code=<deflate-raw, base64url>&step=42
//   index.html?lesson=timeouts                 plain parameters work too (query or fragment);
//   index.html?program=print(1)&step=3         `program` is the program as plain text
//
// Every value is checked before use: a damaged, oversized or hostile link opens what it can,
// says what it could not (a notice), and never breaks the page. Parameters of the embed mode
// (embed, panels, check, origins) are read here too and handed to embed.js.
(function () {
  'use strict';
  const shell = (window.loopscopeShell = window.loopscopeShell || {});

  const LIMITS = {
    link: 200000,       // characters of query + fragment together
    code: 100000,       // characters of the compressed program
    program: 262144,    // bytes of the program, unpacked or plain
    step: 10000000,     // the largest step a link may name
  };
  shell.linkLimits = LIMITS;
  const LESSON_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
  const KNOWN = ['lesson', 'code', 'program', 'step', 'embed', 'panels', 'check', 'origins', 'theme'];

  // The link's parameters: {params: {name: value}, problems: [text]}; the fragment wins over
  // the query. Unknown names are ignored (a newer Loopscope may add some).
  function readParams(loc = window.location) {
    const params = {};
    const problems = [];
    const query = loc.search.replace(/^\?/, '');
    const hash = loc.hash.replace(/^#/, '');
    if (query.length + hash.length > LIMITS.link) {
      problems.push(`This link is ${query.length + hash.length} characters long, far more than a ` +
                    'Loopscope link can be: it was ignored.');
      return { params, problems };
    }
    for (const part of [query, hash]) {
      let parsed;
      try {
        parsed = new URLSearchParams(part);
      } catch {
        continue;
      }
      for (const [key, value] of parsed) {
        if (KNOWN.includes(key)) params[key] = value;
      }
    }
    return { params, problems };
  }
  shell.readParams = readParams;

  function toBase64Url(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  }

  async function pipe(bytes, transform, limit) {
    const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (limit && size > limit) {
        reader.cancel();
        throw new Error(`it unpacks to more than ${Math.round(limit / 1024)} KB`);
      }
      chunks.push(value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.length; }
    return out;
  }

  const canCompress = () => typeof CompressionStream === 'function' &&
    typeof DecompressionStream === 'function';

  // The program as a `code` value.
  async function encodeProgram(text) {
    const bytes = new TextEncoder().encode(text);
    return toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
  }

  // A `code` value back to the program; throws an Error saying what is wrong with it.
  async function decodeProgram(value) {
    if (value.length > LIMITS.code) throw new Error(`it is ${value.length} characters long`);
    if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error('it holds characters a Loopscope link never has');
    if (!canCompress()) throw new Error('this browser cannot unpack it (no DecompressionStream)');
    let packed;
    try {
      packed = fromBase64Url(value);
    } catch {
      throw new Error('it is not valid base64');
    }
    let bytes;
    try {
      bytes = await pipe(packed, new DecompressionStream('deflate-raw'), LIMITS.program);
    } catch (e) {
      throw new Error(/unpacks to more/.test(e.message) ? e.message : 'it is damaged (cut short or altered)');
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error('it is not text');
    }
  }
  shell.encodeProgram = encodeProgram;
  shell.decodeProgram = decodeProgram;

  // Runs the program as far as `step` and shows it: {ok} or {ok: false, message}.
  async function goToStep(step) {
    if (shell.pythonReady) await shell.pythonReady(); // the program may import a standard module
    const deadline = performance.now() + 5000;
    for (;;) {
      const r = JSON.parse(shell.call('loopscope_record_until', 'string', ['number', 'number'], [step, 25]));
      if (r.error) {
        return { ok: false, message: `The program does not compile (${r.error}), so step ${step} cannot be shown.` };
      }
      if (r.reached) return { ok: true };
      if (r.finished) {
        return { ok: false, message: `The program ends after ${r.recorded} steps, before the ` +
                                     `link's step ${step}: it shows the last step.` };
      }
      if (performance.now() > deadline) {
        window.loopscope.pause();
        return { ok: false, message: `Step ${step} was not reached within 5 seconds (the program ` +
                                     (r.blocked ? 'blocks the event loop' : 'runs a long time') +
                                     `): it shows step ${r.step}.` };
      }
      await shell.frames(1);
    }
  }
  shell.goToStep = goToStep;

  // Opens what the link names. Returns the problems found (already shown as notices).
  async function openLink(params, options = {}) {
    const api = window.loopscope;
    const problems = [];
    const say = (text) => {
      problems.push(text);
      shell.notify(text, { kind: 'warn', timeout: 0 });
    };
    let lessonOpened = false;
    if (params.lesson !== undefined) {
      if (!LESSON_ID.test(params.lesson)) {
        say('This link names a lesson with an impossible name, so it opens the first lesson.');
      } else if (!api.loadLesson(params.lesson)) {
        say(`This link names a lesson that does not exist here ("${params.lesson}"), so it ` +
            'opens the first lesson.');
      } else if (shell.lessonReady && !(await shell.lessonReady(params.lesson))) {
        // Its text could not be downloaded (the lesson pane says so): the program, if any,
        // opens on its own.
        say('The lesson this link names could not be downloaded: reload to try again.');
      } else {
        lessonOpened = true;
      }
    }
    let program = null;
    if (params.code !== undefined) {
      try {
        program = await decodeProgram(params.code);
      } catch (e) {
        say(`The program in this link could not be opened: ${e.message}.` +
            (lessonOpened ? ' The lesson\'s program is shown instead.' : ''));
      }
    } else if (params.program !== undefined) {
      if (new TextEncoder().encode(params.program).length > LIMITS.program) {
        say(`The program in this link is larger than ${LIMITS.program / 1024} KB: it was not opened.`);
      } else {
        program = params.program;
      }
    }
    if (program !== null) {
      // The learner's own version of this lesson (when they had changed it) stays a click away.
      const st = lessonOpened ? JSON.parse(shell.call('loopscope_link_state', 'string', [], [])) : {};
      const own = st.edited ? st.code : null;
      if (lessonOpened) {
        api.setCode(program);
      } else {
        // A program without a lesson is not any lesson's work: it opens on its own.
        shell.call('loopscope_open_program', 'number', ['string'], [program]);
      }
      if (own !== null && own !== program && options.keepOwn) {
        shell.ownVersion = own;
        shell.notify('This link opened its own program in the lesson. Your version of the ' +
                     'lesson was kept.', {
          timeout: 0,
          actions: [{ label: 'Back to my version', run: () => api.setCode(own) }],
        });
      }
    }
    if (params.step !== undefined) {
      if (!/^\d{1,8}$/.test(params.step) || Number(params.step) > LIMITS.step) {
        say(`The step in this link ("${String(params.step).slice(0, 20)}") is not a step ` +
            'number: the program starts at its beginning.');
      } else if (Number(params.step) > 0) {
        const reached = await goToStep(Number(params.step));
        if (!reached.ok) say(reached.message);
      }
    }
    return problems;
  }
  shell.openLink = openLink;

  // A link to what is on screen now.
  async function linkToHere() {
    const st = JSON.parse(shell.call('loopscope_link_state', 'string', [], []));
    const parts = [];
    if (st.lesson) parts.push('lesson=' + encodeURIComponent(st.lesson));
    if (st.edited && st.code !== undefined) {
      if (canCompress()) {
        parts.push('code=' + await encodeProgram(st.code));
      } else {
        parts.push('program=' + encodeURIComponent(st.code));
      }
    }
    if (st.step > 0) parts.push('step=' + st.step);
    const base = location.href.replace(/[?#].*$/, '');
    return base + (parts.length ? '#' + parts.join('&') : '');
  }
  shell.linkToHere = linkToHere;

  async function copyLink() {
    const url = await linkToHere();
    window.loopscope.lastLink = url;
    const long = url.length > 8000 ? ` It is ${url.length} characters long: some chat apps cut links that long.` : '';
    try {
      await navigator.clipboard.writeText(url);
      shell.notify('Link copied. It opens this lesson, your program and this step.' + long, { detail: url.length <= 300 ? url : undefined });
    } catch {
      shell.notify('The browser did not let Loopscope copy the link. Select it and copy it:' + long, {
        detail: url, timeout: 0,
      });
    }
  }
  shell.actions = shell.actions || {};
  shell.actions['copy-link'] = copyLink;
  window.loopscope.linkToHere = linkToHere;

  // The full playground in a new tab, at this view (from an embed's footer).
  shell.actions['open-full'] = async () => {
    window.open(await linkToHere(), '_blank', 'noopener');
  };
})();
