/** Settings live in sync storage: they must stay far within its per-item quota (Chrome: 8,192 bytes). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSES } from '../../lib/catalog';
import { defaultSettings } from '../../lib/state/schema';

const QUOTA_BYTES_PER_ITEM = 8192;
// How Chrome counts an item: the key plus its JSON.
const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

describe('sync storage use', () => {
  it('stays within the per-item quota, even at the largest settings the schema allows', () => {
    const largest = defaultSettings();
    largest.reminders.leadDays = [60, 59, 58, 57, 56, 55, 54, 53, 52, 51];
    largest.hints.hiddenCourses = COURSES.map((c) => c.number);
    const sizes = {
      default: bytes('settings', defaultSettings()),
      frozenV1: bytes(
        'settings',
        JSON.parse(readFileSync(resolve(__dirname, '../fixtures/state/settings.v1.json'), 'utf8')),
      ),
      largest: bytes('settings', largest),
    };
    console.log(
      `sync storage: settings use ${sizes.default} B by default, ${sizes.frozenV1} B in the v1 example, ${sizes.largest} B at most (quota ${QUOTA_BYTES_PER_ITEM} B per item)`,
    );
    expect(sizes.largest).toBeLessThan(QUOTA_BYTES_PER_ITEM / 10);
  });
});
