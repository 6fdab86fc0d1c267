// Embed mode: the playground in an <iframe> on someone else's page, driven by that page with
// postMessage. The protocol (version 1) is documented in docs/embed.md:
//
//   host -> playground  {loopscope: 1, id, type: 'run' | 'step' | 'seek' | ..., ...arguments}
//   playground -> host  {loopscope: 1, re: id, ok: true, result} | {..., ok: false, error}
//                       {loopscope: 1, event: 'ready' | 'step' | 'run-finished' |
//                        'check-answered', data: {...}}
//
// Only pages on the allowed origins are heard (<meta name="loopscope-embed-origins"> of the
// site, narrowed by the embed URL's origins=); messages from any other origin are ignored
// without a reply, and events are posted only to the host page's origin when it is allowed.
(function () {
  'use strict';
  const shell = (window.loopscopeShell = window.loopscopeShell || {});
  const PROTOCOL = 1;

  // Panel names of the URL (panels=...) and their bits (web/app/embed.h).
  const PANELS = { controls: 1, program: 2, lesson: 4, check: 8, loop: 16, timeline: 32,
                   console: 64, tasks: 128, sync: 256 };
  const DEFAULT_PANELS = 'controls,program,timeline,console';

  const originOf = (text) => {
    try {
      const u = new URL(text);
      return u.origin !== 'null' ? u.origin : null;
    } catch {
      return null;
    }
  };

  // {mask, check, problems} from the panels= and check= parameters.
  function panelsFrom(params) {
    const problems = [];
    let mask = 0;
    const names = (params.panels || (params.check ? DEFAULT_PANELS + ',check' : DEFAULT_PANELS))
      .split(/[\s,]+/).filter(Boolean);
    for (const name of names) {
      if (PANELS[name]) {
        mask |= PANELS[name];
      } else {
        problems.push(`panels= names "${name.slice(0, 30)}", which is not a panel (they are: ` +
                      Object.keys(PANELS).join(', ') + ').');
      }
    }
    if (!mask) mask = DEFAULT_PANELS.split(',').reduce((m, n) => m | PANELS[n], 0);
    return { mask, check: params.check || '', problems };
  }

  // The allowed host origins: ['*'] or a list, from the site's meta tag narrowed by origins=.
  function allowedOrigins(params) {
    const problems = [];
    const meta = document.querySelector('meta[name="loopscope-embed-origins"]');
    const site = (meta ? meta.content : '*').split(/\s+/).filter(Boolean);
    const siteAny = site.includes('*');
    const siteList = site.filter((o) => o !== '*').map(originOf).filter(Boolean);
    let list = siteAny ? ['*'] : siteList;
    if (params.origins) {
      const asked = [];
      for (const o of params.origins.split(/[\s,]+/).filter(Boolean)) {
        const origin = originOf(o);
        if (origin) asked.push(origin);
        else problems.push(`origins= holds "${o.slice(0, 40)}", which is not an origin (https://host:port).`);
      }
      list = siteAny ? asked : asked.filter((o) => siteList.includes(o));
    }
    return { list, problems };
  }

  let config = null;  // {mask, check, origins}
  let host = null;    // where events go: the host page's origin ('*' when any may listen)
  let queue = [];     // messages that arrived before the playground started
  const ignored = []; // origins whose messages were ignored (for tests and debugging)

  const allowed = (origin) => config && (config.origins.includes('*') || config.origins.includes(origin));

  function post(message) {
    if (!host || window.parent === window) return;
    window.parent.postMessage({ loopscope: PROTOCOL, ...message }, host);
  }

  // The host page's origin, when the browser says it (Chromium and Safari: ancestorOrigins;
  // otherwise the referrer, which carries the origin under the default referrer policy).
  function hostOrigin() {
    if (location.ancestorOrigins && location.ancestorOrigins.length) {
      return location.ancestorOrigins[0];
    }
    return document.referrer ? originOf(document.referrer) : null;
  }

  const api = () => window.loopscope;
  // The state once the playground has carried out its command (at most 5 s: a step past the
  // recording into a program that blocks the loop may take longer; the reply then says where
  // it is).
  async function untilIdle() {
    const deadline = performance.now() + 5000;
    let s = api().getState();
    while (s.busy && performance.now() < deadline) {
      await shell.frames(1);
      s = api().getState();
    }
    return s;
  }
  const need = (cond, text) => {
    if (!cond) throw new Error(text);
  };

  const commands = {
    hello: () => ({ protocol: PROTOCOL, version: api().version, lesson: api().getState().lesson }),
    'get-state': () => api().getState(),
    'load-program': (m) => {
      need(typeof m.code === 'string', 'load-program needs code: the program as a string');
      need(m.code.length <= shell.linkLimits.program, 'the program is larger than 256 KB');
      const compiled = api().setCode(m.code);
      return { compiled, compileError: api().getState().compileError };
    },
    // A lesson that is still downloading (not the one the page opened on): the reply waits
    // until it is open.
    'load-lesson': async (m) => {
      need(typeof m.lesson === 'string', 'load-lesson needs lesson: a lesson id');
      need(api().loadLesson(m.lesson), `there is no lesson "${m.lesson.slice(0, 80)}"`);
      need(!shell.lessonReady || await shell.lessonReady(m.lesson),
           `the lesson "${m.lesson.slice(0, 80)}" could not be downloaded`);
      return { lesson: api().getState().lesson };
    },
    run: (m) => { api().run({ instant: !!m.instant }); return {}; },
    pause: () => { api().pause(); return {}; },
    reset: () => { api().reset(); return {}; },
    // A step is carried out over the next frames: the reply waits for it, so a host that
    // steps and then reads the state sees the step's moment.
    step: async (m) => {
      need(m.by === undefined || m.by === 'event' || m.by === 'line', 'step: by is "event" or "line"');
      api().step({ line: m.by === 'line' });
      return { step: (await untilIdle()).step };
    },
    'step-back': async (m) => {
      need(m.by === undefined || m.by === 'event' || m.by === 'line', 'step-back: by is "event" or "line"');
      api().stepBack({ line: m.by === 'line' });
      return { step: (await untilIdle()).step };
    },
    seek: async (m) => {
      need(Number.isInteger(m.step) && m.step >= 0, 'seek needs step: a whole number >= 0');
      const r = await shell.goToStep(m.step);
      const s = api().getState();
      return { step: s.step, recorded: s.recorded, reached: r.ok, message: r.ok ? undefined : r.message };
    },
    configure: (m) => {
      if (m.panels !== undefined || m.check !== undefined) {
        need(m.panels === undefined || typeof m.panels === 'string', 'configure: panels is a string');
        const p = panelsFrom({ panels: m.panels, check: m.check !== undefined ? String(m.check) : config.check });
        need(p.problems.length === 0, p.problems.join(' '));
        config.mask = p.mask;
        config.check = p.check;
        shell.call('loopscope_embed_configure', null, ['number', 'string'], [p.mask, p.check]);
      }
      if (m.theme !== undefined) {
        need(m.theme === 'dark' || m.theme === 'light', 'configure: theme is "dark" or "light"');
        shell.call('loopscope_set_theme', null, ['number'], [m.theme === 'dark' ? 1 : 0]);
      }
      return { panels: Object.keys(PANELS).filter((n) => config.mask & PANELS[n]), check: config.check };
    },
  };

  async function handle(event) {
    const m = event.data;
    const reply = (body) => {
      if (event.source) event.source.postMessage({ loopscope: PROTOCOL, re: m.id, ...body }, event.origin);
    };
    if (m.loopscope !== PROTOCOL) {
      reply({ ok: false, error: `this playground speaks protocol version ${PROTOCOL}, not ${m.loopscope}` });
      return;
    }
    const run = commands[m.type];
    if (!run) {
      reply({ ok: false, error: `unknown message type "${String(m.type).slice(0, 40)}"` });
      return;
    }
    try {
      reply({ ok: true, result: await run(m) });
    } catch (e) {
      reply({ ok: false, error: e && e.message ? e.message : String(e) });
    }
  }

  function onMessage(event) {
    const m = event.data;
    if (!m || typeof m !== 'object' || !('loopscope' in m)) return; // not for us
    if (!allowed(event.origin)) {
      ignored.push(event.origin);
      return;
    }
    // Events go to the page that talks to us once we know it (it is our parent).
    if (event.source === window.parent && (!host || host === '*')) host = event.origin;
    if (queue) queue.push(event);
    else handle(event);
  }

  shell.embed = {
    panelsFrom,
    allowedOrigins,
    get ignored() { return ignored.slice(); },
    // Before the first frame: reads the embed parameters and sets up the app's embed screen.
    configure(params) {
      const p = panelsFrom(params);
      const o = allowedOrigins(params);
      config = { mask: p.mask, check: p.check, origins: o.list };
      shell.call('loopscope_embed_configure', null, ['number', 'string'], [p.mask, p.check]);
      window.addEventListener('message', onMessage);
      return p.problems.concat(o.problems);
    },
    // Once the playground has started: hears queued messages and tells the host it is ready.
    start() {
      const origin = hostOrigin();
      if (origin && allowed(origin)) host = origin;
      else if (!origin && config.origins.includes('*')) host = '*';
      shell.listeners.push((type, data) => post({ event: type, data }));
      post({ event: 'ready', data: { protocol: PROTOCOL, version: api().version, lesson: api().getState().lesson } });
      const waiting = queue;
      queue = null;
      for (const e of waiting) handle(e);
    },
  };
})();
