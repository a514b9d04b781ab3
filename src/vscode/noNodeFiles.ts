/** What the web build has instead of ./nodeFiles.ts (esbuild.js swaps them): no Node file system. */
import type { HostFiles } from './hostFiles';

export const NODE_FILES: HostFiles | undefined = undefined;
