/**
 * Words that name the platform: "edX upgrade deadline" on edX is "MITx Online payment deadline" on MITx
 * Online, "from edX" is "from MITx Online". Each such message has a `…Mitx` twin in the catalog.
 */
import type { MessageKey } from './i18n';
import type { Platform } from './platform';

type WithTwin =
  | 'deadline_edx_upgrade'
  | 'compact_edx_upgrade'
  | 'sourceEdx'
  | 'sourceStartEdx'
  | 'deadlinesDiffer'
  | 'syncFailed'
  | 'notifyTitleEdxUpgrade'
  | 'startsDiffer';
// Each twin must be a message key: a missing one is a compile error here.
const TWINS: Readonly<Record<WithTwin, MessageKey>> = {
  deadline_edx_upgrade: 'deadline_edx_upgradeMitx',
  compact_edx_upgrade: 'compact_edx_upgradeMitx',
  sourceEdx: 'sourceEdxMitx',
  sourceStartEdx: 'sourceStartEdxMitx',
  deadlinesDiffer: 'deadlinesDifferMitx',
  syncFailed: 'syncFailedMitx',
  notifyTitleEdxUpgrade: 'notifyTitleEdxUpgradeMitx',
  startsDiffer: 'startsDifferMitx',
};

/** The message for `key` in the words of `platform`. */
export function onPlatform(key: MessageKey, platform: Platform | undefined): MessageKey {
  return platform === 'mitxonline' && key in TWINS ? TWINS[key as WithTwin] : key;
}
