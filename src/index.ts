// The one-script entry: defines every element, then mounts widgets from an afterword-config block.
export { AfterwordShare } from './share/share.js';
export { AfterwordSupport } from './support/support.js';
export { AfterwordFeedback } from './feedback/feedback.js';
export { AfterwordAuthor } from './author/author.js';
export { AfterwordMore } from './more/more.js';
export { registerLocale, type LocaleOverrides } from './shared/localize.js';

import { automount } from './shared/automount.js';

automount();
