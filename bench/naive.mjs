// The naive pipeline as its own process, for `npm run bench` (bench/run.ts): list the folder's
// markdown files, read each, and parse it with unified + remark-parse + remark-frontmatter +
// remark-gfm, then walk the trees for task items. What a straightforward tool would do; process
// start included when the bench times it. Prints the number of open task items.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import process from 'node:process';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

async function list(dir, out) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await list(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

let open = 0;
const visit = (node) => {
  if (node.type === 'listItem' && node.checked === false) open++;
  for (const child of node.children ?? []) visit(child);
};
for (const file of await list(process.argv[2], [])) visit(processor.parse(await fs.readFile(file, 'utf8')));
process.stdout.write(`${open}\n`);
