import * as assert from 'node:assert/strict';
import { waitFor, within } from '../../scripts/lib/poll';

/** A check that answers from a list, one answer per call (a thrown Error when the answer is one). */
function answers<T>(list: ReadonlyArray<T | Error>): { check: () => T; calls: () => number } {
  let calls = 0;
  return {
    check: () => {
      const answer = list[Math.min(calls++, list.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer as T;
    },
    calls: () => calls,
  };
}

describe('waitFor, the one polling helper of the tests and runners', () => {
  const returns: ReadonlyArray<{ name: string; list: ReadonlyArray<unknown>; value: unknown; calls: number }> = [
    { name: 'a value at once', list: ['row'], value: 'row', calls: 1 },
    { name: 'the first value after undefined and false', list: [undefined, false, 'row'], value: 'row', calls: 3 },
    { name: '0 and the empty string, which are values', list: [undefined, 0], value: 0, calls: 2 },
    { name: 'the empty string', list: [''], value: '', calls: 1 },
    { name: 'a value after a check that threw', list: [new Error('not yet'), true], value: true, calls: 2 },
  ];
  for (const c of returns) {
    it(`returns ${c.name}`, async () => {
      const { check, calls } = answers(c.list);
      assert.equal(await waitFor('it', check, 1_000, 1), c.value);
      assert.equal(calls(), c.calls);
    });
  }

  it('fails at the deadline naming what it waited for and the last error', async () => {
    const { check, calls } = answers<boolean>([false, new Error('the view showed 2 rows')]);
    await assert.rejects(waitFor('the rows', check, 20, 1), (error: Error & { timedOut?: boolean }) => {
      assert.match(error.message, /^timed out after 20 ms waiting for the rows: the view showed 2 rows$/);
      assert.equal(error.timedOut, true);
      return true;
    });
    assert.ok(calls() >= 2, `polled ${calls()} times`);
  });

  it('stops at once on an error marked fatal', async () => {
    const fatal = Object.assign(new Error('code-server exited'), { fatal: true });
    const { check, calls } = answers<boolean>([fatal]);
    await assert.rejects(waitFor('the server', check, 10_000, 1), /code-server exited/);
    assert.equal(calls(), 1);
  });
});

describe('within', () => {
  it('settles like the promise when it settles in time', async () => {
    assert.equal(await within(Promise.resolve(7), 1_000, 'it'), 7);
    await assert.rejects(within(Promise.reject(new Error('boom')), 1_000, 'it'), /boom/);
  });

  it('rejects, marked timedOut, when the promise has not settled in time', async () => {
    await assert.rejects(within(new Promise(() => undefined), 5, 'the suite'), (error: Error & { timedOut?: boolean }) => {
      assert.equal(error.message, 'the suite did not happen within 5 ms');
      assert.equal(error.timedOut, true);
      return true;
    });
  });
});
