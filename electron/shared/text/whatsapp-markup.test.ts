import { describe, expect, it } from 'vitest';
import { parseMarkup, stripMarkup } from './whatsapp-markup';

describe("WhatsApp's formatting marks", () => {
  it('are removed from the words, Hindi and English alike', () => {
    expect(stripMarkup('*तत्काल* _ध्यान दें_: ~गलत~ सही सूचना ```कोड 112```')).toBe('तत्काल ध्यान दें: गलत सही सूचना कोड 112');
    expect(stripMarkup('*Urgent*, please send _PRV_ to `Gagaha`.')).toBe('Urgent, please send PRV to Gagaha.');
    expect(stripMarkup('*_दोनों_*')).toBe('दोनों');
  });
  it('stay as typed where WhatsApp would not read them as marks', () => {
    for (const s of ['2*3*4 = 24', 'snake_case_name', 'a * b * c', '*not closed', 'price ~ 500', '**', 'x_1 and y_2', '* bullet\n* list'])
      expect(stripMarkup(s), s).toBe(s);
  });
  it('do not span lines (except a monospace block)', () => {
    expect(stripMarkup('*one\ntwo*')).toBe('*one\ntwo*');
    expect(stripMarkup('```line 1\nline 2```')).toBe('line 1\nline 2');
  });
  it('give the desk runs of formatted text', () => {
    expect(parseMarkup('थाना *गगहा* _बीट 4_')).toEqual([
      { text: 'थाना ' },
      { text: 'गगहा', bold: true },
      { text: ' ' },
      { text: 'बीट 4', italic: true },
    ]);
  });
});
