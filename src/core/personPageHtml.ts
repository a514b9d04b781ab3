/**
 * The person page as HTML (docs/FORMAT.md#views-and-commands), for a webview with a strict Content-Security-Policy: no
 * inline script or style, every link a `data-target` index the host resolves, so no path, URI
 * or name ends up in the page beyond what is shown. Pure: the page's data and a privacy lens in,
 * markup out. In privacy mode names become initials, role, team and dates are left out, and
 * confidential text reads "Confidential item" (docs/FORMAT.md#confidentiality).
 */
import { relativeDay, shortDate } from './format';
import { escapeHtml } from './html';
import type { IsoDate, MeetingType, Relationship } from './model';
import type { PersonPage, TimelineEntry } from './personPage';
import { managesRow } from './coaching';
import { moodTrend, moodWord, type MoodTrend } from './mood';

/** What the page may show of a name or a text: the privacy layer's answers. */
export interface PrivacyLens {
  /** Privacy mode is on: no role, team or dates next to initials. */
  readonly on: boolean;
  name(name: string): string;
  text(text: string, confidential: boolean): string;
}

/** What a link on the page does; the page holds only its index. */
export type PageTarget =
  | { kind: 'open'; uri: string; line: number }
  | { kind: 'person'; name: string }
  | { kind: 'command'; command: 'newNote' | 'addTalkingPoint' | 'exportReview' | 'createProfile'; person: string };

export interface RenderedPersonPage {
  /** The panel's title. */
  title: string;
  /** The inner HTML of the page's `<main>`. */
  body: string;
  /** What each `data-target="N"` link does. */
  targets: PageTarget[];
}

const RELATIONSHIPS: Readonly<Record<Relationship, string>> = {
  direct: 'direct report', skip: 'skip-level', peer: 'peer', manager: 'my manager', self: 'me', other: 'met in notes',
};

const STATUSES: Readonly<Record<NonNullable<PersonPage['status']>, string>> = {
  overdue: 'overdue', due: 'due this week', scheduled: 'scheduled', later: 'later', away: 'away',
};

const TYPES: Readonly<Record<MeetingType, string>> = { 'one-on-one': '1:1', 'skip-level': 'skip-level', peer: 'peer 1:1' };

export function renderPersonPage(page: PersonPage, options: { today: IsoDate; lens: PrivacyLens }): RenderedPersonPage {
  const { today, lens } = options;
  const targets: PageTarget[] = [];
  const link = (target: PageTarget, html: string, extra = ''): string => {
    targets.push(target);
    return `<a href="#" data-target="${targets.length - 1}"${extra}>${html}</a>`;
  };
  const name = (n: string): string => escapeHtml(lens.name(n));
  const personLink = (n: string): string => link({ kind: 'person', name: n }, name(n), ' class="person"');
  const day = (date: IsoDate): string => `${escapeHtml(shortDate(date, today))} <span class="muted">(${escapeHtml(relativeDay(date, today))})</span>`;
  const hidden = '<span class="muted">hidden in privacy mode</span>';
  const out: string[] = [];

  // Who they are.
  const sub = [lens.on ? undefined : page.role, RELATIONSHIPS[page.relationship], page.active ? undefined : 'inactive']
    .filter((s): s is string => !!s).map(escapeHtml).join(' · ');
  out.push('<header>', `<h1>${name(page.name)}</h1>`);
  if (sub) out.push(`<p class="sub">${sub}</p>`);
  if (!lens.on && page.aliases.length) out.push(`<p class="muted">Also written ${page.aliases.map((a) => `<code>${escapeHtml(a)}</code>`).join(', ')}</p>`);
  const actions = [
    page.isMe ? undefined : link({ kind: 'command', command: 'newNote', person: page.name }, 'New 1:1 Note', ' class="button primary"'),
    page.isMe ? undefined : link({ kind: 'command', command: 'addTalkingPoint', person: page.name }, 'Add Talking Point…', ' class="button"'),
    page.timeline.length ? link({ kind: 'command', command: 'exportReview', person: page.name }, 'Export Review Notes…', ' class="button"') : undefined,
    page.profileUri
      ? link({ kind: 'open', uri: page.profileUri, line: 1 }, 'Open raw profile', ' class="button"')
      : link({ kind: 'command', command: 'createProfile', person: page.name }, 'Create profile', ' class="button"'),
  ].filter(Boolean);
  out.push(`<nav class="actions" aria-label="Actions">${actions.join('')}</nav>`, '</header>');

  // Facts.
  const facts: Array<[string, string]> = [];
  if (page.manager) facts.push(['Manager', personLink(page.manager)]);
  if (page.reports.length) facts.push(['Reports', page.reports.map(personLink).join(', ')]);
  if (page.team) facts.push(['Team', lens.on ? hidden : escapeHtml(page.team)]);
  if (page.managerDirect) facts.push(['Manages', lens.on ? hidden : escapeHtml(managesRow(page.managesCount))]);
  facts.push(['Cadence', escapeHtml(page.cadence.written && page.cadence.written !== page.cadence.label ? `${page.cadence.written} (${page.cadence.label})` : page.cadence.label)]);
  if (page.away.length) facts.push(['Away', lens.on ? hidden : page.away.map((r) => `${escapeHtml(shortDate(r.from, today))} – ${escapeHtml(shortDate(r.to, today))}`).join(', ')]);
  if (!page.isMe) {
    facts.push(['Last met', page.lastMet ? (lens.on ? link({ kind: 'open', uri: page.lastMet.uri, line: 1 }, 'the last note') : link({ kind: 'open', uri: page.lastMet.uri, line: 1 }, day(page.lastMet.date))) : 'never']);
    if (page.scheduled) facts.push(['Scheduled', link({ kind: 'open', uri: page.scheduled.uri, line: 1 }, lens.on ? 'the scheduled note' : day(page.scheduled.date))]);
    if (page.nextDue) facts.push(['Next due', lens.on ? hidden : day(page.nextDue)]);
    if (page.status) facts.push(['Status', STATUSES[page.status]]);
  }
  const trend = moodTrend(page.mood);
  if (trend) facts.push(['Mood', lens.on ? hidden : moodTrendHtml(trend, today)]);
  out.push('<section aria-labelledby="facts"><h2 id="facts" class="visually-hidden">About</h2><dl class="facts">',
    ...facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`), '</dl></section>');

  // Talking points.
  out.push(`<section aria-labelledby="topics"><h2 id="topics">Talking points <span class="count">${page.talkingPoints.length}</span></h2>`);
  if (page.talkingPoints.length === 0) {
    out.push(`<p class="muted">Nothing queued. Things that can wait for the 1:1 go here; the next new note takes them along.</p>`);
  } else {
    out.push('<ul class="items">', ...page.talkingPoints.map((p) => `<li>${page.profileUri ? link({ kind: 'open', uri: page.profileUri, line: p.line }, escapeHtml(lens.text(p.text, true))) : escapeHtml(lens.text(p.text, true))}</li>`), '</ul>');
  }
  out.push('</section>');

  // Open follow-ups both ways.
  const followUpList = (items: PersonPage['followUps']['mine'], empty: string): string => {
    if (items.length === 0) return `<p class="muted">${empty}</p>`;
    return ['<ul class="items">', ...items.map((f) => {
      const text = escapeHtml(lens.text(f.text || '(empty follow-up)', f.confidential));
      const facts = [
        !lens.on && f.due ? `due ${escapeHtml(shortDate(f.due, today))}` : undefined,
        !lens.on && f.noteDate ? `from ${escapeHtml(shortDate(f.noteDate, today))}` : undefined,
        f.person !== page.name ? `with ${name(f.person)}` : undefined,
      ].filter(Boolean).join(' · ');
      const overdue = !lens.on && f.due !== undefined && f.due < today ? ' class="overdue"' : '';
      return `<li${overdue}>${link({ kind: 'open', uri: f.uri, line: f.line }, text)}${facts ? ` <span class="muted">${facts}</span>` : ''}</li>`;
    }), '</ul>'].join('');
  };
  const { mine, theirs } = page.followUps;
  out.push(`<section aria-labelledby="followups"><h2 id="followups">Open follow-ups <span class="count">${mine.length + theirs.length}</span></h2><div class="columns">`);
  if (!page.isMe) out.push(`<div><h3>Mine, for ${name(page.name)}</h3>${followUpList(mine, 'Nothing open that I owe them.')}</div>`);
  out.push(`<div><h3>${page.isMe ? 'Mine' : `Waiting on ${name(page.name)}`}</h3>${followUpList(theirs, 'Nothing open on their side.')}</div>`);
  out.push('</div></section>');

  // Timeline.
  out.push(`<section aria-labelledby="timeline"><h2 id="timeline">Timeline <span class="count">${page.timeline.length}</span></h2>`);
  if (page.timeline.length === 0) out.push('<p class="muted">No 1:1 note with them yet.</p>');
  else out.push('<ol class="timeline">', ...page.timeline.map((e) => timelineItem(e)), '</ol>');
  out.push('</section>');

  function timelineItem(entry: TimelineEntry): string {
    const when = entry.date === undefined ? 'undated note' : lens.on ? (entry.future ? 'scheduled note' : 'note') : escapeHtml(shortDate(entry.date, today));
    const tags = [
      `<span class="tag type-${entry.type}">${TYPES[entry.type]}</span>`,
      entry.future ? '<span class="tag scheduled">scheduled</span>' : '',
      // Confidential is the default: only the exception is marked.
      entry.confidential ? '' : '<span class="tag shareable" title="Shareable: may go into a summary">shareable</span>',
    ].join('');
    const parts = [`<div class="entry-head">${link({ kind: 'open', uri: entry.uri, line: 1 }, when, ' class="when"')}${tags}</div>`];
    for (const section of entry.growth) {
      if (section.lines.length === 0) continue;
      const lines = section.lines.map((l) => `<li>${escapeHtml(lens.text(l.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, ''), entry.confidential))}</li>`);
      parts.push(`<div class="excerpt">${link({ kind: 'open', uri: entry.uri, line: section.line }, escapeHtml(section.heading), ' class="section"')}<ul>${lines.join('')}</ul></div>`);
    }
    return `<li>${parts.join('')}</li>`;
  }

  return { title: `${lens.name(page.name)} · 1:1s`, body: out.join('\n'), targets };
}

/**
 * The last moods as a row of small bars (height = mood, one per note, oldest first) with the
 * latest word and the direction; the bars are one image for a screen reader, labelled in words.
 */
export function moodTrendHtml(trend: MoodTrend, today: IsoDate): string {
  const label = `Mood over the last ${trend.points.length === 1 ? 'note' : `${trend.points.length} notes`}: ${trend.summary}`;
  const bars = trend.points.map((p) => `<span class="mood-bar mood-${p.value}" title="${escapeHtml(`${shortDate(p.date, today)}: ${moodWord(p.value)} (${p.value})`)}"></span>`);
  const words = `${moodWord(trend.latest.value)} (${trend.latest.value}/5)${trend.points.length > 1 ? ` · ${trend.direction}` : ''}`;
  return `<span class="mood-trend" role="img" aria-label="${escapeHtml(label)}">${bars.join('')}</span> <span class="muted">${escapeHtml(words)}</span>`;
}

/** The whole webview document: strict CSP, the stylesheet and script by URI, the body inline. */
export function personPageDocument(body: string, options: { cspSource: string; nonce: string; styleUri: string; scriptUri: string; title: string }): string {
  const csp = [
    "default-src 'none'",
    `style-src ${options.cspSource}`,
    `img-src ${options.cspSource}`,
    `font-src ${options.cspSource}`,
    `script-src 'nonce-${options.nonce}'`,
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    '</head>',
    '<body>',
    `<main id="page">${body}</main>`,
    `<script nonce="${options.nonce}" src="${escapeHtml(options.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
