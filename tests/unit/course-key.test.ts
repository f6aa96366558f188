import { describe, expect, it } from 'vitest';
import { decodeSegment, formatRunKey, parseCourseKey } from '../../lib/course-key';

describe('parseCourseKey', () => {
  it.each([
    ['course-v1:MITx+6.431x+2T2025', { org: 'MITx', number: '6.431x', run: '2T2025' }],
    ['course-v1:MITx+DS.CFx+1T2026', { org: 'MITx', number: 'DS.CFx', run: '1T2026' }],
    ['COURSE-V1:mitx+14.310Fx+3T2024a', { org: 'mitx', number: '14.310Fx', run: '3T2024a' }],
    ['MITx/6.041x/1T2014', { org: 'MITx', number: '6.041x', run: '1T2014' }],
    ['block-v1:MITx+6.86x+3T2025+type@sequential+block@unit_1', { org: 'MITx', number: '6.86x', run: '3T2025' }],
  ])('%s', (text, expected) => {
    expect(parseCourseKey(text)).toEqual(expected);
  });

  it.each(['', 'course-v1:MITx+6.431x', 'course-v2:MITx+6.431x+1T2025', 'MITx+6.431x+1T2025', 'a/b', 'x/y/z/w'])(
    'rejects %j',
    (text) => expect(parseCourseKey(text)).toBeUndefined(),
  );

  it('formats a run key', () => {
    expect(formatRunKey({ org: 'MITx', number: '6.431x', run: '1T2024' })).toBe('course-v1:MITx+6.431x+1T2024');
  });

  it('decodes segments and survives malformed escapes', () => {
    expect(decodeSegment('course-v1%3AMITx%2B6.431x%2B1T2024')).toBe('course-v1:MITx+6.431x+1T2024');
    expect(decodeSegment('%E0%A4%A')).toBeUndefined();
  });
});
