// The set-up page's forms, one per widget plus the site-wide settings; each field writes its
// `data-path` in the state, and the page re-checks everything on every change.
import { html, nothing, type TemplateResult } from 'lit';
import { NETWORKS, NETWORK_NAMES } from '../share/networks.js';
import { locales } from '../locales/index.js';
import { TOKEN_DEFAULTS } from '../shared/tokens.js';
import type { SetupMessages } from './messages/en.js';
import {
  checkbox,
  checkGroup,
  otherErrors,
  selectField,
  textField,
  type FieldContext,
} from './fields.js';
import { PLATFORMS } from './recipes.js';
import { DESTINATIONS, TOKENS, type SetupState, type Token } from './state.js';

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

/** A network's name as the share bar shows it (Copy link, Print… in the page's language). */
function networkName(ctx: FieldContext, n: (typeof NETWORKS)[number]): string {
  const t = (locales[ctx.lang] ?? locales.en).share;
  const own: Partial<Record<string, string>> = {
    copy: t.copy,
    print: t.print,
    email: t.email,
    native: ctx.m.native,
  };
  return own[n] ?? NETWORK_NAMES[n];
}

/** A token's default as the widgets use it: light, dark, or both when they follow the reader. */
function tokenDefault(t: Token, theme: SetupState['theme']): string {
  if (t === 'radius' || t === 'font') return TOKEN_DEFAULTS[t];
  const { light, dark } = TOKEN_DEFAULTS;
  return theme === 'light' ? light[t] : theme === 'dark' ? dark[t] : `${light[t]} / ${dark[t]}`;
}

export function siteForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  const m = ctx.m;
  return html`<fieldset class="card">
    <legend><h2>${m.site}</h2></legend>
    ${selectField(
      ctx,
      'platform',
      m.platform,
      PLATFORMS.map((p) => [p.id, p.name || m.ownHtml]),
    )}
    ${textField(ctx, 'script', m.script, {
      type: 'url',
      hint: m.scriptHint,
    })}
    ${
      s.platform === 'html'
        ? nothing
        : html`${textField(ctx, 'placement', m.placement, {
            hint: m.placementHint,
          })}${selectField(ctx, 'position', m.position, [
            ['after', m.after],
            ['append', m.append],
          ])}`
    }
    ${selectField(ctx, 'lang', m.lang, [
      ['', m.pageLang],
      ...Object.keys(locales).map((l): [string, string] => [l, LANGUAGES[l] ?? l]),
    ])}
    ${selectField(ctx, 'theme', m.theme, [
      ['auto', m.auto],
      ['light', m.light],
      ['dark', m.dark],
    ])}
    <fieldset class="group tokens">
      <legend>${m.tokens}</legend>
      <p class="hint">${m.tokensHint}</p>
      ${TOKENS.map((t) =>
        textField(ctx, `tokens.${t}`, m[t], {
          placeholder: tokenDefault(t, s.theme),
        }),
      )}
    </fieldset>
    ${otherErrors(ctx, 'tokens', errors)}
  </fieldset>`;
}

export function widgetHeader(ctx: FieldContext, name: string, title: string, label: string) {
  return html`<legend><h2>${title}</h2></legend>
    ${checkbox(ctx, `${name}.on`, label)}`;
}

export function shareForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  const m = ctx.m;
  const on = s.share.on;
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'share', m.share, m.shareOn)}
    ${
      on
        ? html`${checkGroup(
            ctx,
            'share.networks',
            m.networks,
            NETWORKS.map((n) => [n, networkName(ctx, n)]),
          )}
          ${textField(ctx, 'share.via', m.via, { placeholder: 'yoursite' })}
          ${textField(ctx, 'share.hashtags', m.hashtags, { placeholder: 'news local' })}
          ${selectField(ctx, 'share.labels', m.labels, [
            ['auto', m.labelsAuto],
            ['show', m.labelsShow],
            ['hide', m.labelsHide],
          ])}
          ${checkbox(ctx, 'share.utm', m.utm)} ${otherErrors(ctx, 'share', errors)}`
        : nothing
    }
  </fieldset>`;
}

const destinationNames = (m: SetupMessages): Record<(typeof DESTINATIONS)[number], string> => ({
  json: m.json,
  formspree: 'Formspree',
  web3forms: 'Web3Forms',
  netlify: 'Netlify Forms',
  form: m.form,
  mailto: m.mailto,
});

export function feedbackForm(
  ctx: FieldContext,
  s: SetupState,
  errors: Record<string, string>,
  test: TemplateResult | typeof nothing,
) {
  const m = ctx.m;
  const o = s.feedback;
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'feedback', m.feedback, m.feedbackOn)}
    ${
      o.on
        ? html`${checkGroup(ctx, 'feedback.kinds', m.kinds, [
            ['feedback', m.kindFeedback],
            ['correction', m.kindCorrection],
            ['tip', m.kindTip],
          ])}
          ${selectField(
            ctx,
            'feedback.destination',
            m.destination,
            DESTINATIONS.map((d) => [d, destinationNames(m)[d]]),
          )}
          ${
            o.destination === 'mailto'
              ? textField(ctx, 'feedback.mailto', m.email, { type: 'email' })
              : textField(ctx, 'feedback.endpoint', m.endpoint, {
                  type: 'url',
                  hint:
                    o.destination === 'json'
                      ? m.jsonHint
                      : o.destination === 'netlify'
                        ? m.netlifyHint
                        : o.destination === 'web3forms'
                          ? m.web3formsHint
                          : '',
                })
          }
          ${o.destination === 'web3forms' ? textField(ctx, 'feedback.accessKey', m.accessKey) : nothing}
          ${o.destination === 'netlify' ? textField(ctx, 'feedback.formName', m.formName) : nothing}
          ${
            o.kinds.includes('tip')
              ? html`${textField(ctx, 'feedback.tipKey', m.tipKey, { type: 'url', hint: m.tipKeyHint })}
                ${textField(ctx, 'feedback.tipFingerprint', m.tipFingerprint, {
                  hint: m.tipFingerprintHint,
                })}`
              : nothing
          }
          ${test} ${otherErrors(ctx, 'feedback', errors)}`
        : nothing
    }
  </fieldset>`;
}

export function authorForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  const m = ctx.m;
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'author', m.author, m.authorOn)}
    ${
      s.author.on
        ? html`${textField(ctx, 'author.name', m.authorName, { autocomplete: 'name' })}
          ${textField(ctx, 'author.jobTitle', m.jobTitle)}
          ${textField(ctx, 'author.location', m.location)}
          ${textField(ctx, 'author.photo', m.photo, { type: 'url' })}
          ${textField(ctx, 'author.href', m.authorHref, { type: 'url' })}
          ${textField(ctx, 'author.links', m.links, {
            rows: 3,
            placeholder: 'https://mastodon.social/@you\nmailto:you@example.org',
            hint: m.linksHint,
          })}
          ${textField(ctx, 'author.bio', m.bio, {
            rows: 3,
            hint: m.bioHint,
          })}
          ${checkbox(ctx, 'author.noSchema', m.noSchema)} ${otherErrors(ctx, 'author', errors)}`
        : nothing
    }
  </fieldset>`;
}
