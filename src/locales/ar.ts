// Arabic strings (right-to-left).
import type { Messages } from './en.js';

export const ar: Messages = {
  share: {
    label: 'شارك هذا المقال',
    shareOn: 'شارك على {network}',
    email: 'البريد',
    emailLabel: 'شارك عبر البريد الإلكتروني',
    copy: 'نسخ الرابط',
    copied: 'تم نسخ الرابط',
    copyManual: 'تعذّر النسخ. حدّد الرابط وانسخه بنفسك.',
    linkField: 'رابط هذا المقال',
    print: 'طباعة',
    native: 'مشاركة…',
    nativeLabel: 'المشاركة عبر تطبيق',
    mastodonTitle: 'شارك على ماستودون',
    mastodonField: 'خادم ماستودون الخاص بك',
    mastodonHint: 'مثل mastodon.social. يُحفظ على هذا الجهاز.',
    mastodonInvalid: 'أدخل اسم خادم مثل mastodon.social.',
    mastodonSubmit: 'مشاركة',
    cancel: 'إلغاء',
  },
  support: {},
  feedback: {},
  author: {
    label: 'عن الكاتب',
    followOn: 'تابع على {network}',
    email: 'أرسل بريدًا إلكترونيًا',
    rss: 'اشترك في الخلاصة',
    website: 'زُر {site}',
  },
};
