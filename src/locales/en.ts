// English strings; this table defines the Messages type that every other locale must satisfy.
export const en = {
  share: {
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
    mastodonTitle: 'Share on Mastodon',
    mastodonField: 'Your Mastodon server',
    mastodonHint: 'For example mastodon.social. Remembered on this device.',
    mastodonInvalid: 'Enter a server name such as mastodon.social.',
    mastodonSubmit: 'Share',
    cancel: 'Cancel',
  },
  support: {},
  feedback: {
    kind: 'Type',
    feedback: 'Feedback',
    correction: 'Correction',
    tip: 'News tip',
    message: 'Message',
    quote: 'Text to correct',
    quoteHint: 'Select text in the article to quote it.',
    name: 'Name (optional)',
    email: 'Email (optional)',
    tipNote: 'Private: kept only in this tab until it closes. Name and email are optional.',
    send: 'Send',
    sending: 'Sending…',
    sent: 'Sent. Thank you!',
    queued: 'Saved; it will be sent when possible.',
    failed: 'Not sent.',
    mail: 'Send it from your email app.',
    check: 'Check the marked fields.',
    required: 'Required.',
    tooLong: 'At most {max} characters.',
    invalidEmail: 'Invalid email address.',
  },
  author: {
    label: 'About the author',
    followOn: 'Follow on {network}',
    email: 'Send an email',
    rss: 'Subscribe to the feed',
    website: 'Visit {site}',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every string Afterword shows, by element. */
export type Messages = Widen<typeof en>;
