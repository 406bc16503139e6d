/**
 * The playground's "document" kept in this browser, as its banner promises: every edit is
 * saved to localStorage (after a short pause in typing) and a reload opens the edited plan, not
 * the sample. What is read back is rebuilt element by element from a short list of the tags a
 * plan uses, with no attributes but a table cell's spans, so stored markup can never carry a
 * script or a handler into the page.
 */
export const DOCUMENT_STORAGE_KEY = 'smartPlans.playground.document';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const ALLOWED = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'P',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TH',
  'TD',
  'BR',
  'STRONG',
  'EM',
  'B',
  'I',
  'U',
  'SPAN',
  'DIV',
]);
const CELL_ATTRIBUTES = ['colspan', 'rowspan', 'scope'];

function defaultStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A clean copy of `source`'s children in `doc`: allowed elements and text only. */
function cleanCopy(source: Node, target: Node, doc: Document): void {
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(doc.createTextNode(child.textContent ?? ''));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const el = child as Element;
      if (!ALLOWED.has(el.tagName)) {
        // An unknown element keeps its words, not itself (a <script>'s text is dropped too).
        if (el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE') cleanCopy(el, target, doc);
        continue;
      }
      const copy = doc.createElement(el.tagName.toLowerCase());
      if (el.tagName === 'TD' || el.tagName === 'TH')
        for (const name of CELL_ATTRIBUTES) {
          const value = el.getAttribute(name);
          if (value !== null && /^[a-z0-9]{1,8}$/i.test(value)) copy.setAttribute(name, value);
        }
      cleanCopy(el, copy, doc);
      target.appendChild(copy);
    }
  }
}

/** Puts the saved document into `editor`; false when there is none (show the sample). */
export function restoreDocument(
  editor: HTMLElement,
  store: Store | null = defaultStore(),
): boolean {
  let saved: string | null = null;
  try {
    saved = store?.getItem(DOCUMENT_STORAGE_KEY) ?? null;
  } catch {
    return false;
  }
  if (!saved) return false;
  const parsed = new DOMParser().parseFromString(saved, 'text/html');
  const doc = editor.ownerDocument;
  const fragment = doc.createDocumentFragment();
  cleanCopy(parsed.body, fragment, doc);
  if (!fragment.textContent?.trim()) return false;
  editor.replaceChildren(fragment);
  return true;
}

/** Saves the editor's content a moment after each edit; returns a function that stops it. */
export function keepDocument(
  editor: HTMLElement,
  store: Store | null = defaultStore(),
  delayMs = 400,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    try {
      store?.setItem(DOCUMENT_STORAGE_KEY, editor.innerHTML);
    } catch {
      // Storage full or refused (private browsing): the edits stay on the page only.
    }
  };
  const onInput = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  // A reload straight after typing still keeps the last words.
  const onHide = () => {
    if (timer) {
      clearTimeout(timer);
      save();
    }
  };
  editor.addEventListener('input', onInput);
  window.addEventListener('pagehide', onHide);
  return () => {
    editor.removeEventListener('input', onInput);
    window.removeEventListener('pagehide', onHide);
    if (timer) clearTimeout(timer);
  };
}

/** Forgets the edits, so the next load shows the sample plan. */
export function forgetDocument(store: Store | null = defaultStore()): void {
  try {
    store?.removeItem(DOCUMENT_STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
}
