/**
 * Every user-facing string comes from public/_locales (English and French). Keys are typed from the
 * English catalog, so a missing key is a compile error; tests/unit/i18n.test.ts keeps French complete.
 */
import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The message for `key`; the key itself if the browser has none, so a gap shows instead of a blank. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  return browser.i18n.getMessage(key, subs.length ? subs : undefined) || key;
}

/** Keys that have plural forms, `<key>_one` and `<key>_other` in the catalog. */
type PluralKey = {
  [K in MessageKey]: K extends `${infer B}_other` ? (`${B}_one` extends MessageKey ? B : never) : never;
}[MessageKey];

let plurals: Intl.PluralRules | undefined;

/** The message for `count` in the browser's language: "1 day", "2 days", "0 jour" (Intl.PluralRules picks the form). */
export function tn(key: PluralKey, count: number, ...substitutions: (string | number)[]): string {
  plurals ??= new Intl.PluralRules(uiLocale());
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, count, ...substitutions);
}

let locale: string | undefined;

/** The browser's UI language (`en-US`, `fr` ...), for Intl formatting. Asked once: it cannot change while a page lives. */
export function uiLocale(): string {
  if (locale) return locale;
  try {
    locale = browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
  return locale;
}
