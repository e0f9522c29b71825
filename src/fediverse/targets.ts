// Pure: the page on the reader's own fediverse server that shares a page or follows an account,
// by the software its NodeInfo names. No DOM, so unit tests call it directly.
import type { ShareData } from '../share/networks.js';

const e = encodeURIComponent;

/**
 * The fediverse: which page of the reader's own server to open, by the software its NodeInfo
 * names. Each family's paths, as its project documents or serves them:
 * - Mastodon and its forks (Hometown, glitch-soc and Fedibird report themselves as "mastodon" or
 *   by name): `/share?text=` (Mastodon's share page, https://github.com/mastodon/mastodon/issues/442)
 *   and `/authorize_interaction?uri=` (the "subscribe" template of Mastodon's WebFinger,
 *   https://docs.joinmastodon.org/spec/webfinger/).
 * - The Misskey family (Misskey, Sharkey, Firefish/Calckey, Iceshrimp, Foundkey, CherryPick):
 *   `/share?text=&url=` (Misskey's share form, https://misskey-hub.net/docs/for-developers/features/share-form/)
 *   and `/authorize-follow?acct=` (Misskey's remote-follow page, misskey-dev/misskey#3572; the
 *   subscribe template Iceshrimp.NET publishes in its WebFinger).
 * - Friendica: `/compose?title=&body=` and `/contact/follow?url=`, the FEP-3b86 "Create" and
 *   OStatus "subscribe" templates Friendica publishes in its WebFinger (src/Module/Xrd.php).
 * - Pleroma and Akkoma: no share page in Pleroma-FE or Akkoma-FE (kytta/share2fedi#44,
 *   stefanbohacek/fediverse-share-button#9), so sharing falls back; following uses
 *   `/ostatus_subscribe?acct=`, the subscribe template of their WebFinger.
 * - Lemmy: `/create_post?url=&title=` (lemmy-ui's post form reads these, LemmyNet/lemmy-ui#1913);
 *   Lemmy has no following of people, so following falls back.
 * Anything else (GoToSocial, which has no web composer, or an unknown name) gets Mastodon's pages.
 */
export type FediFamily = 'mastodon' | 'misskey' | 'friendica' | 'pleroma' | 'lemmy';

const FAMILIES: Record<string, FediFamily> = {};
for (const entry of (
  'mastodon=mastodon,hometown,glitch-soc,glitchcafe,fedibird ' +
  'misskey=misskey,sharkey,firefish,calckey,iceshrimp,iceshrimp.net,foundkey,cherrypick,meisskey,catodon ' +
  'friendica=friendica pleroma=pleroma,akkoma lemmy=lemmy'
).split(' ')) {
  const [family, names] = entry.split('=');
  for (const name of names.split(',')) FAMILIES[name] = family as FediFamily;
}

/** The family of a NodeInfo `software.name`, or undefined when it is not one we know. */
export function fediFamily(software: string | null | undefined): FediFamily | undefined {
  return software ? FAMILIES[software.trim().toLowerCase()] : undefined;
}

/** A page on the reader's server; `fallback` when it is Mastodon's page used for want of a better one. */
export interface FediTarget {
  url: string;
  fallback: boolean;
}

/** The compose/share page on the reader's server (`origin`, e.g. `https://example.social`). */
export function fediShareUrl(origin: string, software: string | null, data: ShareData): FediTarget {
  const { url, text } = data;
  switch (fediFamily(software)) {
    case 'mastodon':
      return { url: `${origin}/share?text=${e(text ? `${text} ${url}` : url)}`, fallback: false };
    case 'misskey':
      return { url: `${origin}/share?text=${e(text)}&url=${e(url)}`, fallback: false };
    case 'friendica':
      return { url: `${origin}/compose?title=${e(text)}&body=${e(url)}`, fallback: false };
    case 'lemmy':
      return { url: `${origin}/create_post?url=${e(url)}&title=${e(text)}`, fallback: false };
    default:
      return { url: `${origin}/share?text=${e(text ? `${text} ${url}` : url)}`, fallback: true };
  }
}

/** A fediverse account: its profile address and its `user@host` handle. */
export interface FediAccount {
  uri: string;
  acct: string;
}

/** The page on the reader's server that follows `account`. */
export function fediFollowUrl(
  origin: string,
  software: string | null,
  account: FediAccount,
): FediTarget {
  switch (fediFamily(software)) {
    case 'mastodon':
      return { url: `${origin}/authorize_interaction?uri=${e(account.uri)}`, fallback: false };
    case 'misskey':
      return { url: `${origin}/authorize-follow?acct=${e(account.acct)}`, fallback: false };
    case 'friendica':
      return { url: `${origin}/contact/follow?url=${e(account.uri)}`, fallback: false };
    case 'pleroma':
      return { url: `${origin}/ostatus_subscribe?acct=${e(account.acct)}`, fallback: false };
    default:
      return { url: `${origin}/authorize_interaction?uri=${e(account.uri)}`, fallback: true };
  }
}
