// The set-up page's forms, one per widget plus the site-wide settings; each field writes its
// `data-path` in the state, and the page re-checks everything on every change.
import { html, nothing, type TemplateResult } from 'lit';
import { NETWORKS, NETWORK_NAMES } from '../share/networks.js';
import { PROVIDERS } from '../support/providers.js';
import { locales } from '../locales/index.js';
import {
  checkbox,
  checkGroup,
  otherErrors,
  selectField,
  textField,
  type FieldContext,
} from './fields.js';
import { PLATFORMS } from './recipes.js';
import { DESTINATIONS, TOKENS, TRIGGERS, type SetupState } from './state.js';

const LANGUAGES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  nl: 'Nederlands',
  de: 'Deutsch',
  fr: 'Français',
  pt: 'Português',
  it: 'Italiano',
  pl: 'Polski',
  ar: 'العربية',
};

const TOKEN_DEFAULTS: Record<string, string> = {
  accent: '#1f57c3',
  text: '#1c1c21',
  muted: '#595966',
  surface: '#fff',
  border: '#c9c9d3',
  radius: '8px',
  font: 'inherit',
};

export function siteForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  return html`<fieldset class="card">
    <legend><h2>Your site</h2></legend>
    ${selectField(
      ctx,
      'platform',
      'Where is your blog?',
      PLATFORMS.map((p) => [p.id, p.name]),
    )}
    ${textField(ctx, 'script', 'Address of afterword.js', {
      type: 'url',
      hint: 'Upload afterword.js to your site (or use the copy beside this page) and give its address.',
    })}
    ${
      s.platform === 'html'
        ? nothing
        : html`${textField(ctx, 'placement', 'Place the widgets after (CSS selector)', {
            hint: 'Filled in for your platform’s usual theme.',
          })}${selectField(ctx, 'position', 'Where, relative to it', [
            ['after', 'After it'],
            ['append', 'Inside it, at its end'],
          ])}`
    }
    ${selectField(ctx, 'lang', 'Language of the widgets', [
      ['', 'The page’s own language'],
      ...Object.keys(locales).map((l): [string, string] => [l, LANGUAGES[l] ?? l]),
    ])}
    ${selectField(ctx, 'theme', 'Light or dark', [
      ['auto', 'Follow the reader’s device'],
      ['light', 'Always light'],
      ['dark', 'Always dark'],
    ])}
    <fieldset class="group tokens">
      <legend>Colours and shape</legend>
      <p class="hint">Leave a box empty to keep the default shown in it.</p>
      ${TOKENS.map((t) =>
        textField(ctx, `tokens.${t}`, t.charAt(0).toUpperCase() + t.slice(1), {
          placeholder: TOKEN_DEFAULTS[t],
        }),
      )}
    </fieldset>
    ${otherErrors(ctx, 'tokens', errors)}
  </fieldset>`;
}

function widgetHeader(ctx: FieldContext, name: string, title: string, label: string) {
  return html`<legend><h2>${title}</h2></legend>
    ${checkbox(ctx, `${name}.on`, label)}`;
}

export function shareForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  const on = s.share.on;
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'share', 'Share buttons', 'Show share buttons')}
    ${
      on
        ? html`${checkGroup(
            ctx,
            'share.networks',
            'Networks, in this order',
            NETWORKS.map((n) => [n, n === 'native' ? 'Device share sheet' : NETWORK_NAMES[n]]),
          )}
          ${textField(ctx, 'share.via', 'Your X handle (optional)', { placeholder: 'yoursite' })}
          ${textField(ctx, 'share.hashtags', 'Hashtags for X (optional)', { placeholder: 'news local' })}
          ${selectField(ctx, 'share.labels', 'Names beside the icons', [
            ['auto', 'When there is room'],
            ['show', 'Always'],
            ['hide', 'Never (icons only)'],
          ])}
          ${checkbox(ctx, 'share.utm', 'Tag shared links for your analytics (utm_source)')}
          ${otherErrors(ctx, 'share', errors)}`
        : nothing
    }
  </fieldset>`;
}

export function supportForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  const o = s.support;
  const providerOptions = Object.entries(PROVIDERS).map(([id, name]): [string, string] => [
    id,
    name || 'Any other https: link',
  ]);
  const rows = o.providers.map((row, i) => {
    const needsHref = row.provider === 'stripe' || row.provider === 'link';
    return html`<div class="row">
      ${selectField(ctx, `support.providers.${i}.provider`, `Way to pay ${i + 1}`, providerOptions)}
      ${
        needsHref
          ? textField(ctx, `support.providers.${i}.href`, 'Link (https://…)', { type: 'url' })
          : textField(ctx, `support.providers.${i}.account`, 'Your account there', {
              hint:
                row.provider === 'paypal' ? 'Your PayPal email address or donate button id.' : '',
            })
      }
      <button type="button" class="quiet" data-action="remove-provider" data-index=${i}>
        Remove way to pay ${i + 1}
      </button>
    </div>`;
  });
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'support', 'Support prompt', 'Ask readers to support your work')}
    ${
      o.on
        ? html`${rows}
            <button type="button" data-action="add-provider">Add a way to pay</button>
            ${textField(ctx, 'support.currency', 'Currency', { placeholder: 'USD', hint: 'A code such as USD, EUR or GBP.' })}
            ${textField(ctx, 'support.amounts', 'Amounts to offer (optional)', {
              placeholder: '3 5 10',
              hint: 'Only PayPal and Open Collective take an amount from the page.',
            })}
            ${textField(ctx, 'support.amount', 'Amount chosen at first (optional)', { inputmode: 'decimal' })}
            ${checkGroup(ctx, 'support.intervals', 'How often readers can give', [
              ['once', 'Once'],
              ['monthly', 'Monthly'],
            ])}
            ${selectField(ctx, 'support.mode', 'Where it appears', [
              ['inline', 'In the page, where the widgets are'],
              ['banner', 'As a bar at the bottom of the screen'],
            ])}
            ${
              o.mode === 'banner'
                ? html`${selectField(ctx, 'support.trigger', 'When the bar appears', [
                    ['immediate', 'At once'],
                    ['scroll', 'After scrolling a share of the page'],
                    ['time', 'After some seconds'],
                    ['articles', 'After the reader has read a number of articles'],
                  ] satisfies [(typeof TRIGGERS)[number], string][])}
                  ${
                    o.trigger === 'immediate'
                      ? nothing
                      : textField(
                          ctx,
                          'support.triggerValue',
                          o.trigger === 'scroll'
                            ? 'Percent of the page'
                            : o.trigger === 'time'
                              ? 'Seconds'
                              : 'Articles',
                          { inputmode: 'numeric' },
                        )
                  }`
                : nothing
            }
            ${textField(ctx, 'support.name', 'Your name (optional; the message can use it as {name})')}
            ${textField(ctx, 'support.heading', 'Heading (optional)', { placeholder: 'Support this work' })}
            ${textField(ctx, 'support.message', 'Message (optional)', {
              rows: 2,
              placeholder: 'Was this article useful? Help keep it free for everyone.',
            })}
            ${otherErrors(ctx, 'support', errors)}`
        : nothing
    }
  </fieldset>`;
}

const DESTINATION_NAMES: Record<(typeof DESTINATIONS)[number], string> = {
  json: 'An Afterword inbox, or any JSON API',
  formspree: 'Formspree',
  web3forms: 'Web3Forms',
  netlify: 'Netlify Forms',
  form: 'Any form endpoint',
  mailto: 'The reader’s own mail app',
};

export function feedbackForm(
  ctx: FieldContext,
  s: SetupState,
  errors: Record<string, string>,
  test: TemplateResult | typeof nothing,
) {
  const o = s.feedback;
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'feedback', 'Feedback form', 'Let readers send feedback, corrections and tips')}
    ${
      o.on
        ? html`${checkGroup(ctx, 'feedback.kinds', 'What readers can send', [
            ['feedback', 'Feedback'],
            ['correction', 'Corrections'],
            ['tip', 'News tips'],
          ])}
          ${selectField(
            ctx,
            'feedback.destination',
            'Where messages go',
            DESTINATIONS.map((d) => [d, DESTINATION_NAMES[d]]),
          )}
          ${
            o.destination === 'mailto'
              ? textField(ctx, 'feedback.mailto', 'Your email address', { type: 'email' })
              : textField(ctx, 'feedback.endpoint', 'Address messages are sent to', {
                  type: 'url',
                  hint:
                    o.destination === 'json'
                      ? 'Your inbox’s /api/feedback address.'
                      : o.destination === 'netlify'
                        ? 'Optional: a page of your site; empty sends to the article page.'
                        : o.destination === 'web3forms'
                          ? 'Optional: Web3Forms’ own address is used when empty.'
                          : '',
                })
          }
          ${o.destination === 'web3forms' ? textField(ctx, 'feedback.accessKey', 'Web3Forms access key') : nothing}
          ${o.destination === 'netlify' ? textField(ctx, 'feedback.formName', 'Netlify form name (optional)') : nothing}
          ${test} ${otherErrors(ctx, 'feedback', errors)}`
        : nothing
    }
  </fieldset>`;
}

export function authorForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'author', 'Author card', 'Show a card about you')}
    ${
      s.author.on
        ? html`${textField(ctx, 'author.name', 'Name', { autocomplete: 'name' })}
          ${textField(ctx, 'author.jobTitle', 'Job title (optional)')}
          ${textField(ctx, 'author.location', 'Where you are based (optional)')}
          ${textField(ctx, 'author.photo', 'Address of your photo (optional)', { type: 'url' })}
          ${textField(ctx, 'author.href', 'Your author page (optional)', { type: 'url' })}
          ${textField(ctx, 'author.links', 'Your profiles, one address a line (optional)', {
            rows: 3,
            placeholder: 'https://mastodon.social/@you\nmailto:you@example.org',
            hint: 'A fediverse profile also gives you the fediverse:creator line for your <head>.',
          })}
          ${textField(ctx, 'author.bio', 'A few lines about you (optional)', {
            rows: 3,
            hint: 'Plain text; a blank line starts a new paragraph. Auto-mount cannot carry it: use the elements.',
          })}
          ${checkbox(
            ctx,
            'author.noSchema',
            'The Person JSON-LD is in my page’s <head> already (no-schema)',
          )}
          ${otherErrors(ctx, 'author', errors)}`
        : nothing
    }
  </fieldset>`;
}
