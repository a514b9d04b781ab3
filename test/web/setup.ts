/**
 * Mocha's browser build for the web suite: defines the `mocha` global and the bdd functions
 * (describe, it, …). Imported by index.ts before the tests, so that they find `describe`.
 */
import 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, slow: 2_000 });
