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
    label: 'Feedback for the author',
    kind: 'What are you sending?',
    feedback: 'Feedback',
    correction: 'Correction',
    tip: 'News tip',
    message: 'Message',
    quote: 'Text to correct',
    quoteHint: 'Select text in the article to quote it here.',
    name: 'Name (optional)',
    email: 'Email (optional)',
    tipNote: 'Private: this tip’s draft stays in this tab only and is erased when you close it. Name and email are optional.',
    send: 'Send',
    sending: 'Sending…',
    sent: 'Thank you, your message was sent.',
    queued: 'Not sent yet: your message is saved and will be sent automatically.',
    failed: 'Not sent.',
    mail: 'Your email app should open with your message. Send it from there.',
    check: 'Please check the marked fields.',
    required: 'Please write a message.',
    tooLong: 'At most {max} characters.',
    invalidEmail: 'Enter a valid email address or leave it empty.',
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
