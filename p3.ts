import { parseChat } from './electron/core/whatsapp/parse.ts';
for (const n of [25000, 50000, 100000]) {
  const text = '13/01/25, 10:00 - A added B\n'.repeat(n);
  const t0 = performance.now(); parseChat(text); console.log('sys', n, Math.round(performance.now() - t0));
  const t2 = Array.from({ length: n }, (_, i) => `13/01/25, 10:00 - A: <x${i}>`).join('\n');
  const t1 = performance.now(); parseChat(t2); console.log('angle', n, Math.round(performance.now() - t1));
}
