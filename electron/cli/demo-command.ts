import type { Command } from './command';
import { fillDemo } from '../core/demo/demo';
import { AppError } from '../core/errors';

/** `cli --data DIR demo`: fills a NEW data folder with an invented training month (refuses a used one). */
export const demoCommand: Command = async (env) => {
  try {
    const s = await fillDemo(env.folder);
    env.err(`प्रशिक्षण डेटा तैयार / demo data ready: ${env.folder.dir}`);
    env.out(JSON.stringify(s, null, 2));
    return 0;
  } catch (e) {
    const code = e instanceof AppError ? e.code : 'internal';
    env.err(`त्रुटि / error [${code}]: ${(e as Error).message}`);
    return code === 'internal' ? 1 : 2;
  }
};
