// Class naming schemes. The renderer describes each element as a slot (row, bubble, time, …), an optional variant
// (out, in, sys) and CSS declarations; a styler turns that into the attribute the page carries — hashed classes,
// BEM, tailwind-like utilities, semantic words, or inline styles with no class at all — and collects the stylesheet.
import { prng } from './prng.mjs';

/** @typedef {Record<string, string | number | undefined>} Decls */

const SEMANTIC_WORDS = {
  widget: ['chat-widget', 'webchat', 'support-chat', 'im-window'],
  header: ['chat-header', 'title-bar', 'header'],
  scroller: ['chat-body', 'message-area', 'conversation', 'scroll-area'],
  list: ['message-list', 'messages', 'msg-list', 'chat-log'],
  row: ['message', 'msg', 'chat-item', 'msg-item'],
  body: ['message-content', 'msg-main', 'content-wrap', 'item-body'],
  bubble: ['bubble', 'message-text', 'msg-bubble', 'text'],
  name: ['sender', 'nickname', 'author', 'sender-name'],
  time: ['time', 'timestamp', 'msg-time', 'date'],
  meta: ['meta', 'info', 'msg-head'],
  foot: ['status', 'msg-foot', 'footer-line'],
  avatar: ['avatar', 'head-img', 'portrait'],
  notice: ['system-msg', 'notice-text', 'sys-tip'],
  divider: ['date-line', 'time-divider', 'separator'],
  chips: ['quick-replies', 'suggestions', 'shortcut-list'],
  chip: ['quick-reply', 'suggestion', 'shortcut'],
  card: ['card', 'rich-card', 'template'],
  cardTitle: ['card-title', 'card-head'],
  cardBody: ['card-body', 'card-desc'],
  cardActions: ['card-actions', 'card-btns'],
  reactions: ['reactions', 'emoji-bar'],
  typing: ['typing', 'is-typing', 'typing-indicator'],
  dot: ['dot', 'typing-dot'],
  composerArea: ['input-area', 'chat-footer', 'editor'],
  composer: ['input', 'editor-text', 'msg-input'],
  sendButton: ['send', 'send-btn', 'btn-send'],
  toolbar: ['toolbar', 'tools'],
  tool: ['tool', 'tool-btn'],
  disclaimer: ['disclaimer', 'legal', 'tip-footer'],
  chipsBar: ['quick-bar', 'shortcut-bar'],
  hours: ['service-time', 'hours'],
  close: ['end-chat', 'close-btn'],
  receipt: ['read-status', 'receipt', 'msg-state'],
};
const VARIANT_WORDS = {
  out: ['outgoing', 'self', 'mine', 'right', 'user', 'sent'],
  in: ['incoming', 'other', 'left', 'service', 'received', 'agent'],
  sys: ['system', 'center', 'info', 'tip'],
};

// Utility names for the declarations the renderer writes; anything else becomes an arbitrary property class,
// `[prop:value]`, as tailwind writes it.
const UTILITY = {
  'display:flex': 'flex',
  'display:grid': 'grid',
  'display:block': 'block',
  'display:inline-block': 'inline-block',
  'flex-direction:column': 'flex-col',
  'flex-direction:row-reverse': 'flex-row-reverse',
  'justify-content:flex-end': 'justify-end',
  'justify-content:space-between': 'justify-between',
  'justify-content:center': 'justify-center',
  'align-items:flex-start': 'items-start',
  'align-items:flex-end': 'items-end',
  'align-items:center': 'items-center',
  'align-self:flex-end': 'self-end',
  'align-self:flex-start': 'self-start',
  'align-self:center': 'self-center',
  'margin-left:auto': 'ml-auto',
  'text-align:right': 'text-right',
  'text-align:left': 'text-left',
  'text-align:center': 'text-center',
  'flex:1': 'flex-1',
  'overflow-y:auto': 'overflow-y-auto',
  'font-size:12px': 'text-xs',
  'font-size:13px': 'text-[13px]',
  'font-size:14px': 'text-sm',
  'color:#fff': 'text-white',
  'color:#888': 'text-gray-500',
  'color:#999': 'text-gray-400',
  'border-radius:8px': 'rounded-lg',
  'border-radius:50%': 'rounded-full',
  'max-width:75%': 'max-w-[75%]',
  'gap:8px': 'gap-2',
  'gap:4px': 'gap-1',
  'margin:8px 0': 'my-2',
  'padding:6px 10px': 'px-2.5 py-1.5',
  'padding:8px 12px': 'px-3 py-2',
  'position:fixed': 'fixed',
  'float:right': 'float-right',
  'float:left': 'float-left',
  'font-weight:600': 'font-semibold',
};

function cssEscape(name) {
  return name.replace(/([^a-zA-Z0-9_-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');
}

function declText(decls) {
  return Object.entries(decls)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
}

/**
 * @param {string} naming one of FACTORS.naming
 * @param {number} seed
 */
export function styler(naming, seed) {
  const r = prng(seed, 'naming');
  const rules = new Map();
  const classOf = new Map();
  const flavour = r.pick(['emotion', 'styled']);
  const block = r.pick(['chat', 'im', 'kf', 'conv', 'msgbox', 'webchat', 'cs']);
  const semantic = Object.fromEntries(Object.entries(SEMANTIC_WORDS).map(([k, v]) => [k, r.pick(v)]));
  const variantWord = Object.fromEntries(Object.entries(VARIANT_WORDS).map(([k, v]) => [k, r.pick(v)]));
  const bemName = (slot) => slot.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const prefix = r.pick(['', 'x-', 'c-']);

  const hashed = (key) => {
    if (!classOf.has(key)) {
      classOf.set(key, flavour === 'emotion' ? `css-${r.token(6)}` : r.token(6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'));
    }
    return classOf.get(key);
  };

  /**
   * @param {string} slot
   * @param {Decls} decls
   * @param {string} [variant]
   * @param {string[]} [extraClasses] class words the side technique needs (class-words)
   * @returns {string} the attribute text, starting with a space (or empty)
   */
  function attrs(slot, decls, variant, extraClasses = []) {
    const text = declText(decls);
    const withExtra = (classes) => {
      const all = [...classes, ...extraClasses].filter(Boolean);
      return all.length ? ` class="${all.join(' ')}"` : '';
    };
    switch (naming) {
      case 'none':
        return (text ? ` style="${text.replace(/"/g, '&quot;')}"` : '') + withExtra([]);
      case 'hashed': {
        if (flavour === 'emotion') {
          const cls = hashed(`${slot}|${variant ?? ''}|${text}`);
          if (text) rules.set(cls, `.${cls}{${text}}`);
          return withExtra([cls]);
        }
        const base = `sc-${hashed(`sc:${slot}`)}`;
        const cls = hashed(`${slot}|${variant ?? ''}|${text}`);
        if (text) rules.set(cls, `.${cls}{${text}}`);
        return withExtra([base, cls]);
      }
      case 'bem': {
        const el = `${block}__${bemName(slot)}`;
        const mod = variant ? `${el}--${variantWord[variant] ?? variant}` : '';
        const key = mod || el;
        // One element may be drawn with different declarations per variant: write them on the modifier.
        if (text) rules.set(`${key}|${text}`, `.${mod ? `${el}.${mod}` : el}{${text}}`);
        return withExtra([el, mod]);
      }
      case 'semantic': {
        const word = `${prefix}${semantic[slot] ?? bemName(slot)}`;
        const v = variant ? variantWord[variant] ?? variant : '';
        if (text) rules.set(`${word}|${v}|${text}`, `.${word}${v ? `.${v}` : ''}{${text}}`);
        return withExtra([word, v]);
      }
      case 'utility': {
        const classes = Object.entries(decls)
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => {
            const key = `${k}:${v}`;
            const name = UTILITY[key] ?? `[${k}:${String(v).replace(/\s+/g, '_')}]`;
            rules.set(name, `.${cssEscape(name)}{${key}}`);
            return name;
          });
        return withExtra(classes);
      }
      default:
        throw new Error(`unknown naming ${naming}`);
    }
  }

  return {
    attrs,
    /** extra rules the side technique writes against its class words */
    addRule: (selector, decls) => rules.set(`rule:${selector}`, `${selector}{${declText(decls)}}`),
    css: () => [...rules.values()].join('\n'),
    variantWord,
  };
}
