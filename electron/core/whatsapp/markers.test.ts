import { describe, expect, it } from 'vitest';
import { MarkerScanner } from './markers.js';

const analyse = (body: string, learn: string[] = []) => {
  const s = new MarkerScanner();
  for (const l of learn) s.learn(l);
  return s.analyse(body);
};

describe('MarkerScanner', () => {
  it('plain text passes through', () => {
    expect(analyse('बीट 4 सामान्य।\nदूसरी पंक्ति')).toEqual({
      text: 'बीट 4 सामान्य।\nदूसरी पंक्ति',
      attachments: [],
      mediaOmitted: false,
      deleted: false,
      edited: false,
      markedLead: false,
    });
  });

  it('Android attachment with caption; document name repeated is dropped, later lines kept', () => {
    expect(analyse('IMG-20250108-WA0001.jpg (file attached)\nफोटो')).toMatchObject({
      text: 'फोटो',
      attachments: ['IMG-20250108-WA0001.jpg'],
    });
    expect(analyse('FIR.pdf (file attached)\nFIR\nपढ़ें')).toMatchObject({ text: 'पढ़ें', attachments: ['FIR.pdf'] });
    expect(analyse('FIR.pdf (file attached)\nFIR.pdf')).toMatchObject({ text: '', attachments: ['FIR.pdf'] });
  });

  it('an unknown localised phrase is learned from a WhatsApp-style name and then used for documents', () => {
    expect(analyse('रिपोर्ट.pdf (फ़ाइल जुड़ी)').attachments).toEqual([]);
    expect(analyse('रिपोर्ट.pdf (फ़ाइल जुड़ी)', ['IMG-20250108-WA0001.jpg (फ़ाइल जुड़ी)']).attachments).toEqual(['रिपोर्ट.pdf']);
    // a WhatsApp-style name needs no known phrase
    expect(analyse('VID-20250108-WA0003.mp4 (फ़ाइल जुड़ी)').attachments).toEqual(['VID-20250108-WA0003.mp4']);
  });

  it('parentheses that are not an attachment stay text', () => {
    expect(analyse('Meeting 5.30 (please come)')).toMatchObject({ text: 'Meeting 5.30 (please come)', attachments: [] });
    expect(analyse('(file attached)').attachments).toEqual([]);
    expect(analyse('see note (file attached)').attachments).toEqual([]);
  });

  it('iOS attachment, document prefix, and a <word: x> that is not at the line start stays text', () => {
    expect(analyse('\u200E<attached: 00000009-PHOTO-2025-01-15-11-03-10.jpg>')).toMatchObject({
      text: '',
      attachments: ['00000009-PHOTO-2025-01-15-11-03-10.jpg'],
      markedLead: false,
    });
    expect(analyse('FIR 0012-2025 • 2 pages \u200E<attached: 00000014-FIR 0012-2025.pdf>').attachments).toEqual([
      '00000014-FIR 0012-2025.pdf',
    ]);
    expect(analyse('see <note: a.txt>')).toMatchObject({ text: 'see <note: a.txt>', attachments: [] });
  });

  it('placeholders', () => {
    for (const p of [
      '<Media omitted>',
      '<मीडिया के बिना>',
      '<मीडिया हटाया गया>',
      '\u200Eimage omitted',
      'Contact card omitted',
      'FIR • 1 page \u200Edocument omitted',
      '<View once message omitted>',
    ]) {
      expect(analyse(p), p).toMatchObject({ text: '', mediaOmitted: true, attachments: [] });
    }
    expect(analyse('<hello>').mediaOmitted).toBe(false);
  });

  it('deleted and edited', () => {
    expect(analyse('This message was deleted')).toMatchObject({ text: '', deleted: true });
    expect(analyse('\u200EThis message was deleted.')).toMatchObject({ text: '', deleted: true });
    expect(analyse('You deleted this message')).toMatchObject({ text: '', deleted: true });
    expect(analyse('This message was deleted, sir?').deleted).toBe(false);
    expect(analyse('ठीक है <This message was edited>')).toMatchObject({ text: 'ठीक है', edited: true });
    expect(analyse('<This message was edited> in the middle').edited).toBe(false);
  });

  it('an LRM-led text that is no marker is flagged for the iOS system check and loses the LRM', () => {
    expect(analyse('\u200EMessages and calls are end-to-end encrypted.')).toMatchObject({
      text: 'Messages and calls are end-to-end encrypted.',
      markedLead: true,
    });
  });
});
