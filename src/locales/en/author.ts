// The author strings in English, built into the element's own code.
export const author = {
  label: 'About the author',
  followOn: 'Follow on {network}',
  email: 'Send an email',
  rss: 'Subscribe to the feed',
  website: 'Visit {site}',
  newTab: '(opens in a new tab)',
};
