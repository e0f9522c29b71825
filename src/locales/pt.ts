// Portuguese strings.
import type { Messages } from './en.js';

export const pt: Messages = {
  share: {
    label: 'Partilhar este artigo',
    shareOn: 'Partilhar no {network}',
    email: 'E-mail',
    emailLabel: 'Partilhar por e-mail',
    copy: 'Copiar link',
    copied: 'Link copiado',
    copyManual: 'A cópia foi bloqueada. Selecione o link e copie-o você mesmo.',
    linkField: 'Link para este artigo',
    print: 'Imprimir',
    native: 'Partilhar…',
    nativeLabel: 'Partilhar com uma aplicação',
    mastodonTitle: 'Partilhar no Mastodon',
    mastodonField: 'O seu servidor Mastodon',
    mastodonHint: 'Por exemplo mastodon.social. Fica guardado neste dispositivo.',
    mastodonInvalid: 'Escreva um nome de servidor como mastodon.social.',
    mastodonSubmit: 'Partilhar',
    cancel: 'Cancelar',
  },
  support: {},
  feedback: {},
  author: {
    label: 'Sobre o autor',
    followOn: 'Seguir em {network}',
    email: 'Enviar um e-mail',
    rss: 'Assinar o feed',
    website: 'Visitar {site}',
  },
};
