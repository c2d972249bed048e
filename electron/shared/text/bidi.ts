/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder the text
 * around them when shown: a file named "\u202Efdp.exe" reads as "exe.pdf". Names, group names and file names
 * come from WhatsApp exports and other people's phones, so the desk and the printed documents show each such
 * control as a visible replacement character instead of obeying it. The stored text (evidence) is not changed.
 * Direction marks (LRM, RLM, ALM) only nudge neutral characters and are left alone.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A visible stand-in for a control that was removed, so the reader sees that something was there. */
export const BIDI_STAND_IN = '\uFFFD';

export function neutraliseBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, BIDI_STAND_IN);
}

/** The same for every string inside a value from the register (a channel's output). */
export function neutraliseBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return neutraliseBidi(value) as T;
  if (Array.isArray(value)) return value.map(neutraliseBidiDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = neutraliseBidiDeep(v);
    return out as T;
  }
  return value;
}
