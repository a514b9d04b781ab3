import assert from 'node:assert/strict';
import { coolingOffUntil } from '../../src/core/followUpResolution';
import { Journal, type JournalChange } from '../../src/core/journal';
import type { FollowUp } from '../../src/core/model';
import { note, profile } from './helpers/fixtures';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Me (Dana), my manager, a direct (Carly), a skip (Lee, below Carly) and a peer (Priya). */
function team(options: ConstructorParameters<typeof Journal>[0] = {}): Journal {
  const journal = new Journal(options);
  journal.batch(() => {
    journal.set('people/dana.md', profile('Dana Diaz', { relationship: 'self', reportsTo: 'Maya Ross' }));
    journal.set('people/maya.md', profile('Maya Ross'));
    journal.set('people/carly.md', profile('Carly Chen', { aliases: '[Carly, CC]', reportsTo: 'Dana Diaz' }));
    journal.set('people/lee.md', profile('Lee Park', { reportsTo: 'Carly Chen' }));
    journal.set('people/priya.md', profile('Priya Shah', { reportsTo: 'Maya Ross' }));
  });
  return journal;
}

/** The follow-up on `line` of `uri`, done ones included. */
function followUpAt(journal: Journal, uri: string, line: number): FollowUp {
  const found = journal.followUps({ includeDone: true }).find((f) => f.uri === uri && f.line === line);
  assert.ok(found, `a follow-up at ${uri}:${line}`);
  return found;
}

describe('journal', () => {
  describe('updates and the change event', () => {
    it('fires one change event per set or delete, naming the file', () => {
      const journal = new Journal();
      const events: JournalChange[] = [];
      journal.onDidChange((e) => events.push(e));
      journal.set('a.md', note({ person: 'Carly Chen', date: '2026-11-20' }));
      journal.set('a.md', note({ person: 'Carly Chen', date: '2026-11-21' }));
      journal.delete('a.md');
      assert.deepEqual(events.map((e) => e.uris), [['a.md'], ['a.md'], ['a.md']]);
    });

    it('fires nothing when deleting a file it does not hold', () => {
      const journal = new Journal();
      let fired = 0;
      journal.onDidChange(() => fired++);
      journal.delete('missing.md');
      assert.equal(fired, 0);
    });

    it('fires one event for a whole batch, nested batches included, after the last update', () => {
      const journal = new Journal();
      const events: Array<{ uris: readonly string[]; notes: number }> = [];
      journal.onDidChange((e) => events.push({ uris: e.uris, notes: journal.notes().length }));
      journal.batch(() => {
        journal.set('a.md', note({ person: 'Carly Chen', date: '2026-11-20' }));
        journal.batch(() => {
          journal.set('b.md', note({ person: 'Lee Park', date: '2026-11-20' }));
          journal.set('c.md', note({ person: 'Priya Shah', date: '2026-11-20' }));
        });
        assert.equal(events.length, 0, 'no event inside the batch');
        journal.delete('c.md');
      });
      assert.deepEqual(events, [{ uris: ['a.md', 'b.md', 'c.md', 'c.md'], notes: 2 }]);
    });

    it('still fires for the files a throwing batch touched, and rethrows', () => {
      const journal = new Journal();
      const events: JournalChange[] = [];
      journal.onDidChange((e) => events.push(e));
      assert.throws(() => journal.batch(() => {
        journal.set('a.md', note({ person: 'Carly Chen', date: '2026-11-20' }));
        throw new Error('scan aborted');
      }), /scan aborted/);
      assert.deepEqual(events.map((e) => e.uris), [['a.md']]);
      journal.set('b.md', '');
      assert.deepEqual(events.map((e) => e.uris), [['a.md'], ['b.md']], 'not stuck in batch mode');
    });

    it('stops calling a listener once disposed', () => {
      const journal = new Journal();
      let fired = 0;
      const subscription = journal.onDidChange(() => fired++);
      journal.set('a.md', '');
      subscription.dispose();
      journal.set('b.md', '');
      assert.equal(fired, 1);
    });

    it('fires an event with no files when the options change, and applies them', () => {
      const journal = new Journal();
      journal.set('people/dana.md', profile('Dana Diaz'));
      const events: JournalChange[] = [];
      journal.onDidChange((e) => events.push(e));
      assert.equal(journal.directory().me, undefined);
      journal.setOptions({ me: 'Dana' });
      assert.deepEqual(events.map((e) => e.uris), [[]]);
      assert.equal(journal.directory().me?.name, 'Dana Diaz');
      journal.set('1on1s/lee.md', note({ person: 'Lee Park', type: 'skip-level', date: '2026-11-16' }, '- [ ] check the freeze'));
      assert.equal(journal.followUps()[0].effectiveAfter, '2026-11-30', 'the default cool-off of 14 days still applies');
    });

    it('forgets a deleted file everywhere: notes, follow-ups, people, diagnostics', () => {
      const journal = team();
      journal.set('n.md', note({ person: 'Zed Zimmer', date: '2026-11-20' }, '- [ ] ask Zed due:2026-02-30'));
      assert.equal(journal.followUps().length, 1);
      journal.delete('n.md');
      assert.deepEqual(
        [journal.has('n.md'), journal.note('n.md'), journal.followUps().length, journal.directory().resolve('Zed Zimmer'), journal.diagnostics().filter((d) => d.uri === 'n.md')],
        [false, undefined, 0, undefined, []],
      );
    });

    it('re-reads the chart when a profile changes', () => {
      const journal = team();
      assert.equal(journal.directory().resolve('Lee Park')?.relationship, 'skip');
      journal.set('people/lee.md', profile('Lee Park', { reportsTo: 'Dana Diaz' }));
      assert.equal(journal.directory().resolve('Lee Park')?.relationship, 'direct');
      journal.delete('people/carly.md');
      assert.equal(journal.directory().resolve('Carly')?.profile, undefined);
    });
  });

  describe('incremental parsing', () => {
    const setUp = (): Journal => {
      const journal = team();
      journal.set('a.md', note({ person: 'Carly Chen', date: '2026-11-13' }, '- [ ] fix the build due:2026-02-30\n- [ ] plan the offsite'));
      journal.set('b.md', note({ person: 'Lee Park', date: '2026-11-16' }, '- [ ] look into the freeze'));
      journal.set('c.md', note({ person: 'Priya Shah', date: '2026-11-10', type: 'peer' }, '- [x] share the rubric done:2026-11-11'));
      return journal;
    };
    const badDateDiagnostic = (journal: Journal, uri: string): unknown =>
      journal.diagnosticsFor(uri).find((d) => d.code === 'bad-follow-up-date');

    it('re-parses only the file that was set: other notes keep their parsed objects', () => {
      const journal = setUp();
      journal.followUps({ includeDone: true });
      const noteA = journal.note('a.md');
      const noteC = journal.note('c.md');
      const bodyOfA = badDateDiagnostic(journal, 'a.md'); // created by the parse of a.md's body
      const profileOfLee = journal.directory().resolve('Lee Park')?.profile;
      assert.ok(noteA && noteC && bodyOfA && profileOfLee);

      journal.set('b.md', note({ person: 'Lee Park', date: '2026-11-16' }, '- [ ] look into the freeze, quietly'));

      assert.equal(journal.note('a.md'), noteA, "a.md's frontmatter was not re-read");
      assert.equal(journal.note('c.md'), noteC, "c.md's frontmatter was not re-read");
      assert.equal(badDateDiagnostic(journal, 'a.md'), bodyOfA, "a.md's body was not re-parsed");
      assert.equal(journal.profiles().find((p) => p.name === 'Lee Park'), profileOfLee, 'profiles were not re-read');
      assert.equal(journal.pendingBodies(), 1, 'only b.md waits for a body parse');
      assert.deepEqual(journal.followUps().filter((f) => f.uri === 'b.md').map((f) => f.text), ['look into the freeze, quietly']);
    });

    it('keeps the people directory when only a note body changed, and rebuilds it when a profile changed', () => {
      const journal = setUp();
      const before = journal.directory();
      journal.set('b.md', note({ person: 'Lee Park', date: '2026-11-16' }, '- [ ] something else'));
      assert.equal(journal.directory(), before);
      journal.set('people/priya.md', profile('Priya Shah', { reportsTo: 'Dana Diaz' }));
      assert.notEqual(journal.directory(), before);
      assert.equal(journal.directory().resolve('Priya')?.relationship, 'direct');
    });

    it('parses bodies lazily: open-item queries skip notes that can only hold done items', () => {
      const journal = setUp();
      assert.equal(journal.pendingBodies(), 3, 'a.md and b.md may hold open items; c.md, only ticked ones, waits to be looked at for problems');
      assert.equal(journal.parseSomeBodies(1), 2);
      assert.deepEqual(journal.followUps().map((f) => [f.uri, f.line]), [['a.md', 5], ['a.md', 6], ['b.md', 5]]);
      assert.equal(journal.pendingBodies(), 1, 'the open list needed a.md and b.md, not c.md');
      assert.equal(journal.parseSomeBodies(10), 0);
      assert.deepEqual(journal.followUps({ parsedOnly: true, includeDone: true }).map((f) => f.uri), ['a.md', 'a.md', 'b.md'], "c.md's valid dates leave its body unparsed");
      assert.deepEqual(journal.followUps({ includeDone: true }).map((f) => [f.uri, f.line]), [['a.md', 5], ['a.md', 6], ['b.md', 5], ['c.md', 6]]);
    });
  });

  describe('follow-ups with their note and people resolved', () => {
    const journal = team();
    journal.set('carly.md', note({ person: '"[[Carly Chen]]"', date: '2026-11-13' }, [
      '- [ ] @me ask Maya about the staffing plan', // 5
      '- [ ] @Carly draft the on-call proposal', // 6
      '- [ ] @"Carly Chen" share the slides', // 7
      '- [ ] @Dana book the room', // 8
      '- [ ] send the budget', // 9
      '- [ ] @Stranger call back', // 10
      '- [ ] @CC review the doc after:2026-11-20', // 11
    ].join('\n')));
    journal.set('priya.md', note({ person: 'Priya', type: 'peer', date: '2026-11-10', confidentiality: 'shareable' }, [
      '- [ ] share the incident template', // 7
      '- [ ] send the hiring rubric #confidential', // 8
    ].join('\n')));
    journal.set('lee.md', note({ person: 'Lee Park', date: '2026-11-16', confidentiality: 'shareable' }, [
      '- [ ] look into the freeze', // 6
      '- [ ] talk to Evan after:2026-11-20', // 7
      '- [ ] report the fraud #escalate', // 8
      '- [ ] report the harassment #escalate after:2026-12-10', // 9
      '- [x] thank Lee for the demo done:2026-11-17', // 10
    ].join('\n')));
    journal.set('lee-dated.md', note({ person: 'Lee Park', type: 'skip-level', date: '2026-11-13T16:30:00-08:00' }, '- [ ] check the on-call load'));

    // uri, line, owner, mine, person, type, confidential, effectiveAfter
    const cases: Array<[string, string, number, string | null, boolean, string, string, boolean, string | undefined]> = [
      ['gives @me to me', 'carly.md', 5, 'Dana Diaz', true, 'Carly Chen', 'one-on-one', true, undefined],
      ['resolves a first-name owner to the full name', 'carly.md', 6, 'Carly Chen', false, 'Carly Chen', 'one-on-one', true, undefined],
      ['resolves a quoted full-name owner', 'carly.md', 7, 'Carly Chen', false, 'Carly Chen', 'one-on-one', true, undefined],
      ['treats my own name as me', 'carly.md', 8, 'Dana Diaz', true, 'Carly Chen', 'one-on-one', true, undefined],
      ['gives an item without a mention to me', 'carly.md', 9, 'Dana Diaz', true, 'Carly Chen', 'one-on-one', true, undefined],
      ['keeps an unknown owner as written', 'carly.md', 10, 'Stranger', false, 'Carly Chen', 'one-on-one', true, undefined],
      ['resolves an alias owner and keeps an explicit after: outside skip-levels', 'carly.md', 11, 'Carly Chen', false, 'Carly Chen', 'one-on-one', true, '2026-11-20'],
      ['inherits a shareable note’s confidentiality', 'priya.md', 7, 'Dana Diaz', true, 'Priya Shah', 'peer', false, undefined],
      ['keeps a #confidential item confidential in a shareable note', 'priya.md', 8, 'Dana Diaz', true, 'Priya Shah', 'peer', true, undefined],
      ['marks a skip-level follow-up confidential and cooling off for 14 days from the note', 'lee.md', 6, 'Dana Diaz', true, 'Lee Park', 'skip-level', true, '2026-11-30'],
      ['lets an explicit after: replace the implicit skip-level cool-off', 'lee.md', 7, 'Dana Diaz', true, 'Lee Park', 'skip-level', true, '2026-11-20'],
      ['never cools off an #escalate item', 'lee.md', 8, 'Dana Diaz', true, 'Lee Park', 'skip-level', true, undefined],
      ['never cools off an #escalate item, even with after:', 'lee.md', 9, 'Dana Diaz', true, 'Lee Park', 'skip-level', true, undefined],
      ['counts the cool-off from the date written in a date-time', 'lee-dated.md', 6, 'Dana Diaz', true, 'Lee Park', 'skip-level', true, '2026-11-27'],
    ];
    for (const [behaviour, uri, line, owner, mine, person, type, confidential, effectiveAfter] of cases) {
      it(`${behaviour} (${uri}:${line})`, () => {
        const f = followUpAt(journal, uri, line);
        assert.deepEqual(
          [f.owner, f.mine, f.person, f.type, f.confidential, f.effectiveAfter],
          [owner, mine, person, type, confidential, effectiveAfter],
        );
      });
    }

    it('takes a skip-level type from the person’s relationship when the note has none', () => {
      assert.equal(journal.meetings().find((m) => m.note.uri === 'lee.md')?.type, 'skip-level');
    });

    it('keeps the written after: date of an #escalate item while not cooling it off', () => {
      const f = followUpAt(journal, 'lee.md', 9);
      assert.deepEqual([f.escalate, f.after, coolingOffUntil(f, '2026-11-20')], [true, '2026-12-10', undefined]);
    });

    it('lists open follow-ups only, sorted by file then line, unless done ones are asked for', () => {
      assert.equal(journal.followUps().some((f) => f.done), false);
      assert.deepEqual(journal.followUps({ includeDone: true }).filter((f) => f.done).map((f) => [f.uri, f.line, f.doneDate]), [['lee.md', 10, '2026-11-17']]);
      const order = journal.followUps().map((f) => `${f.uri}:${f.line}`);
      assert.deepEqual(order, [...order].sort((a, b) => {
        const [ua, la] = a.split(':');
        const [ub, lb] = b.split(':');
        return ua < ub ? -1 : ua > ub ? 1 : Number(la) - Number(lb);
      }));
      assert.equal(order.length, 14);
    });

    const coolingOff: Array<[string, string | undefined]> = [
      ['2026-11-16', '2026-11-30'],
      ['2026-11-29', '2026-11-30'],
      ['2026-11-30', undefined],
      ['2026-12-15', undefined],
    ];
    for (const [today, until] of coolingOff) {
      it(`on ${today}, says a skip-level follow-up from 2026-11-16 is ${until ? `cooling off until ${until}` : 'no longer cooling off'}`, () => {
        assert.equal(coolingOffUntil(followUpAt(journal, 'lee.md', 6), today), until);
      });
    }

    it('is never cooling off without an effective after date, or with #escalate', () => {
      assert.equal(coolingOffUntil({ escalate: false, type: 'skip-level' }, '2026-11-20'), undefined);
      assert.equal(coolingOffUntil({ escalate: true, effectiveAfter: '2026-12-01', type: 'skip-level' }, '2026-11-20'), undefined);
      assert.equal(coolingOffUntil({ escalate: false, effectiveAfter: '2026-12-01', type: 'skip-level' }, '2026-11-20'), '2026-12-01');
    });

    it('uses the coolOffDays option for the implicit cool-off', () => {
      const short = team({ coolOffDays: 7 });
      short.set('lee.md', note({ person: 'Lee Park', date: '2026-11-16' }, '- [ ] look into the freeze'));
      assert.equal(followUpAt(short, 'lee.md', 5).effectiveAfter, '2026-11-23');
    });

    it('gives no owner name when no me is known, and still knows which items are mine', () => {
      const anonymous = new Journal();
      anonymous.set('people/carly.md', profile('Carly Chen'));
      anonymous.set('n.md', note({ person: 'Carly Chen', date: '2026-11-13' }, '- [ ] @me one\n- [ ] two\n- [ ] @Carly three'));
      assert.deepEqual(
        anonymous.followUps().map((f) => [f.owner, f.mine]),
        [[null, true], [null, true], ['Carly Chen', false]],
      );
    });

    it('follows a change of me to the new owner name', () => {
      const j = team();
      j.set('n.md', note({ person: 'Carly Chen', date: '2026-11-13' }, '- [ ] @me one'));
      j.set('people/dana.md', profile('Dana Diaz', { reportsTo: 'Maya Ross' }));
      j.setOptions({ me: 'Maya Ross' });
      assert.deepEqual(j.followUps().map((f) => f.owner), ['Maya Ross']);
    });
  });

  describe('diagnostics', () => {
    const only = (text: string): Array<[number, string, string, Record<string, string> | undefined]> => {
      const journal = team();
      journal.set('n.md', text);
      return journal.diagnosticsFor('n.md').map((d) => [d.line, d.severity, d.code, d.data]);
    };

    const cases: Array<[string, string, Array<[number, string, string, Record<string, string> | undefined]>]> = [
      ['an empty person', '---\nperson: ""\ndate: 2026-11-20\n---\n', [[2, 'error', 'missing-person', undefined]]],
      ['a person key without a value', '---\ndate: 2026-11-20\nperson:\n---\n', [[3, 'error', 'missing-person', undefined]]],
      ['a bad type', '---\nperson: Carly Chen\ndate: 2026-11-20\ntype: standup\n---\n', [[4, 'warning', 'bad-type', { value: 'standup' }]]],
      ['a slashed date, with the ISO suggestion', '---\nperson: Carly Chen\ndate: 2026/11/20\n---\n', [[3, 'error', 'bad-date', { value: '2026/11/20', suggestion: '2026-11-20' }]]],
      ['a day-first date, with the ISO suggestion', '---\nperson: Carly Chen\ndate: 20.11.2026\n---\n', [[3, 'error', 'bad-date', { value: '20.11.2026', suggestion: '2026-11-20' }]]],
      ['an impossible date, without a suggestion', '---\nperson: Carly Chen\ndate: 2026-02-30\n---\n', [[3, 'error', 'bad-date', { value: '2026-02-30' }]]],
      ['words for a date', '---\nperson: Carly Chen\ndate: next Tuesday\n---\n', [[3, 'error', 'bad-date', { value: 'next Tuesday' }]]],
      ['a bad date in a follow-up token, on the item line', '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n\n- [ ] fine\n- [ ] broken due:2026-11-31\n', [[7, 'warning', 'bad-follow-up-date', { value: 'due:2026-11-31' }]]],
      ['a bad confidentiality', '---\nperson: Carly Chen\ndate: 2026-11-20\nconfidentiality: secret\n---\n', [[4, 'warning', 'bad-confidentiality', { value: 'secret' }]]],
      ['nothing wrong', '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n- [ ] fine due:2026-11-27\n', []],
    ];
    for (const [what, text, expected] of cases) {
      it(`reports ${what}`, () => assert.deepEqual(only(text), expected));
    }

    it('reports a missing date as an error', () => {
      assert.deepEqual(only('---\nperson: Carly Chen\n---\n').map(([, severity, code]) => [severity, code]), [['error', 'missing-date']]);
    });

    it('reports a skip-level note marked shareable on its confidentiality line', () => {
      assert.deepEqual(
        only('---\nperson: Lee Park\ntype: skip-level\ndate: 2026-11-16\nconfidentiality: shareable\n---\n'),
        [[5, 'warning', 'skip-level-shareable', undefined]],
      );
    });

    it('reports a skip-level note marked shareable even when its type comes from the relationship', () => {
      assert.deepEqual(
        only('---\nperson: Lee Park\ndate: 2026-11-16\nconfidentiality: shareable\n---\n').map(([, severity, code]) => [severity, code]),
        [['warning', 'skip-level-shareable']],
      );
    });

    it('offers a profile for a person without one, on the person line', () => {
      assert.deepEqual(only('---\ndate: 2026-11-20\nperson: Zed Zimmer\n---\n'), [[3, 'information', 'unknown-person', { value: 'Zed Zimmer' }]]);
    });

    it('reports a file that could not be read', () => {
      const journal = new Journal();
      journal.setUnreadable('locked.md', 'EACCES: permission denied');
      assert.deepEqual(
        journal.diagnostics().map((d) => [d.uri, d.line, d.severity, d.code, d.message]),
        [['locked.md', 1, 'warning', 'unreadable', 'EACCES: permission denied']],
      );
      assert.deepEqual([journal.notes(), journal.followUps()], [[], []]);
    });

    it('gathers every file’s diagnostics and the chart’s, sorted by file and line', () => {
      const journal = team();
      journal.set('people/quinn.md', profile('Quinn Reed', { reportsTo: 'Nobody Known' }));
      journal.set('b.md', '---\nperson: Carly Chen\ndate: 2026/11/20\ntype: standup\n---\n');
      journal.set('a.md', '---\nperson: Carly Chen\n---\n- [ ] x due:2026-02-30\n');
      assert.deepEqual(journal.diagnostics().map((d) => [d.uri, d.line, d.code]), [
        ['a.md', 2, 'missing-date'],
        ['a.md', 4, 'bad-follow-up-date'],
        ['b.md', 3, 'bad-date'],
        ['b.md', 4, 'bad-type'],
        ['people/quinn.md', 4, 'unknown-reports-to'],
      ]);
    });
  });

  describe('robustness: every file parses or is skipped with a diagnostic, never an exception', () => {
    const body = '---\nperson: Carly Chen\ndate: 2026-11-20\n---\n- [ ] @me first due:2026-11-27\n- [x] second\n';

    /** Runs every query, so a crash anywhere in the index shows. */
    const everything = (journal: Journal): void => {
      journal.notes();
      journal.meetings();
      journal.directory();
      journal.followUps();
      journal.followUps({ includeDone: true });
      journal.diagnostics();
      journal.diagnosticsFor('x.md');
    };

    const bigNote = (): string => {
      const lines = ['---', 'person: Carly Chen', 'date: 2026-11-20', '---'];
      let size = 0;
      for (let i = 0; size < 5 * 1024 * 1024; i++) {
        const line = i % 50 === 0 ? `- [ ] @me follow-up number ${i} due:2026-12-01` : `Line ${i}: the meeting went on, and on, about the roadmap and the reorg.`;
        lines.push(line);
        size += line.length + 1;
      }
      return lines.join('\n');
    };

    // name, how it is set, whether it is a note, the diagnostic codes, the open follow-ups' [line, text]
    const cases: Array<[string, (j: Journal) => void, boolean, string[], Array<[number, string]>]> = [
      ['a CRLF note (text)', (j) => j.set('x.md', crlf(body)), true, [], [[5, 'first']]],
      ['a CRLF note (bytes)', (j) => j.setBytes('x.md', utf8(crlf(body))), true, [], [[5, 'first']]],
      ['a note with a UTF-8 BOM (bytes)', (j) => j.setBytes('x.md', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(body)])), true, [], [[5, 'first']]],
      ['a note with a BOM (text)', (j) => j.set('x.md', '\uFEFF' + body), true, [], [[5, 'first']]],
      ['a CRLF note with a BOM (bytes)', (j) => j.setBytes('x.md', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(crlf(body))])), true, [], [[5, 'first']]],
      ['an empty file (bytes)', (j) => j.setBytes('x.md', new Uint8Array()), false, [], []],
      ['an empty file (text)', (j) => j.set('x.md', ''), false, [], []],
      ['a PNG named .md', (j) => j.setBytes('x.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])), false, ['unreadable'], []],
      ['a note-looking file with NUL bytes', (j) => j.setBytes('x.md', Uint8Array.from([...utf8(body), 0, 0, 0, 1, 2])), false, ['unreadable'], []],
      ['a Latin-1 note (not UTF-8)', (j) => j.setBytes('x.md', Uint8Array.from([...utf8('---\nperson: Carly Chen\ndate: 2026-11-20\n---\n- [ ] order caf'), 0xe9, 0x0a])), true, ['not-utf8'], [[5, 'order caf\uFFFD']]],
      ['a truncated UTF-8 sequence', (j) => j.setBytes('x.md', Uint8Array.from([...utf8(body), 0xe2, 0x82])), true, ['not-utf8'], [[5, 'first']]],
      // In Node a file's bytes are a Buffer, often a view into a larger pool: the NUL sniff reads only this file's first 8,000 bytes.
      ['a note-looking file with NUL bytes (a pooled Buffer)', (j) => j.setBytes('x.md', Buffer.from([...utf8(body), 0, 1])), false, ['unreadable'], []],
      ['a note (a pooled Buffer whose pool holds NUL bytes after it)', (j) => {
        const pool = Buffer.alloc(body.length + 64); // zero bytes after the note
        const bytes = utf8(body);
        pool.set(bytes);
        j.setBytes('x.md', pool.subarray(0, bytes.length));
      }, true, [], [[5, 'first']]],
      ['a NUL byte at byte 7,999 (binary)', (j) => j.setBytes('x.md', Buffer.concat([utf8(body), Buffer.alloc(7999 - utf8(body).length, 0x20), Buffer.from([0])])), false, ['unreadable'], []],
      ['a NUL byte at byte 8,000, past the sniff (a note)', (j) => j.setBytes('x.md', Buffer.concat([utf8(body), Buffer.alloc(8000 - utf8(body).length, 0x20), Buffer.from([0])])), true, [], [[5, 'first']]],
      ['a Latin-1 note whose boxes are all ticked (its kept bytes are read again, leniently)', (j) => j.setBytes('x.md', Uint8Array.from([...utf8('---\nperson: Carly Chen\ndate: 2026-11-20\n---\n- [x] order caf'), 0xe9, ...utf8(' due:2026-13-01\n')])), true, ['not-utf8', 'bad-follow-up-date'], []],
      ['a note whose frontmatter never closes', (j) => j.set('x.md', '---\nperson: Carly Chen\ndate: 2026-11-20\n- [ ] x\n'), false, ['yaml'], []],
      ['a 5 MB note (bytes)', (j) => j.setBytes('x.md', utf8(bigNote())), true, ['too-large'], []],
    ];
    for (const [what, setFile, isNote, codes, open] of cases) {
      it(`handles ${what}`, () => {
        const journal = team();
        assert.doesNotThrow(() => setFile(journal));
        assert.doesNotThrow(() => everything(journal));
        assert.equal(journal.has('x.md'), true);
        assert.equal(journal.note('x.md')?.personName, isNote ? 'Carly Chen' : undefined);
        assert.deepEqual(journal.diagnosticsFor('x.md').map((d) => d.code), codes);
        assert.deepEqual(journal.followUps().filter((f) => f.uri === 'x.md').map((f) => [f.line, f.text]), open);
      });
    }

    it('keeps the date of a 5 MB note, so it still counts as a meeting', () => {
      const journal = team();
      journal.setBytes('x.md', utf8(bigNote()));
      assert.deepEqual(journal.meetings().map((m) => [m.note.uri, m.person, m.note.date]), [['x.md', 'Carly Chen', '2026-11-20']]);
    });

    it('has the not-UTF-8 warning in place when the change event fires', () => {
      const journal = team();
      const seen: string[][] = [];
      journal.onDidChange((e) => {
        if (e.uris.includes('x.md')) seen.push(journal.diagnosticsFor('x.md').map((d) => d.code));
      });
      journal.setBytes('x.md', Uint8Array.from([...utf8('---\nperson: Carly Chen\ndate: 2026-11-20\n---\ncaf'), 0xe9]));
      assert.deepEqual(seen, [['not-utf8']]);
    });

    it('replaces an unreadable file with its readable version', () => {
      const journal = team();
      journal.setBytes('x.md', Uint8Array.from([0, 1, 2]));
      journal.setBytes('x.md', utf8(body));
      assert.deepEqual([journal.note('x.md')?.personName, journal.diagnosticsFor('x.md')], ['Carly Chen', []]);
    });
  });
});
