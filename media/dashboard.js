// @ts-check
// 1:1 Dashboard: renders the model the extension posts. DOM built with textContent only (no
// innerHTML), links are opaque tokens the extension resolves; nothing is fetched.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attrs]
   * @param {Array<Node | string | null | undefined | false>} [children]
   */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else node.setAttribute(k, v);
    }
    for (const child of children || []) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** A button that asks the extension to follow a link token. */
  function linkButton(text, link, label, cls) {
    const b = el('button', { class: cls || 'link', type: 'button', ...(label ? { 'aria-label': label } : {}) }, [text]);
    b.addEventListener('click', () => vscode.postMessage({ command: 'open', link }));
    return b;
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
  }

  function tile(num, what, alert, extra) {
    return el('div', { class: 'tile', role: 'group', 'aria-label': `${num} ${what}` }, [
      el('div', { class: `num${alert && num > 0 ? ' alert' : ''}` }, [String(num)]),
      el('div', { class: 'what' }, [what]),
      ...(extra || []),
    ]);
  }

  function thisWeek(m) {
    const t = m.thisWeek;
    const dueList = el('ul', { 'aria-label': '1:1s due or overdue' }, t.due.map((d) => el('li', {}, [
      linkButton(d.label, d.link, `${d.label}${d.overdue ? ', overdue' : ', due'}: start a 1:1 note`),
      d.overdue ? el('span', { class: 'tag' }, ['overdue']) : null,
    ])));
    const followUps = el('button', { class: 'link', type: 'button' }, ['Open Follow-ups']);
    followUps.addEventListener('click', () => vscode.postMessage({ command: 'showFollowUps' }));
    const skip = t.skipLevel
      ? [el('div', { class: 'num' }, [linkButton(t.skipLevel.label, t.skipLevel.link, `Suggested skip-level: ${t.skipLevel.label}. Open the suggestions`)]),
        el('div', { class: 'what' }, ['suggested skip-level']),
        el('div', { class: 'muted' }, [t.skipLevel.why])]
      : [el('div', { class: 'num' }, ['—']), el('div', { class: 'what' }, ['no skip-level to suggest'])];
    return el('section', { 'aria-labelledby': 'h-week' }, [
      el('h2', { id: 'h-week' }, ['This week']),
      el('div', { class: 'strip' }, [
        tile(t.due.length, t.due.length === 1 ? '1:1 due or overdue' : '1:1s due or overdue', true, t.due.length ? [dueList] : []),
        tile(t.followUpsDue, t.followUpsDue === 1 ? 'follow-up due' : 'follow-ups due', true, [el('div', {}, [followUps])]),
        tile(t.coolOffsEnding, t.coolOffsEnding === 1 ? 'skip-level cool-off ends' : 'skip-level cool-offs end', false),
        el('div', { class: 'tile', role: 'group', 'aria-label': 'Suggested skip-level' }, skip),
      ]),
    ]);
  }

  function heat(count) {
    return count <= 0 ? 'h0' : count === 1 ? 'h1' : count === 2 ? 'h2' : 'h3';
  }

  /** The mood column's cell: one bar per note (height = mood 1–5), the latest word and the direction. */
  function moodCell(row) {
    if (!row.mood) return el('td', { class: 'moodcell muted' }, ['—']);
    const bars = el('span', { class: 'mood-trend', role: 'img', 'aria-label': row.mood.label },
      row.mood.values.map((v) => el('span', { class: `mood-bar mood-${v}` })));
    const arrow = row.mood.direction === 'up' ? ' ↑' : row.mood.direction === 'down' ? ' ↓' : '';
    return el('td', { class: 'moodcell', title: row.mood.label }, [bars, el('span', { class: 'moodword', 'aria-hidden': 'true' }, [`${row.mood.word}${arrow}`])]);
  }

  function heatmap(m) {
    const head = el('tr', {}, [
      el('th', { scope: 'col' }, ['Person']),
      ...m.weeks.map((w) => el('th', { scope: 'col', abbr: w.long }, [w.label])),
      m.moodColumn && el('th', { scope: 'col', class: 'moodhead' }, ['Mood']),
    ]);
    const rows = m.heatmap.map((row, r) => el('tr', {}, [
      el('th', { scope: 'row' }, [
        row.link ? linkButton(row.label, row.link, `${row.label}: open the latest note`) : row.label,
        el('span', { class: 'rel' }, [row.relationship]),
      ]),
      ...row.cells.map((cell, i) => {
        const label = `${row.label}, ${m.weeks[i].long}: ${plural(cell.count, 'note', 'notes')}${cell.overdue ? ', overdue' : ''}`;
        const text = `${cell.count > 0 ? cell.count : ''}${cell.overdue ? '!' : ''}`;
        const inner = cell.link
          ? linkButton(text, cell.link, `${label}. Open the note`, 'cellbtn')
          : el('span', { 'aria-label': label, role: 'img' }, [text]);
        inner.dataset.r = String(r);
        inner.dataset.c = String(i);
        return el('td', { class: `cell ${heat(cell.count)}${cell.overdue ? ' overdue' : ''}`, title: label }, [inner]);
      }),
      m.moodColumn && moodCell(row),
    ]));
    const table = el('table', { class: 'heat' }, [
      el('caption', {}, [`1:1 notes per person per week, last ${m.weeks.length} weeks (oldest on the left)`]),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]);
    // Arrow keys move between the cells that open a note.
    table.addEventListener('keydown', (e) => {
      const target = /** @type {HTMLElement} */ (e.target);
      if (!target.dataset || target.dataset.r === undefined) return;
      const moves = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
      const move = moves[/** @type {keyof typeof moves} */ (e.key)];
      if (!move) return;
      let r = Number(target.dataset.r);
      let c = Number(target.dataset.c);
      for (;;) {
        r += move[0];
        c += move[1];
        if (r < 0 || c < 0 || r >= m.heatmap.length || c >= m.weeks.length) return;
        const next = table.querySelector(`button[data-r="${r}"][data-c="${c}"]`);
        if (next) {
          e.preventDefault();
          /** @type {HTMLElement} */ (next).focus();
          return;
        }
      }
    });
    const body = m.heatmap.length === 0
      ? el('p', { class: 'muted' }, ['No one to show yet: add person profiles with reportsTo, or write a 1:1 note.'])
      : el('div', { class: 'heat-wrap' }, [table]);
    return el('section', { 'aria-labelledby': 'h-heat' }, [
      el('h2', { id: 'h-heat' }, ['1:1s per week']),
      body,
      el('div', { class: 'legend' }, [
        el('span', {}, [el('span', { class: 'sw h2', 'aria-hidden': 'true' }), 'number = notes that week (click to open)']),
        el('span', {}, [el('span', { class: 'sw overdue', 'aria-hidden': 'true' }), '! = overdue by their cadence at the end of that week']),
      ]),
    ]);
  }

  function meterRow(label, met, eligible) {
    const pct = eligible ? Math.round((met / eligible) * 100) : 0;
    return [
      el('span', {}, [label]),
      el('div', { class: 'meter', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': String(eligible), 'aria-valuenow': String(met), 'aria-label': `${label}: ${met} of ${eligible} met` }, [
        el('div'),
      ]),
      el('span', { class: 'muted' }, [`${met} of ${eligible}`]),
    ].map((n, i) => {
      if (i === 1) /** @type {HTMLElement} */ (n.firstChild).style.width = `${pct}%`;
      return n;
    });
  }

  function coverage(m) {
    const c = m.coverage;
    const children = [el('h2', { id: 'h-cov' }, [`Skip-level coverage, last ${c.windowDays} days`])];
    if (c.eligible === 0) {
      children.push(el('p', { class: 'muted' }, ['Nobody two or more levels below you yet: add reportsTo to your people\u2019s profiles.']));
    } else {
      const overall = el('div', { class: 'meter' }, [el('div')]);
      /** @type {HTMLElement} */ (overall.firstChild).style.width = `${c.percent}%`;
      children.push(
        el('div', {}, [el('span', { class: 'big' }, [`${c.percent}%`]), ` met: ${c.met} of ${c.eligible} people two or more levels below you`]),
        overall,
        el('h3', {}, ['By branch (each direct report\u2019s team)']),
        el('div', { class: 'rows' }, c.byBranch.flatMap((b) => meterRow(b.label, b.met, b.eligible))),
        el('h3', {}, ['By level']),
        el('div', { class: 'rows' }, c.byDepth.flatMap((d) => meterRow(d.label, d.met, d.eligible))),
        el('h3', {}, [`Never met (${c.neverMet.length})`]),
        c.neverMet.length === 0
          ? el('p', { class: 'muted' }, ['Everyone has had a skip-level.'])
          : el('div', { class: 'chips' }, c.neverMet.map((p) => linkButton(p.label, p.link, `${p.label}: never met at a skip-level. Start a note`, 'chip'))),
      );
    }
    return el('section', { 'aria-labelledby': 'h-cov' }, children);
  }

  function aging(m) {
    const a = m.aging;
    const max = Math.max(1, ...a.mine.map((x) => x.count), ...a.theirs.map((x) => x.count));
    const bucketLabel = (b) => (b === '>90' ? 'over 90 days' : `${b} days`);
    const row = (who, cells) => el('tr', {}, [
      el('th', { scope: 'row' }, [who]),
      ...cells.map((cell, i) => {
        const fill = el('span', { class: `fill a${i}`, 'aria-hidden': 'true' });
        fill.style.width = `${Math.round((cell.count / max) * 80)}px`;
        if (cell.count === 0) fill.style.display = 'none';
        const label = `${who}: ${plural(cell.count, 'open follow-up', 'open follow-ups')} from notes ${bucketLabel(a.buckets[i])} old`;
        const count = cell.link ? linkButton(String(cell.count), cell.link, `${label}. List them`, 'link') : el('span', { class: 'muted', 'aria-label': label }, ['0']);
        return el('td', {}, [el('div', { class: 'bar' }, [fill, count])]);
      }),
    ]);
    return el('section', { 'aria-labelledby': 'h-aging' }, [
      el('h2', { id: 'h-aging' }, ['Open follow-ups by age']),
      el('p', { class: 'sub' }, ['Days since the note they were written in. Click a number to list them.']),
      el('table', { class: 'aging' }, [
        el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['Owner']), ...a.buckets.map((b) => el('th', { scope: 'col' }, [bucketLabel(b)]))])]),
        el('tbody', {}, [row('Mine', a.mine), row('Theirs', a.theirs)]),
      ]),
    ]);
  }

  function drift(m) {
    const children = [
      el('h2', { id: 'h-drift' }, ['Status-meeting drift']),
      el('p', { class: 'sub' }, ['A 1:1 is about how the work happens and how people grow, not status. Flagged after 3 status-only notes in a row.']),
    ];
    if (m.drift.length === 0) children.push(el('p', { class: 'muted' }, ['Nobody: no one has 3 status-only notes in a row.']));
    for (const d of m.drift) {
      children.push(el('div', { class: 'card', role: 'group', 'aria-label': `${d.label}: ${d.why}` }, [
        el('div', { class: 'who' }, [d.label]),
        el('div', {}, [d.why]),
        el('div', { class: 'notes' }, [el('span', { class: 'muted' }, ['Notes:']), ...d.notes.map((n) => linkButton(n.label, n.link, `${d.label}, ${n.label}: open the note`))]),
      ]));
    }
    return el('section', { 'aria-labelledby': 'h-drift' }, children);
  }

  function render(m) {
    const nodes = [
      el('h1', {}, ['1:1 Dashboard']),
      el('p', { class: 'sub' }, [`Today ${m.today}. Updates as your notes change.`]),
    ];
    if (m.privacy) nodes.push(el('div', { class: 'privacy-banner', role: 'status' }, ['Privacy mode is on: initials and counts only.']));
    if (m.empty) nodes.push(el('p', { class: 'muted' }, ['No 1:1 notes or people yet. Run \u201c1:1: New 1:1 Note\u2026\u201d to start.']));
    nodes.push(thisWeek(m), heatmap(m), el('div', { class: 'grid' }, [coverage(m), aging(m)]), drift(m));
    // Keep the focused control focused across a live update when it still exists.
    const focused = /** @type {HTMLElement | null} */ (document.activeElement);
    const key = focused && focused !== document.body ? focused.getAttribute('aria-label') : null;
    app.replaceChildren(...nodes);
    app.setAttribute('aria-busy', 'false');
    if (key) {
      for (const candidate of app.querySelectorAll('[aria-label]')) {
        if (candidate.getAttribute('aria-label') === key) { /** @type {HTMLElement} */ (candidate).focus(); break; }
      }
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'model') render(message.model);
  });
  vscode.postMessage({ command: 'ready' });
})();
