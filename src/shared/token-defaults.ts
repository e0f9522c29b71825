// The `--afterword-*` tokens' default values as data, without any CSS machinery: the elements'
// styles, the set-up page, the inbox's own pages and the README all read them here.

/**
 * The `--afterword-*` tokens' defaults, in one place. Colours have a light and a dark value;
 * `focus-ring` follows the accent.
 */
export const TOKEN_DEFAULTS = {
  light: {
    accent: '#1f57c3',
    text: '#1c1c21',
    muted: '#595966',
    surface: '#fff',
    border: '#c9c9d3',
  },
  dark: {
    accent: '#8fb3ff',
    text: '#ececf1',
    muted: '#b0b0bd',
    surface: '#1c1c22',
    border: '#4a4a57',
  },
  radius: '8px',
  font: 'inherit',
  space: '1.5em',
} as const;
