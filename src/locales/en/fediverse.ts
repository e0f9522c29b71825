// The fediverse strings in English, built into the element's own code.
export const fediverse = {
  shareTitle: 'Share on the fediverse',
  followTitle: 'Follow {name} from your server',
  field: 'Your fediverse server',
  hint: 'Your address, such as @you@example.social, or just your server’s name.',
  invalid: 'Enter your server’s name, such as example.social, or your address.',
  remember: 'Remember on this device',
  forget: 'Forget my server',
  forgotten: 'Your server is no longer remembered on this device.',
  share: 'Share',
  follow: 'Follow',
  cancel: 'Cancel',
  checking: 'Asking {server} which software it runs…',
  fallbackUnknown:
    '{server} did not say which software it runs, so its Mastodon page was opened. If it does not work, copy the link instead.',
  fallbackNoPage:
    '{server} runs {software}, which has no page for this, so its Mastodon page was opened.',
  followButton: 'Follow from your server',
  followLabel: 'Follow {account} from your server',
  blocked: 'Your browser stopped the new tab.',
  openHere: 'Continue on {server}',
  newTab: '(opens in a new tab)',
};
