/**
 * Chrome's `i18n.getMessage` over public/_locales, for tests: WXT's fake browser leaves it unmocked.
 * Follows Chrome's rules: named `$PLACEHOLDER$`s resolve to their `content`, `$1`..`$9` to substitutions,
 * `$$` to `$`, and an unknown key gives ''.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, ChromeMessage>;

export function loadLocale(locale: string): Catalog {
  return JSON.parse(
    readFileSync(resolve(__dirname, `../../public/_locales/${locale}/messages.json`), 'utf8'),
  ) as Catalog;
}

export function getMessageFrom(messages: Catalog, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}
