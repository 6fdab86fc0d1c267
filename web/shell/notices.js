// Messages to the learner from the page around the canvas:
//   shell.notify(text, options)  a notice at the bottom that does not stop the playground
//                                ("Link copied", "This link's program is damaged ...");
//                                options: {kind: 'info'|'warn'|'error', actions: [{label, run}],
//                                timeout: ms (0 = stays until closed), detail: second line}
//   shell.problem(title, text, actions)  the full-page message when the playground cannot
//                                start or has stopped (replaces the loading screen)
//   shell.confirm({title, text, yes, no}) -> Promise<boolean>, a modal question
// Every notice shown is also kept in window.loopscope.notices (kind and text) for tools/tests.
(function () {
  'use strict';
  const shell = (window.loopscopeShell = window.loopscopeShell || {});

  function button(label, onClick, primary) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (primary) b.className = 'primary';
    b.addEventListener('click', onClick);
    return b;
  }

  shell.notify = function (text, options = {}) {
    const kind = options.kind || 'info';
    const box = document.getElementById('notices');
    const api = window.loopscope || {};
    (api.notices || (api.notices = [])).push({ kind, text: String(text) });
    if (!box) return null;
    const note = document.createElement('div');
    note.className = 'notice ' + kind;
    note.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const body = document.createElement('div');
    body.className = 'text';
    body.textContent = String(text);
    if (options.detail) {
      const d = document.createElement('div');
      d.className = 'detail';
      d.textContent = String(options.detail);
      body.appendChild(d);
    }
    note.appendChild(body);
    const close = () => {
      note.classList.add('leaving');
      setTimeout(() => note.remove(), 200);
    };
    for (const a of options.actions || []) {
      note.appendChild(button(a.label, () => { close(); a.run(); }, false));
    }
    const x = button('\u00d7', close, false);
    x.className = 'close';
    x.setAttribute('aria-label', 'Close this message');
    note.appendChild(x);
    box.appendChild(note);
    // Errors and notices with a choice stay until closed; the rest leave by themselves.
    const timeout = options.timeout !== undefined ? options.timeout
      : (kind === 'error' || (options.actions || []).length) ? 0 : 6000;
    if (timeout > 0) setTimeout(close, timeout);
    return note;
  };

  shell.problem = function (title, text, actions = []) {
    const api = window.loopscope || (window.loopscope = {});
    api.problem = { title, text };
    document.getElementById('problem-title').textContent = title;
    document.getElementById('problem-detail').textContent = text;
    const row = document.getElementById('problem-actions');
    row.textContent = '';
    for (const a of actions) {
      if (a.href) {
        const link = document.createElement('a');
        link.href = a.href;
        link.textContent = a.label;
        link.className = 'button';
        row.appendChild(link);
      } else {
        row.appendChild(button(a.label, a.run, true));
      }
    }
    const loading = document.getElementById('loading');
    loading.classList.add('hidden');
    loading.hidden = true;
    const problem = document.getElementById('problem');
    problem.hidden = false;
    problem.classList.remove('hidden');
  };

  shell.confirm = function ({ title, text, yes, no }) {
    return new Promise((resolve) => {
      const dialog = document.createElement('dialog');
      dialog.className = 'confirm';
      const h = document.createElement('h2');
      h.textContent = title;
      const p = document.createElement('p');
      p.textContent = text;
      const row = document.createElement('div');
      row.className = 'actions';
      const done = (answer) => {
        dialog.close();
        dialog.remove();
        document.getElementById('canvas').focus();
        resolve(answer);
      };
      const cancel = button(no || 'Cancel', () => done(false), false);
      row.append(cancel, button(yes || 'OK', () => done(true), true));
      dialog.append(h, p, row);
      dialog.addEventListener('cancel', (e) => { e.preventDefault(); done(false); });
      document.body.appendChild(dialog);
      dialog.showModal();
      cancel.focus(); // the safe answer has the focus
    });
  };
})();
