// Builds the command line's bundle once before the tests that run it (scripts/cli.mjs would otherwise build it
// in the first test that needs it, while others wait).
import { ensureCliBundle } from './cli-bundle.mjs';

export default async function setup() {
  await ensureCliBundle();
}
