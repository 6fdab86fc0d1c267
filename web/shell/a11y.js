// The accessible page. The playground is drawn into a canvas, which screen readers cannot read
// and keyboards cannot move through; this file keeps a DOM equivalent of everything the canvas
// shows - the lesson and its checks as form controls, the program as a text field, the run
// controls, the event loop, the timeline in words, the console, tasks and status - which the
// app updates as it draws (web/app/a11y_bridge.h) and which acts through the app's own
// commands. Its elements lie over the canvas where their widgets are, invisible and letting
// the mouse through; the canvas draws the focus ring of the one that has the keyboard.
//
// Keyboard: Tab / Shift+Tab move through every control in reading order (lesson, program,
// run controls, event loop, timeline, run details, display); Enter and Space press; F5, F6,
// F10, F11 and Ctrl +/-/0 work wherever the focus is; in the program's text field Tab indents
// and Escape leaves it (for the run controls). The canvas itself is taken out of the accessibility tree.
//
// The app talks to window.loopscopeA11y: section(name, json) replaces a section's content
// (nodes keyed by id, so an element and its focus survive updates) and announce(text) speaks
// through a live region. Node roles and attributes (written by web/model/a11y/a11y_doc.h):
//   header/main/footer sections are this file's; nodes: heading {level, text}, p {text | kids},
//   span {text, code, strong, em}, list {ordered, start, name}, item, pre {text, name}, text,
//   group {name}, article {name}, button {name, disabled, pressed, expanded, keys, desc},
//   radiogroup {name} + radio {text, checked, desc}, checkbox {name, checked},
//   textbox {name, value, multiline, inputmode}, select {name} + option {text, selected},
//   range {name, min, max, step, value, valuetext}, log {name} + line, status {text, name},
//   alert {text}, table {name, roving} + row + th/cell {span}, code {name, value, error,
//   readonly} (the program). `target` on any node names its widget on the canvas.
(function () {
  'use strict';

  const canvas = document.getElementById('canvas');
  if (!canvas) return;

  // ---- the page's skeleton ------------------------------------------------------------------

  const style = document.createElement('style');
  style.textContent = `
    .a11y { position: fixed; inset: 0; overflow: hidden; opacity: 0; pointer-events: none;
            z-index: 1; font: 15px/1.5 system-ui, sans-serif; }
    .a11y [data-target] { box-sizing: border-box; }
    .a11y textarea, .a11y input, .a11y select { font: inherit; }
  `;
  document.head.appendChild(style);

  const root = document.createElement('div');
  root.className = 'a11y';
  root.id = 'a11y';
  root.innerHTML =
    '<header data-section="header"></header>' +
    '<main tabindex="-1" aria-label="Playground">' +
    '<section data-section="lesson" aria-label="Lesson"></section>' +
    '<section data-section="program" aria-label="Program"></section>' +
    '<div role="group" data-section="controls" aria-label="Run controls"></div>' +
    '<section data-section="loop" aria-label="Event loop"></section>' +
    '<section data-section="timeline" aria-label="Timeline"></section>' +
    '<section data-section="details" aria-label="Run details"></section>' +
    '</main>' +
    '<footer data-section="footer"></footer>' +
    '<div id="a11y-narration" aria-live="polite" aria-atomic="true"></div>';
  canvas.insertAdjacentElement('afterend', root);
  const main = root.querySelector('main');
  const live = root.querySelector('#a11y-narration');

  // The canvas is drawn for the eyes only; the page above is its accessible equivalent. It
  // still takes the focus for mouse users (boot.js focuses it on a click), outside Tab order.
  canvas.setAttribute('aria-hidden', 'true');
  canvas.setAttribute('tabindex', '-1');

  // (api.js's ccall passes strings through the heap: the program text may be long)
  const call = (name, ret, types, args) =>
    window.Module && window.Module['_' + name]
      ? (window.loopscopeShell && window.loopscopeShell.ccall
        ? window.loopscopeShell.ccall(name, ret, types, args)
        : window.Module.ccall(name, ret, types, args))
      : undefined;
  const act = (id, verb, value) =>
    call('loopscope_a11y_action', null, ['string', 'string', 'string'], [id, verb, String(value ?? '')]);

  // ---- building elements from nodes ---------------------------------------------------------

  const domId = (id) => 'a11y-' + id.replace(/[^A-Za-z0-9_-]/g, '_');
  const TAGS = {
    heading: null, p: 'p', span: 'span', list: null, item: 'li', pre: 'pre', text: 'span',
    group: 'div', article: 'article', button: 'button', radiogroup: 'fieldset', radio: 'label',
    checkbox: 'label', textbox: 'div', select: 'div', option: 'option', range: 'div', log: 'div',
    line: 'div', status: 'div', alert: 'div', table: 'table', row: 'tr', th: 'th', cell: 'td',
    code: 'div',
  };

  function tagOf(node) {
    if (node.role === 'heading') return 'h' + Math.min(6, Math.max(1, node.level || 2));
    if (node.role === 'list') return node.ordered ? 'ol' : 'ul';
    if (node.role === 'span') return node.code ? 'code' : node.strong ? 'strong' : node.em ? 'em' : 'span';
    return TAGS[node.role] || 'div';
  }

  // The element a control's events and focus live on (a radio's input inside its label...).
  const control = (el) => el.querySelector(':scope > input, :scope > textarea, :scope > select') || el;

  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  function setAttr(el, name, value) {
    if (value === undefined || value === null || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else {
      const v = value === true ? '' : String(value);
      if (el.getAttribute(name) !== v) el.setAttribute(name, v);
    }
  }

  // A description (an option's feedback, what a button does), read after the name.
  const describe = (el, node) => setAttr(el, 'aria-description', node.desc);

  function create(node) {
    const el = document.createElement(tagOf(node));
    el.dataset.a11yId = node.id;
    el.dataset.role = node.role;
    el.id = domId(node.id);
    const id = node.id;
    switch (node.role) {
      case 'button':
        el.type = 'button';
        el.addEventListener('click', () => {
          // A button "for" a select applies the option chosen there (choosing alone does not
          // load a lesson: arrow keys on a select would load every lesson passed on the way).
          const select = el.dataset.for && document.getElementById(domId(el.dataset.for) + '-field');
          if (select) act(el.dataset.for, 'select', select.selectedIndex); else act(id, 'press');
        });
        break;
      case 'radiogroup':
        el.appendChild(document.createElement('legend'));
        break;
      case 'radio': {
        const input = document.createElement('input');
        input.type = 'radio';
        input.addEventListener('change', () => { if (input.checked) act(id, 'pick'); });
        el.appendChild(input);
        el.appendChild(document.createElement('span'));
        el.removeAttribute('id');
        input.id = domId(id);
        break;
      }
      case 'checkbox': {
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.addEventListener('change', () => act(id, 'toggle'));
        el.appendChild(input);
        el.appendChild(document.createElement('span'));
        el.removeAttribute('id');
        input.id = domId(id);
        break;
      }
      case 'textbox': {
        const label = document.createElement('label');
        const field = document.createElement(node.multiline ? 'textarea' : 'input');
        field.id = domId(id) + '-field';
        label.htmlFor = field.id;
        field.addEventListener('input', () => act(id, 'input', field.value));
        if (!node.multiline) {
          field.type = 'text';
          field.addEventListener('keydown', (e) => {
            if (e.key === 'Enter') { e.preventDefault(); act(id, 'submit', field.value); }
          });
        }
        el.appendChild(label);
        el.appendChild(field);
        break;
      }
      case 'select': {
        const label = document.createElement('label');
        const select = document.createElement('select');
        select.id = domId(id) + '-field';
        label.htmlFor = select.id;
        select.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') { e.preventDefault(); act(id, 'select', select.selectedIndex); }
        });
        el.appendChild(label);
        el.appendChild(select);
        break;
      }
      case 'range': {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'range';
        input.id = domId(id) + '-field';
        label.htmlFor = input.id;
        input.addEventListener('input', () => act(id, 'set', input.value));
        el.appendChild(label);
        el.appendChild(input);
        break;
      }
      case 'code':
        buildCode(el, node);
        break;
      case 'log':
        el.setAttribute('role', 'log');
        break;
      case 'status':
        el.setAttribute('role', 'status');
        break;
      case 'alert':
        el.setAttribute('role', 'alert');
        break;
      case 'group':
        el.setAttribute('role', 'group');
        break;
      case 'text':
      case 'line':
        break;
    }
    return el;
  }

  function update(el, node) {
    if (node.target) el.dataset.target = node.target; else delete el.dataset.target;
    switch (node.role) {
      case 'button':
        setText(el, node.name || '');
        el.disabled = !!node.disabled;
        setAttr(el, 'aria-pressed', node.pressed);
        setAttr(el, 'aria-expanded', node.expanded);
        setAttr(el, 'aria-keyshortcuts', node.keys);
        if (node.for) el.dataset.for = node.for;
        describe(el, node);
        return;
      case 'radiogroup':
        setText(el.firstChild, node.name || '');
        break;
      case 'radio':
      case 'checkbox': {
        const input = el.firstChild;
        if (node.role === 'radio') input.name = 'a11y-radio-' + el.parentElement?.dataset.a11yId;
        setText(input.nextSibling, node.role === 'radio' ? node.text || '' : node.name || '');
        if (input.checked !== !!node.checked) input.checked = !!node.checked;
        input.disabled = !!node.disabled;
        if (node.target) input.dataset.target = node.target;
        describe(input, node);
        return;
      }
      case 'textbox': {
        const [label, field] = el.children;
        setText(label, node.name || '');
        if (document.activeElement !== field && field.value !== (node.value || '')) field.value = node.value || '';
        if (node.inputmode) field.inputMode = node.inputmode;
        if (node.target) field.dataset.target = node.target;
        return;
      }
      case 'select': {
        const [label, select] = el.children;
        setText(label, node.name || '');
        reconcile(select, node.kids || []);
        const i = (node.kids || []).findIndex((k) => k.selected);
        if (i >= 0 && select.selectedIndex !== i) select.selectedIndex = i;
        if (node.target) select.dataset.target = node.target;
        return;
      }
      case 'option':
        setText(el, node.text || '');
        el.selected = !!node.selected;
        return;
      case 'range': {
        const [label, input] = el.children;
        setText(label, node.name || '');
        setAttr(input, 'min', node.min);
        setAttr(input, 'max', node.max);
        setAttr(input, 'step', node.step);
        if (document.activeElement !== input || !input.matches(':active')) {
          if (String(input.value) !== String(node.value)) input.value = node.value;
        }
        setAttr(input, 'aria-valuetext', node.valuetext);
        if (node.target) input.dataset.target = node.target;
        return;
      }
      case 'code':
        updateCode(el, node);
        return;
      case 'pre':
        setAttr(el, 'aria-label', node.name);
        setText(el, node.text || '');
        return;
      case 'cell':
      case 'th':
        setAttr(el, 'colspan', node.span);
        break;
      case 'status':
        setAttr(el, 'aria-label', node.name);
        break;
    }
    if (['group', 'article', 'log', 'list', 'table'].includes(node.role)) {
      setAttr(el, 'aria-label', node.name);
      if (node.role === 'list' && node.ordered) setAttr(el, 'start', node.start);
      if (node.role === 'table') el.dataset.roving = node.roving ? '1' : '';
    }
    if (node.kids) {
      reconcile(el, node.kids);
    } else if (node.text !== undefined) {
      setText(el, node.text);
    } else if (el.childElementCount && !['radiogroup'].includes(node.role)) {
      reconcile(el, []);
    }
    if (node.role === 'table') roving(el);
  }

  // Makes `parent`'s children the elements of `nodes`, in order, reusing the element of every
  // id already there (a focused button stays the same element).
  function reconcile(parent, nodes) {
    const fixed = parent.tagName === 'FIELDSET' ? 1 : 0; // a fieldset's legend stays first
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) child.remove(); // text from an earlier text value
    }
    const existing = new Map();
    for (const child of Array.from(parent.children).slice(fixed)) {
      if (child.dataset.a11yId) existing.set(child.dataset.a11yId, child); else child.remove();
    }
    let at = parent.children[fixed] || null; // where the next node's element belongs
    for (const node of nodes) {
      let el = existing.get(node.id);
      if (el && el.dataset.role !== node.role) { el.remove(); el = null; }
      if (!el) el = create(node);
      existing.delete(node.id);
      if (el === at) at = at.nextElementSibling; else parent.insertBefore(el, at);
      update(el, node);
    }
    for (const el of existing.values()) el.remove();
  }

  // Tables of many rows keep one of their buttons in the Tab order; arrows move between them.
  function roving(table) {
    const buttons = Array.from(table.querySelectorAll('button'));
    if (!buttons.length) return;
    const current = buttons.find((b) => b.tabIndex === 0 && b !== document.activeElement) ||
      buttons.find((b) => b === document.activeElement) || buttons[0];
    for (const b of buttons) b.tabIndex = b === current ? 0 : -1;
  }
  root.addEventListener('keydown', (e) => {
    const table = e.target.closest && e.target.closest('table[data-roving="1"]');
    if (!table || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const buttons = Array.from(table.querySelectorAll('button'));
    const i = buttons.indexOf(e.target);
    if (i < 0) return;
    const j = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 :
      Math.max(0, Math.min(buttons.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)));
    e.preventDefault();
    for (const b of buttons) b.tabIndex = -1;
    buttons[j].tabIndex = 0;
    buttons[j].focus();
  });

  // ---- the program's text field ------------------------------------------------------------

  // The program is edited in a real text field (screen readers read it line by line, phones
  // open their keyboard for it); the canvas editor shows the same text and its caret.
  let sentCode = null; // the text this field last gave the app
  let escaped = false; // Escape was pressed: the next Tab leaves the field

  function buildCode(el) {
    const label = document.createElement('label');
    const field = document.createElement('textarea');
    const error = document.createElement('div');
    field.id = 'a11y-code-field';
    field.spellcheck = false;
    field.setAttribute('autocapitalize', 'off');
    field.setAttribute('autocomplete', 'off');
    field.wrap = 'off';
    label.htmlFor = field.id;
    error.id = 'a11y-code-error';
    el.append(label, field, error);
    field.addEventListener('input', () => sendCode(field));
    field.addEventListener('select', () => sendCode(field));
    field.addEventListener('keyup', () => sendCode(field));
    field.addEventListener('click', () => sendCode(field));
    field.addEventListener('keydown', (e) => codeKey(field, e));
  }

  function updateCode(el, node) {
    const [label, field, error] = el.children;
    setText(label, node.name || '');
    const value = node.value || '';
    // The app's text wins unless it is only behind what this field sent (typing ahead).
    if (field.value !== value && (document.activeElement !== field || value !== sentCode)) {
      const focused = document.activeElement === field;
      const start = field.selectionStart;
      field.value = value;
      if (focused) field.setSelectionRange(Math.min(start, value.length), Math.min(start, value.length));
      sentCode = value;
    }
    field.readOnly = !!node.readonly;
    setText(error, node.error || '');
    setAttr(field, 'aria-invalid', node.error ? 'true' : null);
    setAttr(field, 'aria-describedby', node.error ? error.id : null);
    field.dataset.target = node.target || 'editor';
  }

  const encoder = new TextEncoder();
  // (line, UTF-8 byte column) of a string offset, as the app's editor counts.
  function linecol(text, at) {
    const before = text.slice(0, at);
    const line = (before.match(/\n/g) || []).length;
    const start = before.lastIndexOf('\n') + 1;
    return [line, encoder.encode(before.slice(start)).length];
  }

  function sendCode(field) {
    // Only what the learner does in the field goes to the app (a "select" event also follows
    // a value set by the app, maybe after the app's text has changed again).
    if (document.activeElement !== field) return;
    const text = field.value;
    const backwards = field.selectionDirection === 'backward';
    const anchor = linecol(text, backwards ? field.selectionEnd : field.selectionStart);
    const cursor = linecol(text, backwards ? field.selectionStart : field.selectionEnd);
    sentCode = text;
    call('loopscope_a11y_code', null, ['string', 'number', 'number', 'number', 'number'],
         [text, anchor[0], anchor[1], cursor[0], cursor[1]]);
  }

  function insert(field, text) {
    // execCommand keeps the field's own undo history; setRangeText is the fallback.
    if (!document.execCommand('insertText', false, text)) {
      field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new Event('input'));
    }
  }

  function codeKey(field, e) {
    if (e.key === 'Escape') {
      // Escape leaves the program: the focus goes on to the next control (the run controls);
      // Shift+Tab from there comes back.
      e.preventDefault();
      const list = focusables();
      const next = list[list.indexOf(field) + 1];
      if (next) next.focus(); else escaped = true;
      return;
    }
    if (e.key === 'Tab' && !escaped && !e.ctrlKey && !e.altKey && !e.metaKey && !field.readOnly) {
      e.preventDefault();
      const text = field.value;
      const start = text.lastIndexOf('\n', field.selectionStart - 1) + 1;
      if (e.shiftKey) { // dedent the line: up to four leading spaces
        const spaces = /^ {1,4}/.exec(text.slice(start));
        if (spaces) {
          field.setSelectionRange(start, start + spaces[0].length);
          insert(field, '');
        }
      } else {
        insert(field, ' '.repeat(4 - ((field.selectionStart - start) % 4)));
      }
      return;
    }
    if (e.key === 'Enter' && !e.ctrlKey && !e.altKey && !e.metaKey && !field.readOnly) {
      // Keep the line's indentation, one level more after a ':' (as the canvas editor does).
      e.preventDefault();
      const text = field.value;
      const start = text.lastIndexOf('\n', field.selectionStart - 1) + 1;
      const line = text.slice(start, field.selectionStart);
      let indent = /^[ \t]*/.exec(line)[0];
      if (/:\s*$/.test(line)) indent += '    ';
      insert(field, '\n' + indent);
    }
    if (e.key !== 'Tab' && e.key !== 'Shift') escaped = false;
  }

  // ---- keyboard ------------------------------------------------------------------------------

  // The playground's shortcuts work wherever the focus is in this page: the key goes on to
  // the canvas, where the app handles it as if the canvas had the focus.
  const SHORTCUTS = new Set(['F5', 'F6', 'F10', 'F11']);
  root.addEventListener('keydown', (e) => {
    const zoom = (e.ctrlKey || e.metaKey) && ['=', '+', '-', '0'].includes(e.key);
    if (!SHORTCUTS.has(e.key) && !zoom) return;
    e.preventDefault();
    e.stopPropagation();
    // SDL keeps its own modifier state from the modifier keys' presses: press them too.
    const flags = { ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
                    bubbles: true, cancelable: true };
    const mods = [['ctrlKey', 'Control', 'ControlLeft'], ['metaKey', 'Meta', 'MetaLeft'],
                  ['shiftKey', 'Shift', 'ShiftLeft'], ['altKey', 'Alt', 'AltLeft']]
      .filter(([flag]) => e[flag]).map(([, key, code]) => ({ ...flags, key, code }));
    const send = (type, init) => canvas.dispatchEvent(new KeyboardEvent(type, init));
    for (const m of mods) send('keydown', m);
    send('keydown', { ...flags, key: e.key, code: e.code });
    setTimeout(() => {
      send('keyup', { ...flags, key: e.key, code: e.code });
      for (const m of mods.reverse()) send('keyup', m);
    }, 30);
  });

  const focusables = () => Array.from(root.querySelectorAll(
    'button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]'))
    .filter((el) => el.tabIndex >= 0);

  // Tab on the canvas (after a click on it) comes into this page rather than to a widget of
  // the canvas - unless the canvas editor has the keyboard, where Tab indents (Escape leaves
  // it, as in the text field).
  // After Escape in the canvas editor, Tab goes on from the program (to the run controls) and
  // Shift+Tab back into it, as from the program's text field.
  let leftEditor = false;
  const editorHasKeys = () => !!(window.loopscope && window.loopscope.editorFocused);
  window.addEventListener('keydown', (e) => {
    if (e.target !== canvas) return;
    if (e.key === 'Escape' && editorHasKeys()) { leftEditor = true; return; }
    if (e.key !== 'Tab' || editorHasKeys()) return;
    const list = focusables();
    if (!list.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const code = document.getElementById('a11y-code-field');
    const at = leftEditor && code ? list.indexOf(code) : -1;
    leftEditor = false;
    if (at >= 0) (e.shiftKey ? code : list[at + 1] || list[0]).focus();
    else (e.shiftKey ? list[list.length - 1] : list[0]).focus();
  }, true);
  canvas.addEventListener('pointerdown', () => { leftEditor = false; });

  // On a touch screen a tap in the canvas editor gives the keyboard to the program's text field
  // (the canvas cannot open a phone's on-screen keyboard; the field can, and the canvas editor
  // shows what is typed there, with its caret).
  canvas.addEventListener('touchend', () => {
    setTimeout(() => {
      const code = document.getElementById('a11y-code-field');
      if (code && editorHasKeys() && document.activeElement !== code) code.focus({ preventScroll: true });
    }, 120);
  });

  // Which widget has the focus: the canvas draws its ring (and scrolls it into view).
  const targetOf = (el) => (el && el.dataset && el.dataset.target) || '';
  root.addEventListener('focusin', (e) => {
    const el = e.target;
    call('loopscope_a11y_focus', null, ['string', 'number'], [targetOf(el), el.id === 'a11y-code-field' ? 1 : 0]);
    if (el.id === 'a11y-code-field') sendCode(el);
  });
  root.addEventListener('focusout', (e) => {
    if (!root.contains(e.relatedTarget)) call('loopscope_a11y_focus', null, ['string', 'number'], ['', 0]);
    if (e.target.id === 'a11y-code-field') escaped = false;
  });

  // ---- positions over the canvas -------------------------------------------------------------

  // Every element that has a widget on the canvas lies over it: a screen reader's touch
  // exploration and its focus highlight find it where the widget is.
  function place() {
    const targets = (window.loopscope && window.loopscope.targets) || {};
    for (const el of root.querySelectorAll('[data-target]')) {
      const r = targets[el.dataset.target];
      const host = el.closest('[data-role]') || el;
      if (!r) continue;
      const s = host.style;
      const css = { position: 'fixed', left: r.x + 'px', top: r.y + 'px', width: r.w + 'px', height: r.h + 'px' };
      for (const k in css) if (s[k] !== css[k]) s[k] = css[k];
    }
  }

  // ---- the app's side ------------------------------------------------------------------------

  function announce(text) {
    // Cleared first, so the same words twice are spoken twice.
    live.textContent = '';
    setTimeout(() => { live.textContent = text; }, 30);
  }

  window.loopscopeA11y = {
    section(name, json) {
      const container = root.querySelector(`[data-section="${name}"]`);
      if (!container) return;
      let nodes;
      try { nodes = JSON.parse(json); } catch { return; }
      reconcile(container, nodes);
      place();
    },
    announce,
    frame: place,
    root,
  };

  window.addEventListener('loopscope-ready', () => {
    call('loopscope_a11y_resend', null, [], []);
    // The playground has the focus from the start: keys work without a click, and Tab goes
    // to the first control.
    if (!document.activeElement || document.activeElement === document.body) main.focus({ preventScroll: true });
  });
})();
