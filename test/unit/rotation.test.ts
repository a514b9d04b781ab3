import assert from 'node:assert/strict';
import * as path from 'node:path';
import { addDays } from '../../src/core/dates';
import { Journal } from '../../src/core/journal';
import type { Meeting, PersonProfile } from '../../src/core/model';
import { buildDirectory } from '../../src/core/people';
import {
  describeNeed, peersPastWindow, planMarkdown, planRotation, suggestSkipLevels, type RotationNeed, type SkipLevelSuggestions,
} from '../../src/core/rotation';
import type { WeekMode } from '../../src/core/thisWeek';
import { loadJournal } from '../../src/node/loadJournal';
import { note, profile } from './helpers/fixtures';

/** `oneOnOne.thisWeek` as the default settings have it. */
const WEEK_MODE: WeekMode = 'iso';
import {
  branchOf, CHURN, directoryOf, eligiblePeople, generateOrg, measure, seededRandom, simulate, skipLevel, STABLE,
  type SimMetrics, type SimOptions, type SimResult, type Strategy,
} from './helpers/orgSim';

const TODAY = '2026-11-20';

/**
 * Me (Maya) with three direct reports and their subtrees:
 *   Dana Diaz (Platform): Evan Park → Lena Vogel (depth 3), Sam Stone
 *   Carly Chen (Payments): Ines Moreau, Jonah Feld
 *   Kwame Mensah (Mobile): Marco Bellini
 * plus my manager Rob and a peer, Hannah.
 */
function org(extra: Record<string, string> = {}, profiles: Record<string, Record<string, string>> = {}): Journal {
  const people: Record<string, Record<string, string>> = {
    'Maya Okafor': { relationship: 'self', reportsTo: 'Rob Lind', team: 'Engineering' },
    'Rob Lind': {},
    'Hannah Whit': { reportsTo: 'Rob Lind', team: 'Data' },
    'Dana Diaz': { reportsTo: 'Maya Okafor', team: 'Platform' },
    'Carly Chen': { reportsTo: 'Maya Okafor', team: 'Payments' },
    'Kwame Mensah': { reportsTo: 'Maya Okafor', team: 'Mobile' },
    'Evan Park': { reportsTo: 'Dana Diaz', team: 'Platform' },
    'Sam Stone': { reportsTo: 'Dana Diaz', team: 'Platform' },
    'Lena Vogel': { reportsTo: 'Evan Park', team: 'Platform' },
    'Ines Moreau': { reportsTo: 'Carly Chen', team: 'Payments' },
    'Jonah Feld': { reportsTo: 'Carly Chen', team: 'Payments' },
    'Marco Bellini': { reportsTo: 'Kwame Mensah', team: 'Mobile' },
    ...profiles,
  };
  const journal = new Journal();
  journal.batch(() => {
    for (const [name, fields] of Object.entries(people)) journal.set(`people/${name}.md`, profile(name, fields));
    for (const [uri, text] of Object.entries(extra)) journal.set(uri, text);
  });
  return journal;
}

/** Skip-level notes: `[person, date]` pairs. */
function skips(...meetings: Array<[string, string]>): Record<string, string> {
  return Object.fromEntries(meetings.map(([person, date]) => [`1on1s/${person}/${date}.md`, note({ person, type: 'skip-level', date })]));
}

function suggest(journal: Journal, today = TODAY): SkipLevelSuggestions {
  return suggestSkipLevels(journal.directory(), journal.meetings(), today, { weekMode: WEEK_MODE });
}

const names = (s: SkipLevelSuggestions): string[] => s.people.map((p) => p.person.name);

describe('skip-level rotation', () => {
  describe('ranking', () => {
    it('ranks never-met people first, then by the longest since the last skip-level, spreading branches', () => {
      const journal = org(skips(['Ines Moreau', '2026-09-10'], ['Lena Vogel', '2026-10-08'], ['Marco Bellini', '2026-10-22'], ['Evan Park', '2026-10-29']));
      // Never met: Jonah (Payments), Sam (Platform). Then Ines (oldest), Lena, Marco, Evan.
      assert.deepEqual(names(suggest(journal)), ['Jonah Feld', 'Sam Stone', 'Ines Moreau', 'Lena Vogel', 'Marco Bellini', 'Evan Park']);
    });

    it('meets everyone once in a round before anyone a second time', () => {
      // Round: Ines, Jonah, Lena, Evan, Sam and Marco were met; then Ines and Jonah again,
      // so the current round holds them and the four others come first.
      const journal = org(skips(
        ['Ines Moreau', '2026-08-03'], ['Lena Vogel', '2026-08-10'], ['Marco Bellini', '2026-08-17'], ['Jonah Feld', '2026-08-24'],
        ['Evan Park', '2026-08-31'], ['Sam Stone', '2026-09-07'],
        ['Ines Moreau', '2026-09-14'], ['Jonah Feld', '2026-09-21'],
      ));
      const s = suggest(journal);
      assert.deepEqual(s.round, { met: 2, of: 6 });
      assert.deepEqual(names(s).slice(0, 4).sort(), ['Evan Park', 'Lena Vogel', 'Marco Bellini', 'Sam Stone']);
      assert.deepEqual(s.people.map((p) => p.metThisRound), [0, 0, 0, 0, 1, 1]);
    });

    it('avoids the branch of the previous skip-level when someone the higher rules allow is elsewhere', () => {
      // Everyone met once; Ines (Payments) waited longest but the last skip-level was in Payments.
      const journal = org(skips(
        ['Ines Moreau', '2026-08-03'], ['Marco Bellini', '2026-08-10'], ['Lena Vogel', '2026-08-17'], ['Evan Park', '2026-08-24'],
        ['Sam Stone', '2026-08-31'], ['Jonah Feld', '2026-09-07'],
      ));
      const s = suggest(journal);
      assert.equal(s.people[0].person.name, 'Marco Bellini');
      assert.equal(s.people[1].person.name, 'Ines Moreau');
      // Consecutive entries of the ranking differ in branch wherever another branch is left.
      const branches = s.people.map((p) => p.branch.name);
      assert.deepEqual(branches, ['Kwame Mensah', 'Carly Chen', 'Dana Diaz', 'Carly Chen', 'Dana Diaz', 'Dana Diaz']);
    });

    it('goes back to the same branch when only that branch has someone the higher rules allow', () => {
      // A full round, then a second one where only Lena (Platform) is left, right after Evan (Platform).
      const journal = org(skips(
        ['Lena Vogel', '2026-07-20'], ['Ines Moreau', '2026-07-27'], ['Marco Bellini', '2026-08-03'], ['Jonah Feld', '2026-08-10'],
        ['Sam Stone', '2026-08-17'], ['Evan Park', '2026-08-24'],
        ['Ines Moreau', '2026-08-31'], ['Marco Bellini', '2026-09-07'], ['Jonah Feld', '2026-09-14'], ['Sam Stone', '2026-09-21'],
        ['Evan Park', '2026-09-28'],
      ));
      const s = suggest(journal);
      assert.deepEqual(s.round, { met: 5, of: 6 });
      assert.equal(s.people[0].person.name, 'Lena Vogel');
    });

    it('meets deeper levels in proportion instead of only the leads at depth 2', () => {
      // Nobody met yet: the first picks alternate branches and reach depth 3 early.
      const s = suggest(org());
      assert.deepEqual(s.people.map((p) => `${p.person.name}@${p.depth}`), [
        'Evan Park@2', 'Ines Moreau@2', 'Marco Bellini@2', 'Lena Vogel@3', 'Jonah Feld@2', 'Sam Stone@2',
      ]);
    });

    it('breaks ties by name', () => {
      const journal = org({}, {
        'Dana Diaz': { reportsTo: 'Maya Okafor', team: 'Platform' },
        'Ines Moreau': { reportsTo: 'Dana Diaz' },
        'Jonah Feld': { reportsTo: 'Dana Diaz' },
        'Evan Park': { reportsTo: 'Dana Diaz' },
        'Sam Stone': { reportsTo: 'Dana Diaz' },
        'Lena Vogel': { reportsTo: 'Dana Diaz' },
        'Marco Bellini': { reportsTo: 'Dana Diaz' },
      });
      assert.deepEqual(names(suggest(journal)), ['Evan Park', 'Ines Moreau', 'Jonah Feld', 'Lena Vogel', 'Marco Bellini', 'Sam Stone']);
    });

    it('gives the same ranking whatever order the files were read in', () => {
      const files = skips(['Ines Moreau', '2026-09-10'], ['Lena Vogel', '2026-10-08'], ['Marco Bellini', '2026-10-08'], ['Jonah Feld', '2026-11-02']);
      const forward = suggest(org(files));
      const reversed = suggest(org(Object.fromEntries(Object.entries(files).reverse())));
      assert.deepEqual(names(reversed), names(forward));
      assert.deepEqual(reversed.people.map((p) => p.reasons), forward.people.map((p) => p.reasons));
    });

    it('counts an agenda and its notes on the same day as one skip-level', () => {
      const journal = org({ ...skips(['Ines Moreau', '2026-11-02']), '1on1s/ines-agenda.md': note({ person: 'Ines', type: 'skip', date: '2026-11-02' }) });
      assert.equal(suggest(journal).people.find((p) => p.person.name === 'Ines Moreau')?.metThisRound, 1);
    });
  });

  describe('who is eligible', () => {
    const cases: Array<[string, Record<string, Record<string, string>>, Record<string, string>, string, keyof SkipLevelSuggestions['excluded'] | undefined]> = [
      ['someone inactive', { 'Sam Stone': { reportsTo: 'Dana Diaz', active: 'false' } }, {}, 'Sam Stone', 'inactive'],
      ['someone away today', { 'Sam Stone': { reportsTo: 'Dana Diaz', away: '2026-11-16..2026-12-04' } }, {}, 'Sam Stone', 'away'],
      ['someone with a skip-level already scheduled', {}, skips(['Sam Stone', '2026-11-25']), 'Sam Stone', 'scheduled'],
      ['a direct report', {}, {}, 'Dana Diaz', undefined],
      ['someone whose profile says they are a peer', { 'Sam Stone': { reportsTo: 'Dana Diaz', relationship: 'peer' } }, {}, 'Sam Stone', undefined],
      ['someone outside the chart below me', {}, {}, 'Hannah Whit', undefined],
    ];
    for (const [what, profiles, files, name, counted] of cases) {
      it(`leaves out ${what}${counted ? ` and counts them as ${counted}` : ''}`, () => {
        const s = suggest(org(files, profiles));
        assert.ok(!names(s).includes(name), `${name} is not suggested`);
        if (counted) assert.equal(s.excluded[counted], 1);
      });
    }

    it('suggests someone again once their leave has ended', () => {
      const journal = org({}, { 'Sam Stone': { reportsTo: 'Dana Diaz', away: '2026-11-01..2026-11-19' } });
      assert.ok(names(suggest(journal)).includes('Sam Stone'));
    });

    it('suggests someone whose scheduled skip-level is in the past by now', () => {
      const journal = org(skips(['Sam Stone', '2026-11-25']));
      assert.ok(names(suggest(journal, '2026-11-26')).includes('Sam Stone'));
    });
  });

  describe('reasons', () => {
    it('says never met / last skip-level, who they report to, and when their branch was last visited', () => {
      const journal = org({
        ...skips(['Lena Vogel', '2026-10-08'], ['Evan Park', '2026-10-29']),
        '1on1s/jonah-1on1.md': note({ person: 'Jonah Feld', type: 'one-on-one', date: '2026-10-01' }),
      });
      const reasons = Object.fromEntries(suggest(journal).people.map((p) => [p.person.name, p.reasons]));
      assert.deepEqual(reasons['Lena Vogel'], ['last skip-level Oct 8 (6 weeks ago)', 'reports to Evan Park (Platform)', 'Platform last visited 3 weeks ago']);
      assert.deepEqual(reasons['Ines Moreau'], ['never met', 'reports to Carly Chen (Payments)', 'Payments not visited yet']);
      assert.deepEqual(reasons['Jonah Feld'], ['no skip-level yet', 'reports to Carly Chen (Payments)', 'Payments not visited yet']);
    });

    it('names a branch by its head when the head has no team, and tells two heads with one team apart', () => {
      const journal = org({}, {
        'Dana Diaz': { reportsTo: 'Maya Okafor' },
        'Carly Chen': { reportsTo: 'Maya Okafor', team: 'Mobile' },
      });
      const labels = new Map(suggest(journal).people.map((p) => [p.branch.name, p.branchLabel]));
      assert.deepEqual(Object.fromEntries(labels), { 'Dana Diaz': 'Dana Diaz', 'Carly Chen': 'Mobile (Carly Chen)', 'Kwame Mensah': 'Mobile (Kwame Mensah)' });
    });
  });

  describe('what it needs', () => {
    const cases: Array<[string, () => Journal, RotationNeed]> = [
      ['no me', () => {
        const j = new Journal();
        j.set('people/a.md', profile('Ann Avery', { reportsTo: 'Bob Bell' }));
        j.set('people/b.md', profile('Bob Bell'));
        return j;
      }, 'me'],
      ['no reportsTo anywhere', () => {
        const j = new Journal();
        j.set('people/me.md', profile('Maya Okafor', { relationship: 'self' }));
        j.set('1on1s/x.md', note({ person: 'Carly Chen', date: '2026-11-13' }));
        return j;
      }, 'org-chart'],
      ['only direct reports', () => {
        const j = new Journal();
        j.set('people/me.md', profile('Maya Okafor', { relationship: 'self' }));
        j.set('people/c.md', profile('Carly Chen', { reportsTo: 'Maya Okafor' }));
        return j;
      }, 'skip-levels'],
      ['everyone away or scheduled', () => org(skips(['Ines Moreau', '2026-11-23'], ['Jonah Feld', '2026-11-24'], ['Lena Vogel', '2026-11-25']), {
        'Evan Park': { reportsTo: 'Dana Diaz', away: '2026-11-01..2026-12-01' },
        'Sam Stone': { reportsTo: 'Dana Diaz', active: 'false' },
        'Marco Bellini': { reportsTo: 'Kwame Mensah', away: '2026-11-20..2026-11-20' },
      }), 'eligible'],
    ];
    for (const [what, make, need] of cases) {
      it(`says it needs "${need}" with ${what}, and explains it in words`, () => {
        const s = suggest(make());
        assert.deepEqual(s.people, []);
        assert.equal(s.need, need);
        assert.ok(describeNeed(need, s.excluded).length > 20);
      });
    }

    it('lists what keeps everyone out', () => {
      const s = suggest(cases[3][1]());
      assert.equal(describeNeed('eligible', s.excluded), 'Nobody to suggest for a skip-level right now: 3 already scheduled, 2 away, 1 inactive.');
    });

    it('names the CSV import and reportsTo when there is no org chart', () => {
      assert.match(describeNeed('org-chart'), /CSV/);
      assert.match(describeNeed('org-chart'), /reportsTo/);
    });
  });

  describe('peers past their window', () => {
    const peers = (files: Record<string, string>, profiles: Record<string, Record<string, string>> = {}): Array<[string, string[]]> => {
      const journal = org(files, { 'Priya Raman': { reportsTo: 'Rob Lind', team: 'Product' }, 'Tomas Ferreira': { reportsTo: 'Rob Lind' }, ...profiles });
      return peersPastWindow(journal.directory(), journal.meetings(), TODAY, WEEK_MODE).map((p) => [p.person.name, p.reasons]);
    };
    const peer = (person: string, date: string): Record<string, string> => ({ [`1on1s/${person}-${date}.md`]: note({ person, type: 'peer', date }) });

    it('suggests never-met peers first, then those last met more than five weeks ago; not those within 3–5 weeks', () => {
      assert.deepEqual(peers({ ...peer('Hannah Whit', '2026-09-15'), ...peer('Priya Raman', '2026-10-20'), ...peer('Tomas Ferreira', '2026-10-14') }), [
        ['Hannah Whit', ['last met Sep 15 (9 weeks ago)', 'past the 3–5 week window', 'Data']],
        ['Tomas Ferreira', ['last met Oct 14 (5 weeks ago)', 'past the 3–5 week window']],
      ]);
      assert.deepEqual(peers(peer('Hannah Whit', '2026-10-20')).map(([n]) => n), ['Priya Raman', 'Tomas Ferreira']);
    });

    it('leaves out a peer with a 1:1 already scheduled or away, and follows a peer’s own cadence', () => {
      const result = peers(
        { ...peer('Hannah Whit', '2026-09-15'), ...peer('Hannah Whit', '2026-11-26'), ...peer('Priya Raman', '2026-11-01'), ...peer('Tomas Ferreira', '2026-11-01') },
        { 'Priya Raman': { reportsTo: 'Rob Lind', cadence: 'biweekly' }, 'Tomas Ferreira': { reportsTo: 'Rob Lind', away: '2026-11-10..2026-12-10' } },
      );
      assert.deepEqual(result, [['Priya Raman', ['last met Nov 1 (3 weeks ago)', 'past their cadence (biweekly)']]]);
    });

    it('comes with the skip-level suggestion', () => {
      assert.deepEqual(suggest(org(peer('Hannah Whit', '2026-09-15'))).peers.map((p) => p.person.name), ['Hannah Whit']);
    });
  });

  describe('the plan', () => {
    it('plans one skip-level a week, each person once before anyone twice', () => {
      const journal = org();
      const plan = planRotation(journal.directory(), journal.meetings(), TODAY, 12, 1);
      assert.deepEqual(plan.map((w) => w.weekOf).slice(0, 3), ['2026-11-20', '2026-11-27', '2026-12-04']);
      const people = plan.map((w) => w.meetings.map((m) => m.suggestion.person.name));
      assert.ok(people.every((w) => w.length === 1));
      const flat = people.flat();
      assert.deepEqual(flat.slice(0, 6), names(suggest(journal)));
      // The second round meets the same six, Ines first: the first round ended in Platform.
      assert.deepEqual(flat.slice(6, 12), ['Ines Moreau', 'Evan Park', 'Marco Bellini', 'Lena Vogel', 'Jonah Feld', 'Sam Stone']);
    });

    it('fills a week with the skip-level notes already written for it, then picks', () => {
      const journal = org(skips(['Sam Stone', '2026-11-25'], ['Ines Moreau', '2026-12-02']));
      const plan = planRotation(journal.directory(), journal.meetings(), TODAY, 3, 2);
      assert.deepEqual(plan.map((w) => w.meetings.map((m) => `${m.date} ${m.suggestion.person.name}${m.scheduled ? ' (scheduled)' : ''}`)), [
        ['2026-11-25 Sam Stone (scheduled)', '2026-11-20 Evan Park'],
        ['2026-12-02 Ines Moreau (scheduled)', '2026-11-27 Jonah Feld'],
        ['2026-12-04 Marco Bellini', '2026-12-04 Lena Vogel'],
      ]);
    });

    it('writes the plan as markdown, escaping table cells, with the peers past their window', () => {
      const journal = org({}, { 'Evan Park': { reportsTo: 'Dana Diaz', team: 'Plat|form' } });
      const s = suggest(org({ '1on1s/h.md': note({ person: 'Hannah Whit', type: 'peer', date: '2026-09-15' }) }));
      const md = planMarkdown(planRotation(journal.directory(), journal.meetings(), TODAY, 2, 1), s.peers, TODAY, 1);
      assert.match(md, /^# Skip-level plan: 2 weeks from Nov 20\n/);
      assert.match(md, /^\| Nov 20 \| Evan Park \| Platform \| 2 \| never met · reports to Dana Diaz \(Platform\) · Platform not visited yet \|$/m);
      assert.match(md, /^## Peers past their window\n\n- \*\*Hannah Whit\*\* — last met Sep 15 \(9 weeks ago\)/m);
      const lena = planMarkdown(planRotation(journal.directory(), journal.meetings(), TODAY, 4, 1), [], TODAY, 1);
      assert.match(lena, /reports to Evan Park \(Plat\\\|form\)/);
    });

    it('says what it needs instead of an empty table', () => {
      const j = new Journal();
      j.set('people/me.md', profile('Maya Okafor', { relationship: 'self' }));
      const md = planMarkdown(planRotation(j.directory(), j.meetings(), TODAY, 8, 1), [], TODAY, 1, 'org-chart');
      assert.ok(!md.includes('| Week of |'));
      assert.ok(md.includes(describeNeed('org-chart')));
    });
  });

  describe('the sample journal (Maya Okafor, 2026-11-20)', () => {
    it('suggests Lena first: Payments was visited yesterday, so Ines (waiting longest) comes second', async () => {
      const { journal } = await loadJournal(path.resolve(__dirname, '..', '..', 'sample-journal'));
      const s = suggestSkipLevels(journal.directory(), journal.meetings(), TODAY, { weekMode: WEEK_MODE });
      assert.deepEqual(s.people.map((p) => [p.person.name, p.depth, p.branch.name, p.lastSkipLevel]), [
        ['Lena Vogel', 3, 'Dana Diaz', '2026-10-08'],
        ['Ines Moreau', 2, 'Carly Chen', '2026-09-10'],
        ['Marco Bellini', 2, 'Kwame Mensah', '2026-10-22'],
        ['Evan Park', 2, 'Dana Diaz', '2026-10-29'],
        ['Jonah Feld', 2, 'Carly Chen', '2026-11-10'],
        ['Ruth Adeyemi', 2, 'Carly Chen', '2026-11-19'],
      ]);
      assert.deepEqual(s.people[0].reasons, ['last skip-level Oct 8 (6 weeks ago)', 'reports to Evan Park (Platform)', 'Platform last visited 3 weeks ago']);
      assert.deepEqual(s.excluded, { inactive: 1, away: 1, scheduled: 1 }); // Sam, Aiko, Nadia
      assert.deepEqual(s.peers.map((p) => p.person.name), ['Hannah Whitcombe']);
    });
  });

  /** Picks of someone already met while someone eligible had never been met (SPEC: never met first). */
  function metAgainWhileSomeoneNeverMet(result: SimResult): string[] {
    const met = new Set<string>();
    const late: string[] = [];
    for (const pick of result.picks) {
      const neverMet = [...pick.eligible.keys()].filter((name) => !met.has(name));
      if (met.has(pick.person) && neverMet.length > 0) late.push(`week ${pick.week}: ${pick.person} again while ${neverMet.join(', ')} never met`);
      met.add(pick.person);
    }
    return late;
  }

  /** Depths of the people eligible at the start that a simulated year never picked from (SPEC: spread over depths). */
  function depthsMissedByYear(options: SimOptions, result: SimResult): string[] {
    const depths = [...new Set(eligiblePeople(directoryOf(generateOrg(options.org)), options.start).map((p) => p.depth ?? 0))].sort((a, b) => a - b);
    const missed: string[] = [];
    for (let year = 0; year < Math.floor(options.weeks / 52); year++) {
      const picked = new Set(result.picks.filter((p) => Math.floor(p.week / 52) === year).map((p) => p.depth));
      for (const depth of depths) if (!picked.has(depth)) missed.push(`year ${year + 1}: nobody at depth ${depth}`);
    }
    return missed;
  }

  describe('simulated years', function () {
    // About 2 s on an idle machine; the margin is for a busy one.
    this.timeout(30_000);
    const START = '2027-01-04';
    const ours: Strategy = (directory, meetings, today, count) =>
      suggestSkipLevels(directory, meetings, today, { limit: count, weekMode: WEEK_MODE }).people.map((s) => s.person.name);

    const stable: Array<[number, number, number]> = [[20, 2, 1], [60, 4, 1], [200, 5, 2]];
    for (const [size, maxDepth, perWeek] of stable) {
      describe(`a stable org of ${size} people, ${maxDepth} levels deep, ${perWeek} a week, two years`, () => {
        const options: SimOptions = { org: { size, maxDepth, seed: size + maxDepth }, churn: STABLE, weeks: 104, perWeek, start: START };
        const eligible = eligiblePeople(directoryOf(generateOrg(options.org)), START).length;
        const bound = Math.ceil(eligible / perWeek) + 1;
        let result: SimResult;
        let metrics: SimMetrics;
        before(() => {
          result = simulate(options, ours);
          metrics = measure(result);
        });

        it('meets everyone eligible once before anyone twice', () => {
          assert.equal(metrics.coverageViolations, 0);
        });

        it(`never leaves more than ⌈eligible/perWeek⌉ + 1 = ${bound} weeks between two skip-levels with one person`, () => {
          assert.ok(metrics.longestGap <= bound, `longest gap ${metrics.longestGap} weeks`);
          assert.ok(metrics.longestWait <= Math.max(bound, options.weeks), `longest wait ${metrics.longestWait} weeks`);
        });

        it('picks from the same branch twice in a row only when the higher rules allow nobody elsewhere', () => {
          assert.equal(metrics.avoidableSameBranch, 0);
        });

        it('picks someone never met whenever someone eligible was never met', () => {
          assert.deepEqual(metAgainWhileSomeoneNeverMet(result), []);
        });

        it('meets every depth below me each year, not only depth 2', () => {
          assert.deepEqual(depthsMissedByYear(options, result), []);
        });

        it('gives the same picks when run again', () => {
          assert.deepEqual(simulate(options, ours).picks.map((p) => p.person), result.picks.map((p) => p.person));
        });
      });
    }

    it('plans the same weeks as a simulation where each pick is met', () => {
      const options: SimOptions = { org: { size: 60, maxDepth: 3, seed: 7 }, churn: STABLE, weeks: 60, perWeek: 2, start: START };
      const simulated = simulate(options, ours).picks.map((p) => p.person);
      const planned = planRotation(directoryOf(generateOrg(options.org)), [], START, 60, 2).flatMap((w) => w.meetings.map((m) => m.suggestion.person.name));
      assert.deepEqual(planned, simulated);
    });

    const churned: Array<[number, number]> = [[20, 3], [60, 3], [200, 4]];
    for (const [size, maxDepth] of churned) {
      describe(`an org of ${size} people, ${maxDepth} levels deep, with people joining, leaving and going away, weekly for two years`, () => {
        const options: SimOptions = { org: { size, maxDepth, seed: size * 3 + maxDepth }, churn: CHURN, weeks: 104, perWeek: 1, start: START };
        // Records the whole ranking of every week, to check each pick against the rules above it.
        const rankings: Array<{ ranking: SkipLevelSuggestions; previousBranch?: string }> = [];
        const recording: Strategy = (directory, meetings, today, count) => {
          const ranking = suggestSkipLevels(directory, meetings, today, { weekMode: WEEK_MODE });
          const last = meetings[meetings.length - 1];
          const previous = last ? directory.resolve(last.person) : undefined;
          rankings.push({ ranking, ...(previous?.depth ? { previousBranch: branchOf(directory, previous) } : {}) });
          return ranking.people.slice(0, count).map((s) => s.person.name);
        };
        let result: SimResult;
        let metrics: SimMetrics;
        before(() => {
          result = simulate(options, recording);
          metrics = measure(result);
        });

        it('meets everyone eligible once before anyone twice', () => {
          assert.equal(metrics.coverageViolations, 0);
        });

        it('repeats a branch only when everyone the higher rules allow is in it', () => {
          for (const { ranking, previousBranch } of rankings) {
            const first = ranking.people[0];
            if (!first || first.branch.name !== previousBranch) continue;
            const sameClass = ranking.people.filter((p) => (p.lastSkipLevel === undefined) === (first.lastSkipLevel === undefined) && p.metThisRound === first.metThisRound);
            assert.deepEqual(sameClass.filter((p) => p.branch.name !== previousBranch).map((p) => p.person.name), [], `${first.person.name} repeats ${previousBranch}`);
          }
        });

        it('picks someone never met whenever someone eligible was never met', () => {
          assert.equal(result.picks.length, options.weeks);
          assert.deepEqual(metAgainWhileSomeoneNeverMet(result), []);
        });

        it('ranks everyone never met above everyone met, every week', () => {
          for (const { ranking } of rankings) {
            const neverMet = ranking.people.map((p) => p.lastSkipLevel === undefined);
            assert.deepEqual(neverMet, [...neverMet].sort((a, b) => Number(b) - Number(a)), `week ranking ${names(ranking).join(', ')}`);
          }
        });

        it('meets every depth below me each year, not only depth 2', () => {
          assert.deepEqual(depthsMissedByYear(options, result), []);
        });

        it('gives the same picks when run again', () => {
          assert.deepEqual(simulate(options, ours).picks.map((p) => p.person), result.picks.map((p) => p.person));
        });
      });
    }

    it('ranks the same whatever order the directory and the notes come in', () => {
      const generated = generateOrg({ size: 60, maxDepth: 4, seed: 11 });
      const directory = directoryOf(generated);
      const random = seededRandom(5);
      const meetings: Meeting[] = [];
      const people = eligiblePeople(directory, START).map((p) => p.name);
      for (let week = 0; week < 30; week++) meetings.push(skipLevel(people[Math.floor(random() * people.length)], addDays('2026-06-01', 7 * week)));
      const shuffle = <T>(list: T[]): T[] => list.map((x) => [random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      const shuffledProfiles: PersonProfile[] = shuffle([...generated.profiles.values()]);
      const again = buildDirectory({ profiles: shuffledProfiles, notes: [] });
      const a = suggestSkipLevels(directory, meetings, START, { weekMode: WEEK_MODE }).people.map((p) => [p.person.name, p.reasons]);
      const b = suggestSkipLevels(again, shuffle(meetings), START, { weekMode: WEEK_MODE }).people.map((p) => [p.person.name, p.reasons]);
      assert.deepEqual(b, a);
    });
  });
});
