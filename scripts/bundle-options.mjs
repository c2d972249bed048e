// How the Electron shell's Node code is bundled (main, preload, the import's key worker). Shared by
// scripts/build.mjs and the import benchmark, so the benchmark measures the code as it ships.
export const SHELL_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  // Lets chat-source.ts find prepare-worker.cjs beside the bundle instead of the TypeScript source.
  define: { __THANA_BUNDLE__: 'true' },
};
