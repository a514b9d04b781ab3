import * as assert from 'node:assert/strict';
import { macDefaultsStartingWith, macFirstKey } from '../integration/lib/macKeybindings';

describe('reading macOS default keybindings from a workbench bundle (test/integration/lib/macKeybindings.ts)', () => {
  const keys: ReadonlyArray<[string, number | undefined]> = [
    ['cmd+alt+enter', 2048 | 512 | 3],
    ['cmd+alt+1 n', 2048 | 512 | 22],
    ['shift+cmd+p', 1024 | 2048 | 46],
    ['ctrl+a', 256 | 31],
    ['cmd+f13', undefined],
    ['hyper+a', undefined],
  ];
  for (const [key, code] of keys) {
    it(`encodes ${key} as VS Code does (${code ?? 'unknown'})`, () => assert.equal(macFirstKey(key), code));
  }

  const bundles: ReadonlyArray<[string, string, number]> = [
    ['a rule on every OS', '{id:"a",primary:2563}', 1],
    ['a rule whose macOS key is another', '{id:"b",primary:2563,mac:{primary:771},weight:1}', 0],
    ['a macOS override onto our key', '{id:"c",primary:771,mac:{primary:2563}}', 1],
    ['a Windows-only key', '{id:"d",primary:259,win:{primary:2563}}', 0],
    ['a secondary key', '{id:"e",primary:515,secondary:[2563]}', 1],
    ['a chord that starts with our key', `{id:"f",primary:${2563 | (44 << 16)}}`, 1],
    ['another key', '{id:"g",primary:2051}', 0],
  ];
  for (const [what, bundle, count] of bundles) {
    it(`finds ${count} macOS default in ${what}`, () => assert.equal(macDefaultsStartingWith(bundle, 2563).length, count));
  }
});
