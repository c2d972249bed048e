/**
 * What the desk says when a call is refused: the register's own message in the desk's language (the error
 * carries both), a per-code fallback, and every invalid field for the form that sent it. No code here reads
 * the text of an error.
 */
import i18n from '../i18n/index';
import { CallError } from './transport';

type Lang = 'hi' | 'en';
const lang = (): Lang => (i18n.language === 'en' ? 'en' : 'hi');

/** One line for a notification or a form's alert. */
export function errorText(e: unknown): string {
  if (e instanceof CallError) {
    const text = e.detail?.[lang()];
    if (text) return text;
    const byCode = `errors.${e.code}`;
    return i18n.exists(byCode) ? i18n.t(byCode) : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

/** The refusal's code, for screens that act on it (the lock screen on 'locked'). */
export const errorCode = (e: unknown): string | null => (e instanceof CallError ? e.code : null);

/**
 * Errors by input field ('informant.phone' -> "मोबाइल नंबर सही नहीं"), for a form to show beside each field.
 * A refusal naming one field (a rule, a conflict) counts too.
 */
export function fieldErrors(e: unknown): Record<string, string> {
  if (!(e instanceof CallError)) return {};
  const l = lang();
  const out: Record<string, string> = {};
  for (const issue of e.detail?.issues ?? []) if (issue.field && !out[issue.field]) out[issue.field] = issue[l];
  if (e.field && !out[e.field]) out[e.field] = errorText(e);
  return out;
}
