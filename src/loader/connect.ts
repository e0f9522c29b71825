// What starts the moment an element is on the page, before its code is here: the author card's
// JSON-LD, the support prompt's counting and its banner's trigger, the retry of a queued message.
// Settings are read without zod; anything the loader can't read makes it fetch the element's code
// at once, which reports the problem in its own words.
import { camel, isAmount, isCount, readConfigJson, splitList } from '../shared/read.js';
import { SINCE, VISIT, type Handoff } from '../shared/handoff.js';
import { webUrl } from '../shared/url.js';
import { publishPerson, sameAs } from '../author/json-ld.js';
import { DEFAULT_RULES, parseDate, parseTrigger, type Rules } from '../support/frequency.js';
import { countView } from '../support/store.js';
import { queued } from '../feedback/queue.js';

/** How long before a `time:` banner is due its code is fetched, in ms. */
const LEAD = 5000;

type Read = (key: string) => unknown;

/** A setting as the element will read it: the attribute, a property a framework set before the code came, or the JSON. */
export function reader(el: Element): Read {
  const json = readConfigJson(el.localName, el, el.getAttribute('config'));
  const own = el as unknown as Record<string, unknown>;
  return (key) => el.getAttribute(key) ?? own[camel(key)] ?? json[key];
}

export function publish(el: Element, get: Read = reader(el)): void {
  const flag = get('no-schema');
  const links = get('links');
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
  publishPerson(
    el,
    flag === '' || flag === true || flag === 'true'
      ? undefined
      : {
          name: text(get('name')),
          image: webUrl(text(get('photo'))),
          jobTitle: text(get('job-title')),
          url: webUrl(text(get('href'))),
          sameAs: sameAs(Array.isArray(links) ? links : splitList(text(links)), document.baseURI),
        },
  );
}

/** The banner's rules, or undefined when one can't be read (the prompt's code will say which). */
function rules(get: Read): Rules | undefined {
  const r: Record<string, unknown> = {
    ...DEFAULT_RULES,
    campaign: String(get('campaign') ?? '').trim(),
  };
  for (const key of ['max-views', 'period-days', 'snooze-days', 'thanks-days', 'min-gap-hours']) {
    const v = get(key);
    if (v === undefined) continue;
    // Hours between showings may be a fraction; the others are whole numbers.
    if (!(key === 'min-gap-hours' ? isAmount : isCount)(v)) return undefined;
    r[camel(key)] = Number(v);
  }
  for (const key of ['starts', 'ends']) {
    const v = get(key);
    if (v !== undefined && v !== '') r[key] = parseDate(String(v), key === 'ends');
    if (Number.isNaN(r[key])) return undefined;
  }
  return r as unknown as Rules;
}

/**
 * Counts this read of the article for the support prompt, and arms its banner: `now` fetches the
 * prompt's code, at once when the banner is due, or shortly before its trigger fires.
 */
function support(el: Element & Handoff, now: () => void): void {
  const get = reader(el);
  const mode = String(get('mode') ?? 'inline')
    .trim()
    .toLowerCase();
  const trigger = parseTrigger(String(get('trigger') ?? 'immediate'));
  const r = rules(get);
  if (!r || !trigger || (mode !== 'inline' && mode !== 'banner')) return now();
  const v = (el[VISIT] = countView(r, trigger));
  if (mode !== 'banner' || !(v.thanked || v.allowed)) return;
  if (v.thanked || v.due || trigger.kind === 'immediate') return now();
  if (trigger.kind === 'time')
    setTimeout(now, trigger.n * 1000 - LEAD - (performance.now() - el[SINCE]!));
  if (trigger.kind !== 'scroll') return;
  // About two screens before the reader reaches the point where the banner shows.
  const near = (): void => {
    const d = document.documentElement;
    if ((scrollY + 3 * innerHeight) * 100 < trigger.n * d.scrollHeight) return;
    removeEventListener('scroll', near);
    now();
  };
  addEventListener('scroll', near, { passive: true });
  requestAnimationFrame(near);
}

/** The connect-time work of each element; `now` fetches its code at once. */
export const CONNECT: Record<string, (el: Element, now: () => void) => void> = {
  'afterword-author': (el) => publish(el),
  'afterword-support': support,
  // A message waiting from an earlier view is sent again as soon as the form is on the page.
  'afterword-feedback': (_, now) => void (queued().length && now()),
};
