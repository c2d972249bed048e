// Starts the key worker from its TypeScript source (tests, the CLI and benchmarks under tsx); a build
// runs the bundled prepare-worker.cjs instead. Node 20 does not pass --import loaders on to workers.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
