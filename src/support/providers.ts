// Pure link builders for every support provider, plus amount helpers; no DOM, so unit tests call them directly.
import { httpUrl } from '../shared/url.js';

/** Provider ids and the names readers see. `link` shows the host of its `href`. */
export const PROVIDERS = {
  paypal: 'PayPal',
  kofi: 'Ko-fi',
  buymeacoffee: 'Buy Me a Coffee',
  liberapay: 'Liberapay',
  opencollective: 'Open Collective',
  github: 'GitHub Sponsors',
  patreon: 'Patreon',
  stripe: 'Stripe',
  link: '',
};
export type Provider = keyof typeof PROVIDERS;
export type Interval = 'once' | 'monthly';

export interface Entry {
  provider: string;
  account?: string;
  href?: string;
}

export interface Choice {
  /** Major units (5 = five euros), or null when the reader picks the amount on the provider's page. */
  amount: number | null;
  currency: string;
  interval: Interval;
}

const PAGES: Partial<Record<Provider, string>> = {
  kofi: 'https://ko-fi.com/',
  buymeacoffee: 'https://buymeacoffee.com/',
  liberapay: 'https://liberapay.com/',
  opencollective: 'https://opencollective.com/',
  github: 'https://github.com/sponsors/',
  patreon: 'https://www.patreon.com/',
};

const isProvider = (p: string): p is Provider => Object.hasOwn(PROVIDERS, p);

/** Providers whose link carries the amount and the monthly choice. */
export const takesAmount = (p: string): boolean => p === 'paypal' || p === 'opencollective';

/** What is wrong with an entry, as [field, problem], or undefined when it can be linked. */
export function checkEntry(e: Entry): [string, string] | undefined {
  const p = e.provider;
  if (!isProvider(p)) return ['provider', `unknown provider "${p}"`];
  if (p === 'stripe' || p === 'link') {
    return httpUrl(e.href, undefined)?.protocol === 'https:'
      ? undefined
      : ['href', e.href ? `"${e.href}" is not an https: address` : `${p} needs an https: href`];
  }
  return e.account?.trim() ? undefined : ['account', `${p} needs an account`];
}

/** The reader-facing name of an entry's provider. */
export function providerName(e: Entry): string {
  if (e.provider !== 'link') return PROVIDERS[e.provider as Provider];
  return new URL(e.href!).hostname.replace(/^www\./, '');
}

/** The currency's minor-unit digits (2 for EUR, 0 for JPY). */
export function fractionDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** An amount as providers read it: `5`, `2.50`, `500`. */
export function amountParam(amount: number, currency: string): string {
  const d = fractionDigits(currency);
  const r = Math.round(amount * 10 ** d) / 10 ** d;
  return Number.isInteger(r) ? String(r) : r.toFixed(d);
}

/** The link that takes the reader to the provider (assumes checkEntry passed). */
export function providerUrl(e: Entry, c: Choice): string {
  const p = e.provider as Provider;
  if (p === 'stripe' || p === 'link') return e.href!;
  const account = encodeURIComponent(e.account!.trim());
  const q: string[] = [];
  const amount =
    takesAmount(p) && c.amount != null && c.amount > 0 ? amountParam(c.amount, c.currency) : '';
  if (p === 'paypal') {
    // Anything that is not an email address is a hosted button id.
    q.push(`${e.account!.includes('@') ? 'business' : 'hosted_button_id'}=${account}`);
    if (amount) q.push(`amount=${amount}`);
    if (c.currency) q.push(`currency_code=${c.currency}`);
    if (c.interval === 'once') q.push('no_recurring=1');
    return `https://www.paypal.com/donate/?${q.join('&')}`;
  }
  if (p === 'opencollective') {
    if (amount) q.push(`amount=${amount}`);
    if (c.interval === 'monthly') q.push('interval=month');
  }
  const path = p === 'liberapay' || p === 'opencollective' ? '/donate' : '';
  return `${PAGES[p]}${account}${path}${q.length ? `?${q.join('&')}` : ''}`;
}

/** True for an ISO 4217 code the browser knows. */
export function isCurrency(code: string): boolean {
  return (
    /^[A-Z]{3}$/.test(code) &&
    (!Intl.supportedValuesOf || Intl.supportedValuesOf('currency').includes(code))
  );
}

// Preset amounts are 5, 10 and 25 units, scaled where a unit is worth much less than a dollar or euro.
const SCALE: Record<string, number> = {
  JPY: 100,
  KRW: 1000,
  INR: 50,
  BRL: 5,
  MXN: 20,
  PLN: 4,
  SEK: 10,
  NOK: 10,
  DKK: 5,
  CZK: 20,
  HUF: 200,
  TRY: 20,
  ZAR: 20,
  ARS: 1000,
  CLP: 1000,
  COP: 4000,
  IDR: 10000,
  PHP: 50,
  THB: 20,
};

export function defaultAmounts(currency: string): number[] {
  return [5, 10, 25].map((n) => n * (SCALE[currency] ?? 1));
}

/** Formatters by language and currency: a prompt formats each amount with the same one. */
const formats = new Map<string, Intl.NumberFormat>();

/** An amount in the reader's language: `5 €`, `€5`, `US$2.50`, `٥ €`. */
export function money(lang: string, currency: string, amount: number): string {
  const options = {
    style: 'currency',
    currency,
    trailingZeroDisplay: 'stripIfInteger',
  } as Intl.NumberFormatOptions;
  for (const l of [lang, 'en']) {
    const key = `${l}|${currency}`;
    try {
      if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(l, options));
      return formats.get(key)!.format(amount);
    } catch {
      // a malformed language tag or currency code: try the next, then plain digits
    }
  }
  return String(amount);
}

/**
 * The currency sign as the presets show it, and on which side of the number: `['€', 'before']`
 * in English, `['€', 'after']` in German; the code itself where the sign can't be found.
 */
export function currencySign(lang: string, currency: string): [string, 'before' | 'after'] {
  const shown = money(lang, currency, 1);
  const sign = shown.replace(/[\p{Nd}\s.,\u066b\u066c\u200e\u200f\u061c]/gu, '');
  if (!sign) return [currency, 'after'];
  return [sign, shown.indexOf(sign) < shown.search(/\p{Nd}/u) ? 'before' : 'after'];
}
