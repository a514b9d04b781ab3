import assert from 'node:assert/strict';
import { GITIGNORE_COMMENT, gitignoreAddition, notesFolderOf } from '../../src/core/gitignore';

describe('.gitignore lines for confidential notes', () => {
  const cases: Array<{ what: string; existing: string; paths: string[]; expected: string | undefined }> = [
    { what: 'creates the block in an empty file', existing: '', paths: ['1on1s/'], expected: `${GITIGNORE_COMMENT}\n/1on1s/\n` },
    { what: 'starts a new line after a last line without one', existing: 'node_modules/', paths: ['1on1s/'], expected: `\n${GITIGNORE_COMMENT}\n/1on1s/\n` },
    { what: 'keeps CRLF files CRLF', existing: 'dist/\r\n', paths: ['1on1s/'], expected: `${GITIGNORE_COMMENT}\r\n/1on1s/\r\n` },
    { what: 'adds only the lines that are missing, once each', existing: '/1on1s/\n', paths: ['1on1s/', 'reviews/', '/reviews/'], expected: `${GITIGNORE_COMMENT}\n/reviews/\n` },
    { what: 'counts an unanchored line as present', existing: '1on1s/\n', paths: ['1on1s/'], expected: undefined },
    { what: 'counts a line with spaces around it as present', existing: '  /1on1s/  \n', paths: ['1on1s/'], expected: undefined },
    { what: 'adds nothing for no paths', existing: '', paths: [''], expected: undefined },
  ];
  for (const c of cases) {
    it(c.what, () => assert.equal(gitignoreAddition(c.existing, c.paths)?.text, c.expected));
  }

  it('lists the lines it adds', () => assert.deepEqual(gitignoreAddition('', ['a/', 'b.md'])?.lines, ['/a/', '/b.md']));

  const folders: Array<[string, string | undefined]> = [
    ['1on1s/${personSlug}/${date}.md', '1on1s/'],
    ['./notes\\${person}\\${date}.md', 'notes/'],
    ['${type}/${date} ${person}.md', undefined],
    ['${date}.md', undefined],
    ['journal.md', undefined],
  ];
  for (const [pattern, folder] of folders) {
    it(`finds the notes folder of "${pattern}": ${folder ?? 'none'}`, () => assert.equal(notesFolderOf(pattern), folder));
  }
});
