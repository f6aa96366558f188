/**
 * edX course keys (docs/platforms.md, "Course keys"): `course-v1:ORG+NUMBER+RUN`, old slash keys `ORG/NUMBER/RUN`, and
 * the course part of `block-v1:` usage keys. Pure; never throws.
 */

export interface CourseKey {
  readonly org: string;
  readonly number: string;
  readonly run: string;
}

const PART = String.raw`[A-Za-z0-9._\-~]+`;
const V1 = new RegExp(String.raw`^(?:course|block)-v1:(${PART})\+(${PART})\+(${PART})(?:\+type@.*)?$`, 'i');
const SLASH = new RegExp(String.raw`^(${PART})/(${PART})/(${PART})$`);

/** Decodes a URL path segment once; undefined for malformed escapes. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Parses `course-v1:` (or the course part of `block-v1:`) and `ORG/NUMBER/RUN` keys. */
export function parseCourseKey(text: string): CourseKey | undefined {
  const m = V1.exec(text) ?? SLASH.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { org: m[1], number: m[2], run: m[3] };
}

/** The canonical run key string for a parsed key. */
export function formatRunKey(key: CourseKey): string {
  return `course-v1:${key.org}+${key.number}+${key.run}`;
}

export interface ReadableId {
  readonly org: string;
  readonly number: string;
}

const READABLE = new RegExp(String.raw`^course-v1:(${PART})\+(${PART})$`, 'i');

/** MITx Online names a course without its run: `course-v1:MITxT+6.431x` (docs/platforms.md). */
export function parseReadableId(text: string): ReadableId | undefined {
  const m = READABLE.exec(text);
  return m?.[1] && m[2] ? { org: m[1], number: m[2] } : undefined;
}
