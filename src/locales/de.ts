// German strings.
import type { Messages } from './en.js';

export const de: Messages = {
  share: {
    label: 'Diesen Artikel teilen',
    shareOn: 'Auf {network} teilen',
    email: 'E-Mail',
    emailLabel: 'Per E-Mail teilen',
    copy: 'Link kopieren',
    copied: 'Link kopiert',
    copyManual: 'Kopieren wurde blockiert. Markieren Sie den Link und kopieren Sie ihn selbst.',
    linkField: 'Link zu diesem Artikel',
    print: 'Drucken',
    native: 'Teilen…',
    nativeLabel: 'Mit einer App teilen',
    mastodonTitle: 'Auf Mastodon teilen',
    mastodonField: 'Ihr Mastodon-Server',
    mastodonHint: 'Zum Beispiel mastodon.social. Wird auf diesem Gerät gespeichert.',
    mastodonInvalid: 'Geben Sie einen Servernamen wie mastodon.social ein.',
    mastodonSubmit: 'Teilen',
    cancel: 'Abbrechen',
  },
  support: {},
  feedback: {},
  author: {
    label: 'Zur Person',
    followOn: 'Auf {network} folgen',
    email: 'E-Mail senden',
    rss: 'Feed abonnieren',
    website: '{site} besuchen',
  },
};
