// Dutch strings.
import type { Messages } from './en.js';

export const nl: Messages = {
  share: {
    label: 'Deel dit artikel',
    shareOn: 'Delen op {network}',
    email: 'E-mail',
    emailLabel: 'Delen per e-mail',
    copy: 'Link kopiëren',
    copied: 'Link gekopieerd',
    copyManual: 'Kopiëren werd geblokkeerd. Selecteer de link en kopieer hem zelf.',
    linkField: 'Link naar dit artikel',
    print: 'Afdrukken',
    native: 'Delen…',
    nativeLabel: 'Delen met een app',
    mastodonTitle: 'Delen op Mastodon',
    mastodonField: 'Je Mastodon-server',
    mastodonHint: 'Bijvoorbeeld mastodon.social. Wordt op dit apparaat onthouden.',
    mastodonInvalid: 'Vul een servernaam in, zoals mastodon.social.',
    mastodonSubmit: 'Delen',
    cancel: 'Annuleren',
  },
  support: {},
  feedback: {},
  author: {
    label: 'Over de auteur',
    followOn: 'Volg op {network}',
    email: 'Stuur een e-mail',
    rss: 'Abonneer op de feed',
    website: 'Bezoek {site}',
  },
};
