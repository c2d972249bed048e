import { describe, expect, it } from 'vitest';
import { canBeSender, cleanName, phoneOf, SenderCache } from './sender.js';

describe('cleanName', () => {
  it('strips direction marks and surrounding no-break spaces, keeps the name as written', () => {
    expect(cleanName('\u202A+91 98390 47125\u202C')).toBe('+91 98390 47125');
    expect(cleanName('\u200E\u00A0प्रधान रामप्रीत यादव\u00A0')).toBe('प्रधान रामप्रीत यादव');
    expect(cleanName('\u2066SHO Rajesh Tiwari\u2069\u200F')).toBe('SHO Rajesh Tiwari');
    expect(cleanName('+91\u00A098390\u202F47125')).toBe('+91 98390 47125');
    expect(cleanName('~\u202FRam')).toBe('~ Ram');
  });
});

describe('phoneOf', () => {
  it('gives E.164 for phone-number senders (default region IN)', () => {
    expect(phoneOf('+91 98390 47125')).toBe('+919839047125');
    expect(phoneOf('98390 47125')).toBe('+919839047125');
    expect(phoneOf('+91 98390-47125')).toBe('+919839047125');
    expect(phoneOf('+44 7911 123456')).toBe('+447911123456');
  });
  it('null for names and for digit strings that cannot be numbers', () => {
    expect(phoneOf('SHO Rajesh Tiwari')).toBeNull();
    expect(phoneOf('Beat 4')).toBeNull();
    expect(phoneOf('+91 12345')).toBeNull();
    expect(phoneOf('1234567890123456789')).toBeNull();
    expect(phoneOf('')).toBeNull();
  });
});

describe('canBeSender', () => {
  it('rejects quoted text (system lines such as a subject change) and empty or huge names', () => {
    expect(canBeSender('HC Suresh Nishad')).toBe(true);
    expect(canBeSender('X changed the subject from "A')).toBe(false);
    expect(canBeSender('X ने समूह का नाम “A')).toBe(false);
    expect(canBeSender('')).toBe(false);
    expect(canBeSender('x'.repeat(101))).toBe(false);
  });
});

describe('SenderCache', () => {
  it('returns the same info object for the same raw name', () => {
    const c = new SenderCache();
    expect(c.get('\u202A+91 98390 47125\u202C')).toBe(c.get('\u202A+91 98390 47125\u202C'));
    expect(c.get('\u202A+91 98390 47125\u202C')).toEqual({ name: '+91 98390 47125', phone: '+919839047125', ok: true });
  });
});
