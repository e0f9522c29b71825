// Polish strings.
import type { Messages } from './en.js';

export const pl: Messages = {
  share: {
    label: 'Udostępnij ten artykuł',
    shareOn: 'Udostępnij na {network}',
    email: 'E-mail',
    emailLabel: 'Udostępnij e-mailem',
    copy: 'Kopiuj link',
    copied: 'Skopiowano link',
    copyManual: 'Kopiowanie zostało zablokowane. Zaznacz link i skopiuj go samodzielnie.',
    linkField: 'Link do tego artykułu',
    print: 'Drukuj',
    native: 'Udostępnij…',
    nativeLabel: 'Udostępnij w aplikacji',
    mastodonTitle: 'Udostępnij na Mastodonie',
    mastodonField: 'Twój serwer Mastodon',
    mastodonHint: 'Na przykład mastodon.social. Zapamiętany na tym urządzeniu.',
    mastodonInvalid: 'Wpisz nazwę serwera, np. mastodon.social.',
    mastodonSubmit: 'Udostępnij',
    cancel: 'Anuluj',
  },
  support: {},
  feedback: {},
  author: {
    label: 'O autorze',
    followOn: 'Obserwuj na {network}',
    email: 'Wyślij e-mail',
    rss: 'Subskrybuj kanał',
    website: 'Odwiedź {site}',
  },
};
