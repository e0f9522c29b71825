// Where each blogging platform takes the snippets, and the placement that keeps the widgets in
// its theme's content column (checked against the real themes in the tests).

export interface Platform {
  id: string;
  name: string;
  /** CSS selector auto-mount inserts the widgets after (or into, with `append`). */
  placement: string;
  position: 'after' | 'append';
  /** Auto-mount (one pasted block) rather than elements in a template. */
  automount: boolean;
  /** Where the widget snippet goes. */
  body: string;
  /** Where the `<head>` lines go. */
  head: string;
}

export const PLATFORMS: Platform[] = [
  {
    id: 'html',
    name: 'My own HTML',
    placement: 'article',
    position: 'after',
    automount: false,
    body: 'Paste the elements at the end of each article, where you want the widgets.',
    head: 'Paste these lines inside <head> on your article pages.',
  },
  {
    id: 'wordpress',
    name: 'WordPress',
    placement: '.wp-block-post-content',
    position: 'after',
    automount: true,
    body: 'With a header and footer code plugin (WPCode, "Insert Headers and Footers"), paste the auto-mount block into the footer, shown on single posts only. Classic themes: use .entry-content as the placement.',
    head: 'Paste these lines into the same plugin’s header box, on single posts only.',
  },
  {
    id: 'ghost',
    name: 'Ghost',
    placement: '.gh-content',
    position: 'append',
    automount: true,
    body: 'Settings → Code injection → Site footer (or one post’s Code injection). "append" keeps the widgets inside the theme’s article column.',
    head: 'Settings → Code injection → Site header (or one post’s Post header).',
  },
  {
    id: 'hugo',
    name: 'Hugo',
    placement: '.post-content',
    position: 'after',
    automount: true,
    body: 'Put the auto-mount block in layouts/partials/extend_footer.html (PaperMod; other themes: the footer partial of single pages), and afterword.js in static/.',
    head: 'Put these lines in layouts/partials/extend_head.html, inside {{ if .IsPage }} … {{ end }}.',
  },
  {
    id: 'blogger',
    name: 'Blogger',
    placement: '.post-body',
    position: 'after',
    automount: true,
    body: 'Layout → Add a gadget → HTML/JavaScript, and paste the auto-mount block. (In Theme → Edit HTML the JSON must have no & characters.)',
    head: 'Theme → Edit HTML: paste these lines just before </head>.',
  },
];

export const platform = (id: string): Platform =>
  PLATFORMS.find((p) => p.id === id) ?? PLATFORMS[0];
