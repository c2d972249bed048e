/** Phone numbers as the register reads them out of people's messages. */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { asciiDigits } from '../dates';

/**
 * The first Indian mobile number written in a message ("मेरा नंबर 98390 47125 है", "+91-9839047125",
 * Devanagari digits too), as E.164, or null. Landlines and numbers no operator issues are left out.
 */
export function mobileInText(text: string): string | null {
  for (const found of findPhoneNumbersInText(asciiDigits(text), 'IN')) {
    const type = found.number.getType();
    if (found.number.country === 'IN' && (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE')) return found.number.number;
  }
  return null;
}
