// English strings, built into each element (one section each); this table defines the Messages type
// that every other locale must satisfy.
export const share = {
  label: 'Share this article',
  shareOn: 'Share on {network}',
  email: 'Email',
  emailLabel: 'Share by email',
  copy: 'Copy link',
  copied: 'Link copied',
  copyManual: 'Copying was blocked. Select the link and copy it yourself.',
  linkField: 'Link to this article',
  print: 'Print',
  native: 'Share…',
  nativeLabel: 'Share with an app',
  cancel: 'Cancel',
  newTab: '(opens in a new tab)',
};

export const support = {
  payWith: 'Pay with',
  amountLabel: 'Amount',
  howOften: 'How often',
  heading: 'Support this work',
  message: 'Was this article useful? Help keep it free for everyone.',
  otherAmount: 'Other amount',
  once: 'Once',
  monthly: 'Monthly',
  cta: 'Continue to {provider}',
  close: 'Close',
  thanksHeading: 'Thank you!',
  thanksMessage: 'Your support keeps this work independent.',
  alreadySupport: 'I already support you',
  stopCounting: "Don't count my visits",
  countAgain: 'Count my visits again',
  notCounting: 'Your visits are no longer counted on this device.',
  undo: 'Undo',
  closeFor: 'Hide for {time}',
  goalOf: '{raised} of {target}',
  goalSupporters: 'one:# supporter|other:# supporters',
  bannerLabel: 'Reminder: {heading}',
  newTab: '(opens in a new tab)',
};

export const feedback = {
  kind: 'Type',
  feedback: 'Feedback',
  correction: 'Correction',
  tip: 'News tip',
  message: 'Message',
  quote: 'Text to correct',
  quoteHint: 'Select text in the article to quote it.',
  name: 'Name (optional)',
  email: 'Email (optional)',
  tipNote: 'Private: kept only in this tab until you close it.',
  send: 'Send',
  sent: 'Sent. Thank you!',
  queued: 'Saved; it will be sent when possible.',
  failed: 'Not sent.',
  mail: 'Send it from your email app.',
  check: 'Check the marked fields.',
  required: 'Required.',
  tooLong: 'At most {max} characters.',
  invalidEmail: 'Invalid email address.',
  sealNote: 'Encrypted in your browser before it is sent: only the journalist can read it.',
  sealFingerprint: 'Key fingerprint ends in',
  sealLoading: 'Preparing encryption…',
  sealTooLong: 'Too long to send encrypted. Shorten it; your text is kept.',
  sealMissing: 'No encryption key is set up, so this cannot be sent.',
  sealUnreachable:
    'The encryption key could not be loaded, so this cannot be sent. Try again later.',
  sealInvalid: 'The encryption key is not a valid public key, so this cannot be sent.',
  sealExpired: 'The encryption key has expired or was revoked, so this cannot be sent.',
  sealNoEncryption: 'The encryption key cannot encrypt, so this cannot be sent.',
  sealDestination: 'This form cannot deliver encrypted messages, so this cannot be sent.',
  formLabel: 'Write to the author',
  sending: 'Sending…',
};

export const author = {
  label: 'About the author',
  followOn: 'Follow on {network}',
  email: 'Send an email',
  rss: 'Subscribe to the feed',
  website: 'Visit {site}',
  newTab: '(opens in a new tab)',
};

export const fediverse = {
  shareTitle: 'Share on the fediverse',
  followTitle: 'Follow {name} from your server',
  field: 'Your fediverse server',
  hint: 'Your address, such as @you@example.social, or just your server’s name.',
  invalid: 'Enter your server’s name, such as example.social, or your address.',
  remember: 'Remember on this device',
  forget: 'Forget my server',
  forgotten: 'Your server is no longer remembered on this device.',
  share: 'Share',
  follow: 'Follow',
  cancel: 'Cancel',
  checking: 'Asking {server} which software it runs…',
  fallbackUnknown:
    '{server} did not say which software it runs, so its Mastodon page was opened. If it does not work, copy the link instead.',
  fallbackNoPage:
    '{server} runs {software}, which has no page for this, so its Mastodon page was opened.',
  followButton: 'Follow from your server',
  followLabel: 'Follow {account} from your server',
  blocked: 'Your browser stopped the new tab.',
  openHere: 'Continue on {server}',
  newTab: '(opens in a new tab)',
};

export const en = { share, support, feedback, author, fediverse };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every string Afterword shows, by element. */
export type Messages = Widen<typeof en>;
