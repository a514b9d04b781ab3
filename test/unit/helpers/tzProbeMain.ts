/** Prints `computeProbe()` as JSON; run by the dates test under different `TZ` values. */
import { computeProbe } from './tzProbe';

process.stdout.write(JSON.stringify(computeProbe()));
