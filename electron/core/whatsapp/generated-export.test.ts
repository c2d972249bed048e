import { parseString } from 'whatsapp-chat-parser';
import { describe, expect, it } from 'vitest';
import { generateExport } from '../../../bench/generate-export.js';
import { parseChat } from './parse.js';

describe('bench/generate-export', () => {
  it('is deterministic per seed', () => {
    expect(generateExport(300, { seed: 5 })).toBe(generateExport(300, { seed: 5 }));
    expect(generateExport(300, { seed: 5 })).not.toBe(generateExport(300, { seed: 6 }));
  });

  for (const format of ['android', 'ios'] as const) {
    it(`${format}: every generated message is found, dated, and agrees with whatsapp-chat-parser`, () => {
      const text = generateExport(5000, { format });
      const r = parseChat(text);
      expect(r.format).toBe(format);
      expect(r.messages).toHaveLength(5000);
      expect(r.warnings).toEqual([]);
      expect(r.dateOrder).toBe('dmy');
      expect(r.messages.every((m) => m.sentAt !== null)).toBe(true);
      expect(r.counts.systemMessages).toBeGreaterThan(50);
      expect(r.counts.attachments).toBeGreaterThan(100);
      expect(r.counts.mediaOmitted).toBeGreaterThan(100);
      expect(r.messages.some((m) => m.senderPhone === '+919839047125')).toBe(true);
      expect(r.groupName).toBe(format === 'ios' ? 'थाना पिपराइच सूचना' : null);
      expect(r.messages.filter((m) => m.kind === 'system').every((m) => m.sender === null)).toBe(true);
      expect(r.messages.some((m) => m.text.includes('\n12/01/25, 9:40 pm को'))).toBe(true);
      // The reference parser splits at body lines that merely look like headers; we must not.
      expect(parseString(text).length).toBeGreaterThan(5000);
    });
  }
});
