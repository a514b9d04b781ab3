/**
 * `npm run fuzz`: a longer run of the follow-up fuzzer, then of the frontmatter fuzzer (the flat
 * reader against js-yaml). FUZZ_RUNS cases each (default 50,000) from FUZZ_SEED (default: a new
 * seed each run, printed so a failure can be replayed).
 */
import { fuzzFlatYaml, fuzzFollowUps } from './harness';

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

const yamlStarted = Date.now();
const yamlResult = fuzzFlatYaml(runs, seed);
const yamlSeconds = ((Date.now() - yamlStarted) / 1000).toFixed(1);
if (yamlResult.failure) {
  console.log(`Frontmatter mismatch after ${yamlResult.runs} cases (FUZZ_SEED=${seed}, ${yamlSeconds} s): ${yamlResult.failure.difference}`);
  console.log(`YAML (JSON): ${JSON.stringify(yamlResult.failure.text)}`);
  process.exitCode = 1;
} else {
  console.log(`${yamlResult.runs} generated frontmatters, the flat reader identical to js-yaml wherever it read one (${yamlResult.flat} of them; FUZZ_SEED=${seed}, ${yamlSeconds} s).`);
}
