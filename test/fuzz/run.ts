/**
 * `npm run fuzz`: a longer run of the follow-up fuzzer. FUZZ_RUNS cases (default 50,000) from
 * FUZZ_SEED (default: a new seed each run, printed so a failure can be replayed).
 */
import { fuzzFollowUps } from './harness';

const runs = Number(process.env.FUZZ_RUNS ?? 50_000);
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const started = Date.now();
const result = fuzzFollowUps(runs, seed);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (result.failure) {
  console.log(`Mismatch after ${result.runs} cases (FUZZ_SEED=${seed}, ${seconds} s): ${result.failure.difference}`);
  console.log(`Note (JSON): ${JSON.stringify(result.failure.text)}`);
  process.exitCode = 1;
} else {
  console.log(`${result.runs} generated notes, follow-ups identical to the full parse with the fast path on and off; the fast path read ${result.fastPath} of them itself (FUZZ_SEED=${seed}, ${seconds} s).`);
}
