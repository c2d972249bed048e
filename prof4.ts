import { parseChat } from './electron/core/whatsapp/parse.ts';
import { generateExport } from './bench/generate-export.ts';
const text = generateExport(200000);
for (const stop of [1,2,3,0]) { (globalThis as any).__stop = stop; let best=1e9; for (let i=0;i<5;i++){ const t0=performance.now(); try { parseChat(text); } catch {} best=Math.min(best, performance.now()-t0);} console.log('stop', stop, Math.round(best)); }
