// Afterword's own script tag on the page: the loader and the sealing library are fetched from
// beside it, wherever it is served from (the site itself, or a CDN).

/** The page's `<script src=".../afterword.js">` (or `afterword.all.js`), if it has one. */
export const ownScript = (): HTMLScriptElement | undefined =>
  [...document.scripts].find((s) => /\/afterword(\.all)?(\.min)?\.js([?#]|$)/.test(s.src));
