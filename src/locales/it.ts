// Italian strings.
import type { Messages } from './en.js';

export const it: Messages = {
  share: {
    label: 'Condividi questo articolo',
    shareOn: 'Condividi su {network}',
    email: 'Email',
    emailLabel: 'Condividi via email',
    copy: 'Copia link',
    copied: 'Link copiato',
    copyManual: 'La copia è stata bloccata. Seleziona il link e copialo tu.',
    linkField: 'Link a questo articolo',
    print: 'Stampa',
    native: 'Condividi…',
    nativeLabel: "Condividi con un'app",
    mastodonTitle: 'Condividi su Mastodon',
    mastodonField: 'Il tuo server Mastodon',
    mastodonHint: 'Per esempio mastodon.social. Viene ricordato su questo dispositivo.',
    mastodonInvalid: 'Inserisci il nome di un server come mastodon.social.',
    mastodonSubmit: 'Condividi',
    cancel: 'Annulla',
  },
  support: {},
  feedback: {},
  author: {
    label: 'Sull’autore',
    followOn: 'Segui su {network}',
    email: 'Invia un’e-mail',
    rss: 'Iscriviti al feed',
    website: 'Visita {site}',
  },
};
