import assert from 'node:assert/strict';
import { readCsv, type CsvResult } from '../../src/core/csv';

describe('reading CSV (core/csv.ts, the org chart import)', () => {
  const reads: Array<[string, string, string[][], number[]]> = [
    ['plain fields, LF', 'name,team\nAna,A\n', [['name', 'team'], ['Ana', 'A']], [1, 2]],
    ['CRLF and no line end after the last record', 'name,team\r\nAna,A', [['name', 'team'], ['Ana', 'A']], [1, 2]],
    ['CR alone', 'name,team\rAna,A\r', [['name', 'team'], ['Ana', 'A']], [1, 2]],
    ['a BOM before the header', '\uFEFFname,team\nAna,A\n', [['name', 'team'], ['Ana', 'A']], [1, 2]],
    ['whitespace around fields trimmed, inside kept', ' Ana  Lu ,\tA \n', [['Ana  Lu', 'A']], [1]],
    ['a quoted field with a comma, a doubled quote and space kept inside', '"Lu, ""Al"" ",x\n', [['Lu, "Al" ', 'x']], [1]],
    ['whitespace around a quoted field', '  "Ana" , x\n', [['Ana', 'x']], [1]],
    ['a quoted field spanning lines: the next record starts two lines on', '"Ana\r\nLu",A\r\nBo,B\r\n', [['Ana\r\nLu', 'A'], ['Bo', 'B']], [1, 3]],
    ['empty and whitespace-only lines skipped, lines still counted', 'a,b\n\n  \t\nc,d\n', [['a', 'b'], ['c', 'd']], [1, 4]],
    ['empty fields', ',\n"",x\n', [['', ''], ['', 'x']], [1, 2]],
    ['LF and CRLF mixed: both end a record', 'a,b\r\nc,d\ne,f\n', [['a', 'b'], ['c', 'd'], ['e', 'f']], [1, 2, 3]],
    ['nothing at all', '', [], []],
  ];
  for (const [what, text, records, lines] of reads) {
    it(`reads ${what}`, () => {
      assert.deepEqual(readCsv(text), { ok: true, records, lines } satisfies CsvResult);
    });
  }

  const problems: Array<[string, string, CsvResult]> = [
    ['a record with more fields than the first', 'a,b\nc,d\ne,f,g\n', { ok: false, problem: { code: 'field-count', line: 3, record: 2, fields: 3 } }],
    ['a record with fewer fields, after a quoted field spanning lines', 'a,b\n"c\nc",d\ne\n', { ok: false, problem: { code: 'field-count', line: 4, record: 2, fields: 1 } }],
    ['a quote never closed, at the line it opened', 'a,b\nc,"d\ne,f\n', { ok: false, problem: { code: 'unclosed-quote', line: 2, record: 1 } }],
    ['text right after a closing quote', 'a,b\n"c" x,d\n', { ok: false, problem: { code: 'text-after-quote', line: 2, record: 1 } }],
    ['a quote inside an unquoted field', 'a,b\nc"d,e\n', { ok: false, problem: { code: 'quote-inside-field', line: 2, record: 1 } }],
  ];
  for (const [what, text, expected] of problems) {
    it(`stops at ${what}`, () => {
      assert.deepEqual(readCsv(text), expected);
    });
  }
});
