// Types for the two parts of js-yaml 3 that src/core/parse/frontmatter.ts imports on their own
// (the package's index would bundle its dumper too): the same as @types/js-yaml's.
declare module 'js-yaml/lib/js-yaml/loader.js' {
  export { load } from 'js-yaml';
}

declare module 'js-yaml/lib/js-yaml/schema/core.js' {
  import { CORE_SCHEMA } from 'js-yaml';
  export default CORE_SCHEMA;
}
