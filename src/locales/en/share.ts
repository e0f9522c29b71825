// The share strings in English, built into the element's own code.
export const share = {
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
  cancel: 'Cancel',
  newTab: '(opens in a new tab)',
};
