/**
 * WhatsApp's text formatting: *bold*, _italic_, ~strikethrough~, ```monospace``` and `inline code`. The marks are
 * formatting, not words: a summary made from a message and the printed register carry the words without them,
 * and the desk shows the message formatted. A mark counts only as WhatsApp reads it: it opens before a non-space
 * character at the start or after a space or punctuation, and closes after a non-space character before the end,
 * a space or punctuation (so 2*3*4 and snake_case_names stay as typed).
 */
export interface MarkupSegment {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  mono?: boolean;
}

const MARKS: Record<string, keyof Omit<MarkupSegment, 'text'>> = { '*': 'bold', _: 'italic', '~': 'strike', '`': 'mono' };
// A mark's edge: the start or end of the text, white space, or punctuation (not a letter, mark or digit).
const EDGE = /[\s\p{P}\p{S}]/u;
const isEdge = (c: string | undefined) => c === undefined || EDGE.test(c);

/** Splits a message into runs of text with the formatting WhatsApp would show. */
export function parseMarkup(text: string): MarkupSegment[] {
  const out: MarkupSegment[] = [];
  const push = (seg: MarkupSegment) => {
    if (!seg.text) return;
    const last = out[out.length - 1];
    const same = last && (['bold', 'italic', 'strike', 'mono'] as const).every((k) => !!last[k] === !!seg[k]);
    if (same) last.text += seg.text;
    else out.push(seg);
  };
  const walk = (s: string, style: Omit<MarkupSegment, 'text'>) => {
    let i = 0;
    let plain = '';
    while (i < s.length) {
      // ```monospace``` first: nothing inside it is formatting.
      if (s.startsWith('```', i)) {
        const end = s.indexOf('```', i + 3);
        if (end > i + 3) {
          push({ ...style, text: plain });
          plain = '';
          push({ ...style, mono: true, text: s.slice(i + 3, end) });
          i = end + 3;
          continue;
        }
      }
      const c = s[i];
      const kind = MARKS[c];
      if (kind && isEdge(s[i - 1]) && s[i + 1] !== undefined && !/\s/.test(s[i + 1]) && s[i + 1] !== c) {
        // The nearest closing mark on the same line that WhatsApp would accept.
        let j = i + 1;
        let close = -1;
        while ((j = s.indexOf(c, j + 1)) !== -1) {
          if (s.slice(i + 1, j).includes('\n')) break;
          if (!/\s/.test(s[j - 1]) && isEdge(s[j + 1])) {
            close = j;
            break;
          }
        }
        if (close > i + 1) {
          push({ ...style, text: plain });
          plain = '';
          const inner = s.slice(i + 1, close);
          if (kind === 'mono') push({ ...style, mono: true, text: inner });
          else walk(inner, { ...style, [kind]: true });
          i = close + 1;
          continue;
        }
      }
      plain += c;
      i++;
    }
    push({ ...style, text: plain });
  };
  walk(text, {});
  return out;
}

/** The words of a message without WhatsApp's formatting marks. */
export function stripMarkup(text: string): string {
  return parseMarkup(text)
    .map((s) => s.text)
    .join('');
}
