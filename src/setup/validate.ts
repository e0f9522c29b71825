// Checks what the blogger typed with the elements' own schemas and rules, field by field, and
// keeps only valid values: what this returns is all the snippets and the preview ever see.
import type { z } from '../shared/config.js';
import { splitList } from '../shared/config.js';
import { isNetwork, DEFAULT_NETWORKS } from '../share/networks.js';
import { shareConfigSchema } from '../share/options.js';
import { resolveOptions, supportConfigSchema } from '../support/options.js';
import { checkEntry, isCurrency, PROVIDERS } from '../support/providers.js';
import { parseTrigger } from '../support/frequency.js';
import { feedbackConfigSchema } from '../feedback/options.js';
import { resolveOptions as feedbackOptions } from '../feedback/options.js';
import { authorConfigSchema } from '../author/options.js';
import { detectProfile } from '../author/profiles.js';
import { TOKENS, type SetupState, type Token } from './state.js';
import { format } from '../shared/localize.js';
import { en, type SetupMessages } from './messages/en.js';
import {
  common,
  isSiteUrl,
  quoted,
  schemaCheck,
  sentence,
  SITE,
  TOKEN_PROPERTY,
  type Section,
  type WidgetName,
} from './checks.js';

export type { Section, WidgetName };

export interface Checked {
  /** Problems by field id (`support.currency`, `support.providers.0.account`). */
  errors: Record<string, string>;
  /** Each widget that can be shown, as its config (attribute names, defaults left out). */
  sections: Partial<Record<WidgetName, Section>>;
  bio: string;
  tokens: Partial<Record<Token, string>>;
  script: string;
  placement: string;
}

function share(
  s: SetupState,
  errors: Record<string, string>,
  m: SetupMessages,
): Section | undefined {
  const o = s.share;
  const section: Section = common(s);
  const networks = o.networks.filter(isNetwork);
  if (!networks.length) {
    errors['share.networks'] = m.errNetworks;
    return undefined;
  }
  if (networks.join(' ') !== DEFAULT_NETWORKS.join(' ')) section.networks = networks.join(' ');
  const via = o.via.trim();
  if (via && /^@?\w{1,15}$/.test(via)) section.via = via.replace(/^@/, '');
  else if (via) errors['share.via'] = m.errVia;
  const tags = splitList(o.hashtags).map((t) => t.replace(/^#/, ''));
  const badTags = tags.filter((t) => !/^[\p{L}\p{N}_]+$/u.test(t));
  if (badTags.length) errors['share.hashtags'] = format(m.errHashtags, { list: quoted(badTags) });
  else if (tags.length) section.hashtags = tags.join(' ');
  if (o.utm) section.utm = true;
  if (o.labels !== 'auto') section.labels = o.labels;
  return schemaCheck('share', shareConfigSchema as z.ZodMiniType<unknown>, section, errors);
}

function support(
  s: SetupState,
  errors: Record<string, string>,
  m: SetupMessages,
): Section | undefined {
  const o = s.support;
  const section: Section = common(s);
  const rows = o.providers.map((r) => ({
    provider: r.provider,
    ...(r.account.trim() ? { account: r.account.trim() } : {}),
    ...(r.href.trim() ? { href: r.href.trim() } : {}),
  }));
  const good = rows.filter((row, i) => {
    const bad = checkEntry(row);
    if (bad)
      errors[`support.providers.${i}.${bad[0]}`] =
        bad[0] === 'account'
          ? format(m.errAccount, { provider: PROVIDERS[row.provider as keyof typeof PROVIDERS] })
          : sentence(bad[1]);
    return !bad;
  });
  if (!good.length) {
    if (!rows.length) errors['support.providers'] = m.errProviders;
    return undefined;
  }
  if (good.length === 1) Object.assign(section, good[0]);
  else section.providers = good;
  const currency = o.currency.trim().toUpperCase();
  if (!isCurrency(currency))
    errors['support.currency'] = format(m.errCurrency, { value: o.currency });
  else if (currency !== 'USD') section.currency = currency;
  const amounts = splitList(o.amounts);
  const badAmounts = amounts.filter((v) => !(Number(v) > 0));
  if (badAmounts.length) errors['support.amounts'] = m.errAmounts;
  else if (amounts.length) section.amounts = amounts.map(Number).join(' ');
  if (o.amount.trim()) {
    const n = Number(o.amount);
    if (n > 0) section.amount = n;
    else errors['support.amount'] = m.errAmount;
  }
  if (!o.intervals.length) errors['support.intervals'] = m.errIntervals;
  else if (o.intervals.join(' ') !== 'once') section.intervals = o.intervals.join(' ');
  if (o.mode === 'banner') section.mode = 'banner';
  if (o.trigger !== 'immediate') {
    const trigger = `${o.trigger}:${o.triggerValue.trim()}`;
    if (parseTrigger(trigger) && Number.isInteger(Number(o.triggerValue)))
      section.trigger = trigger;
    else errors['support.triggerValue'] = o.trigger === 'scroll' ? m.errPercent : m.errWhole;
  }
  for (const key of ['name', 'heading', 'message'] as const)
    if (o[key].trim()) section[key] = o[key].trim();
  const checked = schemaCheck(
    'support',
    supportConfigSchema as z.ZodMiniType<unknown>,
    section,
    errors,
  );
  // The element's own reading of the same settings: anything it would complain about is a field error.
  resolveOptions({}, checked, (field, problem) => {
    errors[`support.${field}`] ??= sentence(problem);
  });
  return checked;
}

function feedback(
  s: SetupState,
  errors: Record<string, string>,
  m: SetupMessages,
): Section | undefined {
  const o = s.feedback;
  const section: Section = common(s);
  if (!o.kinds.length) {
    errors['feedback.kinds'] = m.errKinds;
    return undefined;
  }
  if (o.kinds.length !== 3) section.kinds = o.kinds.join(' ');
  const mail = o.destination === 'mailto';
  const settings = mail
    ? { mailto: o.mailto.trim() }
    : {
        format: o.destination,
        endpoint: o.endpoint.trim() || undefined,
        'access-key': o.destination === 'web3forms' ? o.accessKey.trim() || undefined : undefined,
        'form-name': o.destination === 'netlify' ? o.formName.trim() || undefined : undefined,
      };
  // The form's own reading of these settings: what it would report is the field's error.
  const { dest, to } = feedbackOptions(settings, {}, (field, problem) => {
    errors[`feedback.${field}`] ??= sentence(problem);
  });
  if (!dest && !to) {
    const field = mail ? 'feedback.mailto' : 'feedback.endpoint';
    errors[field] ??= mail ? m.errMailto : m.errEndpoint;
    return undefined;
  }
  if (to) section.mailto = to;
  if (dest) {
    if (dest.format !== 'json') section.format = dest.format;
    if (dest.endpoint) section.endpoint = dest.endpoint;
    if (dest.accessKey) section['access-key'] = dest.accessKey;
    if (dest.formName) section['form-name'] = dest.formName;
  }
  return schemaCheck('feedback', feedbackConfigSchema as z.ZodMiniType<unknown>, section, errors);
}

function author(
  s: SetupState,
  errors: Record<string, string>,
  m: SetupMessages,
): Section | undefined {
  const o = s.author;
  const section: Section = common(s);
  const name = o.name.trim();
  if (!name) {
    errors['author.name'] = m.errName;
    return undefined;
  }
  section.name = name;
  for (const [key, field] of [
    ['photo', 'photo'],
    ['href', 'href'],
  ] as const) {
    const value = o[key].trim();
    if (value && isSiteUrl(value)) section[field] = value;
    else if (value) errors[`author.${key}`] = format(m.errUrl, { value });
  }
  if (o.jobTitle.trim()) section['job-title'] = o.jobTitle.trim();
  if (o.location.trim()) section.location = o.location.trim();
  const links = o.links
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const bad = links.filter((l) => !detectProfile(l, SITE));
  if (bad.length) errors['author.links'] = format(m.errLinks, { list: quoted(bad) });
  const good = links.filter((l) => !bad.includes(l));
  if (good.length) section.links = good;
  if (o.noSchema) section['no-schema'] = true;
  return schemaCheck('author', authorConfigSchema as z.ZodMiniType<unknown>, section, errors);
}

/** Every field checked; `valid(…)` values only in what comes out. */
export function check(s: SetupState, m: SetupMessages = en): Checked {
  const errors: Record<string, string> = {};
  const sections: Checked['sections'] = {};
  const build = { share, support, feedback, author };
  for (const name of ['share', 'support', 'feedback', 'author'] as const) {
    if (!s[name].on) continue;
    const section = build[name](s, errors, m);
    if (section) sections[name] = section;
  }
  const tokens: Checked['tokens'] = {};
  for (const t of TOKENS) {
    const value = s.tokens[t].trim();
    if (!value) continue;
    if (CSS.supports(TOKEN_PROPERTY[t], value) && !/[;{}<>]/.test(value)) tokens[t] = value;
    else errors[`tokens.${t}`] = format(m.errToken, { value });
  }
  let script = s.script.trim();
  if (!isSiteUrl(script)) {
    errors.script = m.errScript;
    script = '';
  }
  let placement = s.placement.trim() || 'article';
  try {
    document.createDocumentFragment().querySelector(placement);
  } catch {
    errors.placement = format(m.errPlacement, { value: placement });
    placement = 'article';
  }
  return {
    errors,
    sections,
    bio: s.author.on ? s.author.bio.trim() : '',
    tokens,
    script,
    placement,
  };
}
