// Types for vendor-patches.mjs, so vitest.config.ts type-checks.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function patchSource(file: string, code: string): string | null;
export const vendorPatches: EsbuildPlugin;
export const vendorPatchesVite: VitePlugin;
export const PATCHED_MODULES: RegExp[];
