import { parseChat } from './electron/core/whatsapp/parse.ts';
import { parseString } from 'whatsapp-chat-parser';
import { generateExport } from './bench/generate-export.ts';
const text = generateExport(200000);
console.log((Buffer.byteLength(text)/1e6).toFixed(1), 'MB');
for (let i=0;i<5;i++){ let t0=performance.now(); parseChat(text); const a=performance.now()-t0; t0=performance.now(); parseString(text); const b=performance.now()-t0; console.log('ours', Math.round(a), 'ref', Math.round(b)); }
