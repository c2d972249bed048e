import { describe, expect, it } from 'vitest';
import { mobileInText } from './phones';

describe('a mobile number written in a message', () => {
  it('is found however it is written', () => {
    expect(mobileInText('साहब मेरा नंबर 98390 47125 है, जल्दी आइए')).toBe('+919839047125');
    expect(mobileInText('call +91-9839047125 now')).toBe('+919839047125');
    expect(mobileInText('संपर्क: ९८३९०४७१२५')).toBe('+919839047125');
  });
  it('is not a landline, a date, an FIR number or an 11-digit run', () => {
    expect(mobileInText('थाना 0551-2345678 पर सूचना दें')).toBeNull();
    expect(mobileInText('मु0अ0सं0 701/2025 दिनांक 08/01/2025')).toBeNull();
    expect(mobileInText('98390471251')).toBeNull();
  });
});
