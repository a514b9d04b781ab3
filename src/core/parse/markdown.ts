/**
 * The one markdown parser of the core: remark + remark-frontmatter + only the GFM task-list
 * syntax (all of GFM would double the cost and adds nothing the journal reads).
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';

/** Adds just the task-list construct to remark's parser. */
function remarkTaskListItems(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTaskListItems);

/** Parses a whole file (frontmatter included), so node positions are the file's lines. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
