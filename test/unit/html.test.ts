import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/core/html';

describe('escaping text for a webview', () => {
  const cases: Array<[string, string]> = [
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['Carly Chen · Payments', 'Carly Chen · Payments'],
    ['&amp;', '&amp;amp;'],
  ];
  for (const [input, expected] of cases) it(`escapes ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => assert.equal(escapeHtml(input), expected));
});
