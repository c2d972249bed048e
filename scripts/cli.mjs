#!/usr/bin/env node
// `npm run cli -- ...`: the command line, bundled like the app (rebuilt first when a source changed), run in
// this same process so it starts at once.
import { createRequire } from 'node:module';
import { ensureCliBundle } from './cli-bundle.mjs';

createRequire(import.meta.url)(await ensureCliBundle());
