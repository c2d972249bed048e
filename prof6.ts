import { parseChat } from './electron/core/whatsapp/parse.ts';
import { generateExport } from './bench/generate-export.ts';
const text = generateExport(200000);
let a=1e9;
for (let i=0;i<10;i++){ const t0=performance.now(); parseChat(text); a=Math.min(a,performance.now()-t0); }
console.log('ours', Math.round(a));
