// The more-articles strings in English, built into the element's own code.
export const more = {
  heading: 'More articles',
};
