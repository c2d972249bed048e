import { parseChat } from './electron/core/whatsapp/parse.ts';
import { generateExport } from './bench/generate-export.ts';
const text = generateExport(200000);
for (let i=0;i<8;i++){ parseChat(text); }
