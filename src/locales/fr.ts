// French strings.
import type { Messages } from './en.js';

export const fr: Messages = {
  share: {
    label: 'Partager cet article',
    shareOn: 'Partager sur {network}',
    email: 'E-mail',
    emailLabel: 'Partager par e-mail',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    copyManual: 'La copie a été bloquée. Sélectionnez le lien et copiez-le vous-même.',
    linkField: 'Lien vers cet article',
    print: 'Imprimer',
    native: 'Partager…',
    nativeLabel: 'Partager avec une application',
    mastodonTitle: 'Partager sur Mastodon',
    mastodonField: 'Votre serveur Mastodon',
    mastodonHint: 'Par exemple mastodon.social. Mémorisé sur cet appareil.',
    mastodonInvalid: 'Saisissez un nom de serveur comme mastodon.social.',
    mastodonSubmit: 'Partager',
    cancel: 'Annuler',
  },
  support: {},
  feedback: {},
  author: {
    label: 'À propos de l’auteur',
    followOn: 'Suivre sur {network}',
    email: 'Envoyer un e-mail',
    rss: 'S’abonner au flux',
    website: 'Visiter {site}',
  },
};
