// Spanish strings.
import type { Messages } from './en.js';

export const es: Messages = {
  share: {
    label: 'Compartir este artículo',
    shareOn: 'Compartir en {network}',
    email: 'Correo',
    emailLabel: 'Compartir por correo electrónico',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado',
    copyManual: 'No se pudo copiar. Selecciona el enlace y cópialo tú.',
    linkField: 'Enlace a este artículo',
    print: 'Imprimir',
    native: 'Compartir…',
    nativeLabel: 'Compartir con una aplicación',
    mastodonTitle: 'Compartir en Mastodon',
    mastodonField: 'Tu servidor de Mastodon',
    mastodonHint: 'Por ejemplo mastodon.social. Se recuerda en este dispositivo.',
    mastodonInvalid: 'Escribe un nombre de servidor como mastodon.social.',
    mastodonSubmit: 'Compartir',
    cancel: 'Cancelar',
  },
  support: {},
  feedback: {},
  author: {
    label: 'Sobre el autor',
    followOn: 'Seguir en {network}',
    email: 'Enviar un correo',
    rss: 'Suscribirse al feed',
    website: 'Visitar {site}',
  },
};
