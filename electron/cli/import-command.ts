import type { Command, CommandEnv } from './command';
import { report } from './command';
import { opt } from './args';
import { dispatch } from '../core/dispatch';
import type { EventName, EventPayload } from '../contract/index';

const mb = (n: number) => (n / 1048576).toFixed(1);

/** A one-line progress bar on stderr, redrawn in place; only when stderr is a terminal. */
function progressBar() {
  let last = '';
  return {
    emit<E extends EventName>(_e: E, p: EventPayload<E>) {
      // Reading is measured in bytes, saving in messages written.
      const saving = p.phase === 'saving' && p.messages > 0;
      const frac = saving ? Math.min(1, p.saved / p.messages) : p.bytesTotal ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
      const width = 30;
      const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
      const phase = p.phase === 'saving' ? 'सहेज रहे / saving' : p.phase === 'done' ? 'पूर्ण / done' : 'पढ़ रहे / reading';
      const amount = saving
        ? `${p.saved}/${p.messages} संदेश/messages`
        : `${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB${p.messages ? `  ${p.messages} संदेश/messages` : ''}`;
      const line = `\r${bar} ${(frac * 100).toFixed(0).padStart(3)}%  ${amount}  ${phase}`;
      if (line !== last) process.stderr.write(line.padEnd(100));
      last = line;
    },
    end() {
      if (last) process.stderr.write('\n');
    },
  };
}

function printSummary(
  env: CommandEnv,
  s: Record<string, unknown> & { warnings: string[]; missingAttachments: string[]; rejectedEntries: string[] },
) {
  env.out(`स्रोत / source: ${s.source}`);
  env.out(
    `संदेश / messages: ${s.userMessages} user, ${s.systemMessages} system; नए / new ${s.newMessages}, दोहराव / duplicates ${s.duplicateMessages}`,
  );
  env.out(`संलग्नक / attachments: ${s.attachments}, मीडिया छोड़ा / media omitted: ${s.mediaOmitted}`);
  env.out(`साक्ष्य / evidence: नए / stored ${s.evidenceStored}, पहले से / duplicates ${s.evidenceDuplicates}`);
  if (s.missingAttachments.length) env.out(`गायब फ़ाइलें / missing attachments: ${s.missingAttachments.join(', ')}`);
  if (s.rejectedEntries.length) env.out(`अस्वीकृत / rejected: ${s.rejectedEntries.join(', ')}`);
  for (const w of s.warnings) env.out(`चेतावनी / warning: ${w}`);
}

/** `import PATH... [--source NAME] [--kind export|paste|forwarded] [--date-order dmy|mdy] [--json]` */
export const importCommand: Command = async (env) => {
  const paths = env.rest;
  if (!paths.length) {
    env.err('त्रुटि / error: import PATH... [--source NAME] [--kind export|paste|forwarded] [--date-order dmy|mdy] [--json]');
    return 2;
  }
  const kind = opt(env.args, 'kind');
  const source = opt(env.args, 'source');
  const bar = env.isTTY && !env.args.options.has('no-progress') ? progressBar() : null;
  const input: Record<string, unknown> = {
    source,
    sourceKind: opt(env.args, 'source-kind'),
    kind,
    dateOrder: opt(env.args, 'date-order'),
    sender: opt(env.args, 'sender'),
    sentAt: opt(env.args, 'sent-at'),
  };
  // Pasted and forwarded text arrives as a .txt or on stdin ("-").
  const r =
    paths.length === 1 && paths[0] === '-'
      ? await dispatch({ ...env.ctx, emit: bar?.emit }, 'import.text', { ...input, text: env.readStdin() })
      : await dispatch({ ...env.ctx, emit: bar?.emit }, 'import.files', { ...input, paths });
  bar?.end();
  if (!r.ok || env.args.options.has('json')) return report(env, r);
  printSummary(env, r.value as never);
  return 0;
};

/** `messages [--source NAME] [--json]`: messages in chat order. */
export const messagesCommand: Command = async (env) => {
  const r = await env.call('messages.list', { source: opt(env.args, 'source'), limit: 1_000_000 });
  if (!r.ok) return report(env, r);
  const rows = (
    r.value as {
      rows: {
        id: number;
        source: string;
        kind: string;
        sender: string | null;
        sentAt: string | null;
        text: string;
        mediaOmitted: boolean;
        attachments: { name: string }[];
      }[];
    }
  ).rows;
  if (env.args.options.has('json')) {
    // Trimmed to the documented shape: triage fields stay in the app.
    env.out(
      JSON.stringify(
        rows.map(({ id, source, kind, sender, senderPhone, sentAt, text, deleted, edited, attachments }: any) => ({
          id,
          source,
          kind,
          sender,
          senderPhone,
          sentAt,
          text,
          deleted,
          edited,
          attachments,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const m of rows) {
    const when = m.sentAt ? m.sentAt.replace('T', ' ') : '—';
    const files = m.attachments.length ? ` [${m.attachments.map((a) => a.name).join(', ')}]` : '';
    const body = m.text || (m.mediaOmitted ? '<मीडिया छोड़ा गया / media omitted>' : '');
    env.out(`${m.id}\t${when}\t${m.kind === 'system' ? '(system)' : (m.sender ?? '?')}: ${body.replace(/\n/g, ' ⏎ ')}${files}`);
  }
  return 0;
};
