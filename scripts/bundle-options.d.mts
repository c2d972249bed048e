import type { BuildOptions } from 'esbuild';

export declare const SHELL_BUNDLE: BuildOptions;
