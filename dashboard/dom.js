// Element building for untrusted feed content: text only ever goes in through text nodes,
// URLs only through safeHref, and no markup string is ever parsed.

const BLOCKED_ATTR = /^(on|style$|srcdoc$)/i;
const BLOCKED_PROP = new Set(['innerHTML', 'outerHTML', 'srcdoc', 'style']);

/**
 * h('a', {className: 'x', href: '#/deals', attrs: {'aria-label': 'y'}}, 'text', childNode)
 * Strings (and numbers) among the children become text nodes.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') node.setAttribute('href', value);
    else if (key === 'attrs') {
      for (const [name, v] of Object.entries(value)) {
        if (v === undefined || v === null || v === false) continue;
        if (BLOCKED_ATTR.test(name)) throw new Error(`dom: attribute ${name} is not allowed`);
        node.setAttribute(name, v === true ? '' : String(v));
      }
    } else if (key === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (key === 'dataset') {
      for (const [name, v] of Object.entries(value)) node.dataset[name] = String(v);
    } else {
      if (BLOCKED_PROP.has(key) || /^on/i.test(key)) throw new Error(`dom: property ${key} is not allowed`);
      node[key] = value;
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.append(child);
    else node.append(document.createTextNode(String(child)));
  }
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** The URL as a string when it is absolute http(s), else null: only such URLs from a feed become links. */
export function safeHref(url) {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to an external source that opens in a new tab, or plain text when the URL is not http(s). */
export function externalLink(url, text, className) {
  const href = safeHref(url);
  if (!href) return h('span', { className, text });
  return h('a', { className, href, text, attrs: { target: '_blank', rel: 'noopener noreferrer' } });
}

/** Debounced call: the last call wins after `ms` of quiet. */
export function debounce(fn, ms) {
  let timer;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}

let idCounter = 0;
/** A unique id for aria wiring. */
export function uid(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
