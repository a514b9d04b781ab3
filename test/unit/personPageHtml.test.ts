import assert from 'node:assert/strict';
import { initials } from '../../src/core/names';
import { buildPersonPage } from '../../src/core/personPage';
import { personPageDocument, renderPersonPage, type PrivacyLens } from '../../src/core/personPageHtml';
import { loadFixture, readFixture } from './helpers/fixtures';

const TODAY = '2026-12-01';
const FIXTURE = 'person-page';

const lens = (on: boolean): PrivacyLens => ({
  on,
  name: (n) => (on ? initials(n) : n),
  text: (t, confidential) => (on && confidential ? 'Confidential item' : t),
});

/** The text a person sees: tags dropped, entities decoded. */
function visible(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}

describe('person page markup', () => {
  const journal = loadFixture(FIXTURE);
  const page = buildPersonPage(journal, 'Carly Chen', TODAY, { weekMode: 'iso', text: (u) => readFixture(FIXTURE, u) })!;

  describe('with privacy mode off', () => {
    const rendered = renderPersonPage(page, { today: TODAY, lens: lens(false) });
    const text = visible(rendered.body);
    const shown: Array<[string, string]> = [
      ['the name, role and relationship', 'Carly Chen Senior Engineer · direct report'],
      ['the aliases', 'Also written Carly , CC'],
      ['the manager and the reports', 'Manager Ana Lead Reports Evan Ito'],
      ['the team by its name, and the size of a manager direct\'s team in a row of its own', 'Team Platform Manages 1 person (a manager direct)'],
      ['the mood trend over the notes so far, latest word and direction', 'Mood good (4/5) · up'],
      ['the cadence as written', 'Cadence every 2 weeks (biweekly)'],
      ['the away range', 'Away Dec 20 – Jan 5, 2027'],
      ['last met and the scheduled note', 'Last met Nov 27 (4 days ago) Scheduled Dec 3 (in 2 days)'],
      ['the queued talking points', 'the on-call load since the reorg'],
      ['my open follow-ups for them', 'Mine, for Carly Chen ask Dana about the staffing plan due Nov 27'],
      ['theirs from any note, with whom', 'pair Evan with a senior on the migration from Nov 10 · with Evan Ito'],
      ['the growth excerpt of a note', 'Growth & feedback wants to present the migration plan at the all-hands'],
      ['the link to the raw profile', 'Open raw profile'],
    ];
    for (const [what, expected] of shown) it(`shows ${what}`, () => assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`));

    it('draws the mood trend as bars, oldest first, labelled in words for a screen reader', () => {
      assert.deepEqual([...rendered.body.matchAll(/class="mood-bar mood-(\d)" title="([^"]+)"/g)].map((m) => [m[1], m[2]]), [['2', 'Nov 13: low (2)'], ['4', 'Nov 27: good (4)']]);
      assert.match(rendered.body, /role="img" aria-label="Mood over the last 2 notes: 2 → 4 · good, up"/);
    });

    it('lists the timeline newest first', () => {
      assert.deepEqual([...text.matchAll(/(Dec 3|Nov 27|Nov 13) 1:1/g)].map((m) => m[1]), ['Dec 3', 'Nov 27', 'Nov 13']);
    });

    it('holds no path or URI: every link is an index the host resolves to a journal file and line', () => {
      assert.ok(!rendered.body.includes('.md'), 'a path is in the page');
      const links = [...rendered.body.matchAll(/data-target="(\d+)"/g)].map((m) => Number(m[1]));
      assert.deepEqual(links, rendered.targets.map((_, i) => i));
      const excerpt = rendered.targets.find((t) => t.kind === 'open' && t.line === 10 && t.uri.includes('carly-chen'));
      assert.deepEqual(excerpt, { kind: 'open', uri: '1on1s/carly-chen/2026-11-13.md', line: 10 });
      assert.ok(rendered.targets.some((t) => t.kind === 'open' && t.uri === 'people/carly-chen.md' && t.line === 14), 'a talking point does not open its line');
    });
  });

  describe('with privacy mode on', () => {
    const rendered = renderPersonPage(page, { today: TODAY, lens: lens(true) });
    const text = visible(rendered.body);
    const hidden: Array<[string, RegExp]> = [
      ['any name', /Carly|Chen|Ana Lead|Evan Ito|Dana/],
      ['role and team', /Senior Engineer|Platform/],
      ['the size of their team', /manages \d|\d (?:person|people)/i],
      ['their mood', /\b(?:rough|low|okay|good|great)\b|\d\/5/i],
      ['any date', /\b(?:Nov|Dec|Jan) \d|\d{4}-\d{2}-\d{2}|days? ago|in \d+ days/],
      ['confidential note text', /staffing plan|migration plan|on-call|promo packet/],
    ];
    for (const [what, pattern] of hidden) it(`shows no ${what}`, () => assert.doesNotMatch(`${text} ${rendered.title}`, pattern));

    it('draws no mood bar and labels none', () => assert.doesNotMatch(rendered.body, /mood-trend|mood-bar|aria-label="Mood/));

    it('still shows the shape of the page: initials, relationship, counts, types, and text that is shareable', () => {
      for (const expected of ['C.C.', 'direct report', 'Talking points 2', 'Confidential item', 'Open raw profile', 'book the training']) {
        assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
      }
      assert.equal(rendered.title, 'C.C. · 1:1s');
    });
  });

  describe('escaping', () => {
    it('never lets a note\'s text or a name become markup', () => {
      const evil = { ...page, name: '<img src=x onerror=alert(1)>', talkingPoints: [{ line: 1, text: '<script>bad()</script>' }] };
      const body = renderPersonPage(evil, { today: TODAY, lens: lens(false) }).body;
      assert.doesNotMatch(body, /<script|<img/);
    });
  });

  it('wraps the page in a document with a strict Content-Security-Policy and the nonce on its one script', () => {
    const html = personPageDocument('<p>x</p>', { cspSource: 'https://webview', nonce: 'abc123', styleUri: 'https://webview/p.css', scriptUri: 'https://webview/p.js', title: 'T' });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.deepEqual([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]), [' nonce="abc123" src="https://webview/p.js"']);
    assert.doesNotMatch(html, /style="/);
  });
});
