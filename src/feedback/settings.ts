// <afterword-feedback>'s settings: each attribute it takes, declared once, and the step to its
// checked options (src/feedback/options.ts). The element (feedback.ts) adds the form itself.
import { property } from 'lit/decorators.js';
import { AfterwordElement, numeric, type Attributes } from '../shared/element.js';
import type { Report } from '../shared/options.js';
import { resolveOptions, type FeedbackOptions } from './options.js';

export abstract class FeedbackSettings extends AfterwordElement<FeedbackOptions> {
  protected get tag(): string {
    return 'afterword-feedback';
  }

  /** Kinds the reader may pick from: `feedback correction tip` (default all). */
  @property() kinds?: string;
  /** Where submissions go: an https: URL, a same-origin path or http://localhost. */
  @property() endpoint?: string;
  /** `json` (default) | `formspree` | `web3forms` | `netlify` | `form`. */
  @property() format?: string;
  /** The Web3Forms access key. */
  @property({ attribute: 'access-key' }) formAccessKey?: string;
  /** The Netlify form name (default `feedback`). */
  @property({ attribute: 'form-name' }) formName?: string;
  /** An address: the reader's mail app opens with the message; nothing is sent by the page. */
  @property() mailto?: string;
  /** Submissions faster than this after the form appears are treated as bots (default 3). */
  @property({ attribute: 'min-seconds', converter: numeric }) minSeconds?: number | string;
  /** The address of the journalist's armored OpenPGP public key: tips are sealed to it. */
  @property({ attribute: 'tip-key' }) tipKey?: string;
  /** The key's full fingerprint (spaces allowed): a key that doesn't match is refused. */
  @property({ attribute: 'tip-fingerprint' }) tipFingerprint?: string;
  /** Which kinds are sealed: `tips` (default with a key) or `all`. */
  @property() encrypt?: string;

  protected resolveOptions(
    a: Attributes,
    json: Record<string, unknown>,
    r: Report,
  ): FeedbackOptions {
    return resolveOptions(a, json, r);
  }
}
