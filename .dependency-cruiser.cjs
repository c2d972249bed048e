/**
 * The layers of the app, checked in `npm test` (see README "For developers"):
 *   renderer -> contract, shared
 *   cli, web, main, preload -> core -> contract, shared, db
 *   only main and preload import electron; contract imports no node: module; no import cycles.
 * Type-only imports count too: a type that crosses a layer couples the layers.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles make start-up order fragile and areas impossible to read alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'electron-only-in-shell',
      severity: 'error',
      comment: 'Only the thin shell (electron/main, electron/preload) may import electron: nothing else could be tested here.',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'core-below-transports',
      severity: 'error',
      comment: 'The domain (core) and the contract never depend on a transport or the UI.',
      from: { path: '^electron/(core|contract|shared)/' },
      to: { path: '^(electron/(cli|web|main|preload)|renderer)/' },
    },
    {
      name: 'contract-is-pure',
      severity: 'error',
      comment: 'The contract is shared with the renderer: no Node built-ins, no core, no db.',
      from: { path: '^electron/contract/' },
      to: { path: ['^electron/(core|cli|web|main|preload)/', '^db/'], dependencyTypesNot: [] },
    },
    {
      name: 'contract-no-node',
      severity: 'error',
      from: { path: '^electron/(contract|shared)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment:
        'electron/shared holds pure helpers for both sides (labels, BNS data, dates): it imports only the contract and npm packages.',
      from: { path: '^electron/shared/' },
      to: { path: ['^electron/(core|cli|web|main|preload)/', '^db/', '^renderer/'] },
    },
    {
      name: 'renderer-only-contract-and-shared',
      severity: 'error',
      comment: 'The renderer reaches the register only through the contract; pure helpers come from electron/shared.',
      from: { path: '^renderer/src/' },
      to: { path: ['^electron/(core|cli|web|main|preload)/', '^db/'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'db-below-core',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: ['^electron/', '^renderer/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^dist/', '^release/', '^test-results/'] },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
