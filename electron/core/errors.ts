import type { ErrorCode } from '../contract/index';

/** An error meant for the person at the desk: the message is bilingual, Hindi first. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: { hi: string; en: string }, id: number | string) =>
  new AppError('not_found', `${what.hi} ${id} नहीं मिला / ${what.en} ${id} not found`);

export const ruleError = (hi: string, en: string, field?: string) => new AppError('rule', `${hi} / ${en}`, field);
