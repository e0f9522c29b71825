// The inbox pages' one stylesheet (allowed by its hash in their CSP): the widgets' colours, light
// and dark following the device; one column on a phone, the list beside the chart and the
// settings on a desktop; no opacity tricks, so every text keeps its contrast.
import { TOKEN_DEFAULTS } from 'afterword/tokens';

const colours = (c: Record<string, string>): string =>
  Object.entries(c)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');

/** Colours of their own: errors, and one per kind in the chart (each beside its name, never alone). */
const LIGHT = { error: '#b3261e', feedback: '#1f57c3', correction: '#a34f00', tip: '#137042' };
const DARK = { error: '#ffb4ab', feedback: '#8fb3ff', correction: '#ffb86b', tip: '#6fdc9c' };

export const STYLE = `:root{color-scheme:light dark;${colours(TOKEN_DEFAULTS.light)};${colours(LIGHT)}}
@media (prefers-color-scheme:dark){:root{${colours(TOKEN_DEFAULTS.dark)};${colours(DARK)}}}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:76rem;padding:.75rem;background:var(--surface);color:var(--text)}
a{color:var(--accent)}h1{margin:.25rem 0;font-size:1.6rem}h2{font-size:1.15rem;margin:1.25rem 0 .5rem}
.skip{position:absolute;left:-100vw}.skip:focus{position:static}
nav,.bar{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:center;margin:.25rem 0}
nav a{padding:.6rem 0;display:inline-block}
[aria-current]{font-weight:700;text-decoration:none;color:inherit}
.layout{display:grid;gap:0 2rem}@media (min-width:60rem){.layout{grid-template-columns:minmax(0,1fr) 22rem}}
ol{list-style:none;padding:0;margin:0}
.item{border:1px solid var(--border);border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}
.item.handled{border-style:dashed}
.meta{color:var(--muted);font-size:.9rem;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center}
.kind{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.05em;color:var(--text)}
.badge{border:1px solid var(--border);border-radius:1rem;padding:0 .5rem;color:var(--text);font-size:.8rem}
.message{white-space:pre-wrap;overflow-wrap:anywhere;margin:.5rem 0}
.note{border-inline-start:3px solid var(--accent);padding-inline-start:.75rem;margin:.5rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
blockquote{border-inline-start:3px solid var(--border);margin:.5rem 0;padding-inline-start:.75rem;color:var(--muted);white-space:pre-wrap;overflow-wrap:anywhere}
form{display:inline}button,input,select,textarea{font:inherit;color:inherit}
button,input,select{min-height:44px}
button{cursor:pointer;padding:0 1rem;border:1px solid var(--border);border-radius:8px;background:var(--surface);color:var(--text)}
button:hover{border-color:var(--accent)}
input,select,textarea{background:var(--surface);border:1px solid var(--muted);border-radius:8px;padding:0 .5rem}
textarea{display:block;width:100%;padding:.5rem;min-height:6rem}
label{display:block;margin:.75rem 0 .25rem}
input[type=password]{width:100%;max-width:24rem}
.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0}
.search label{margin:0 0 .25rem}.search div{flex:1 1 14rem}.search input{width:100%}
.pages{justify-content:space-between}
.error{color:var(--error)}.error:empty{display:none}
.sealed textarea{font:.8rem/1.3 ui-monospace,monospace;margin:.5rem 0}
.chart svg{width:100%;height:auto;display:block}
.chart .feedback{fill:var(--feedback)}.chart .correction{fill:var(--correction)}.chart .tip{fill:var(--tip)}
.chart .axis{stroke:var(--border)}.chart text{fill:var(--muted);font-size:11px}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;margin:.5rem 0;list-style:none;font-size:.9rem}
.legend span{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-inline-end:.35rem;vertical-align:-.05rem}
.legend .feedback{background:var(--feedback)}.legend .correction{background:var(--correction)}.legend .tip{background:var(--tip)}
table{border-collapse:collapse;font-size:.9rem}th,td{padding:.15rem .5rem;text-align:end;border-bottom:1px solid var(--border)}th:first-child,td:first-child{text-align:start}
details{margin:.5rem 0}summary{cursor:pointer;padding:.5rem 0}
code{overflow-wrap:anywhere}.single{max-width:48rem}.small{color:var(--muted);font-size:.9rem}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}`;
