import type { LocalizedMessage } from './errors';

/**
 * A value a user gave, as a message quotes it: a number as written, anything else by what it
 * is, so `"8"` (text typed where a number goes) never reads as the number 8.
 */
export function givenValue(value: unknown): LocalizedMessage {
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { fr: String(value), en: String(value) };
  }
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { fr: `le texte « ${text} »`, en: `text "${text}"` };
  }
  if (value === null || value === undefined) return { fr: 'rien', en: 'nothing' };
  if (Array.isArray(value)) return { fr: 'une liste', en: 'a list' };
  return { fr: 'un objet', en: 'an object' };
}
