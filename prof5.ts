import { parseChat } from './electron/core/whatsapp/parse.ts';
import { parseString } from 'whatsapp-chat-parser';
import { generateExport } from './bench/generate-export.ts';
const text = generateExport(200000);
let a=1e9,b=1e9;
for (let i=0;i<10;i++){ let t0=performance.now(); parseChat(text); a=Math.min(a,performance.now()-t0); t0=performance.now(); parseString(text); b=Math.min(b,performance.now()-t0); }
console.log('ours', Math.round(a), 'ref', Math.round(b), (b/a).toFixed(2));
