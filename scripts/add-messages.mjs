// Adds or replaces messages in both locales from one table: node scripts/add-messages.mjs table.json
// The table maps key -> { en, fr, description, placeholders?: [names in $1, $2 ... order] }.
import { readFileSync, writeFileSync } from 'node:fs';

const table = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const locale of ['en', 'fr']) {
  const file = `public/_locales/${locale}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, entry] of Object.entries(table)) {
    const placeholders = entry.placeholders?.length
      ? { placeholders: Object.fromEntries(entry.placeholders.map((name, i) => [name, { content: `$${i + 1}` }])) }
      : {};
    messages[key] = {
      message: entry[locale],
      ...(locale === 'en' ? { description: entry.description } : {}),
      ...placeholders,
    };
  }
  writeFileSync(file, JSON.stringify(messages, null, 2) + '\n');
}
