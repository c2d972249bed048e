import { readFileSync, readdirSync } from 'node:fs';
import { parseChat } from './electron/core/whatsapp/parse.ts';
const dir = 'electron/core/whatsapp/fixtures/';
for (const f of (process.argv[2] ? [process.argv[2]] : readdirSync(dir))) {
  const r = parseChat(readFileSync(dir + f, 'utf8'));
  console.log('=== ' + f, r.format, r.dateOrder, r.dateOrderAssumed, r.headerShape, r.groupName, JSON.stringify(r.counts), JSON.stringify(r.warnings));
  for (const m of r.messages) console.log(`  L${m.line} ${m.kind} ${JSON.stringify(m.sender)} ${m.senderPhone ?? ''} ${m.sentAt} ${JSON.stringify(m.text)} ${m.attachments.length ? JSON.stringify(m.attachments) : ''}${m.mediaOmitted ? ' OMIT' : ''}${m.deleted ? ' DEL' : ''}${m.edited ? ' EDIT' : ''}`);
}
