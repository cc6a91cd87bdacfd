// ==UserScript==
// @name companion-chromium102-compat
// @include {{ORIGIN}}/*
// @run-at document-start
// ==/UserScript==
// Companion's compatibility layer for the PlugNmeet client in Qt WebEngine 6.4 (Chromium 102).
// It runs before the page's scripts, only in the room's origin, and does two things:
// 1. polyfills the built-ins the client uses that Chromium 102 lacks;
// 2. rewrites every stylesheet (those in the document, those added later, and rules added
//    through the CSSOM) for the four Tailwind 4 features Chromium 102 does not parse:
//    oklch/oklab/lab colours -> rgb(), range media queries -> min-/max-width, individual
//    translate/rotate/scale -> an equivalent transform, and dvh/svh/lvh -> vh.
// The rewrite has to happen on the text: Chromium drops what it cannot parse, so the CSSOM
// never sees the originals.
(function () {
  'use strict';
  if (location.origin !== '{{ORIGIN}}' || window.__companionCompat) return;
  const started = performance.now();
  const rewriteStyles = {{REWRITE}}; // false only to measure what the layer fixes
  const stats = { sheets: 0, rules: 0, ms: 0 };

  // ---- 1. Built-ins ----------------------------------------------------------------------
  function define(target, name, value) {
    if (!(name in target)) Object.defineProperty(target, name, { value: value, writable: true, configurable: true });
  }
  const arrayLikes = [Array.prototype].concat(
    [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]
      .map((T) => T.prototype));
  arrayLikes.forEach((proto) => {
    const copy = (self) => (proto === Array.prototype ? Array.from(self) : new self.constructor(self));
    define(proto, 'toSorted', function (compare) {
      if (compare !== undefined && typeof compare !== 'function') throw new TypeError('The comparison function must be either a function or undefined');
      return copy(this).sort(compare);
    });
    define(proto, 'toReversed', function () { return copy(this).reverse(); });
    define(proto, 'with', function (index, value) {
      const len = this.length >>> 0;
      let i = Math.trunc(Number(index)) || 0;
      if (i < 0) i += len;
      if (i < 0 || i >= len) throw new RangeError('Invalid index : ' + index);
      const out = copy(this);
      out[i] = value;
      return out;
    });
  });
  define(Array.prototype, 'toSpliced', function (start, skip) {
    const out = Array.from(this);
    out.splice.apply(out, arguments.length === 0 ? [] : Array.prototype.slice.call(arguments));
    return out;
  });
  const setLike = (other) => {
    if (other == null || typeof other.has !== 'function' || typeof other.keys !== 'function') throw new TypeError('The argument must be set-like');
    return other;
  };
  define(Set.prototype, 'union', function (other) { const out = new Set(this); for (const v of setLike(other).keys()) out.add(v); return out; });
  define(Set.prototype, 'intersection', function (other) { setLike(other); const out = new Set(); for (const v of this) if (other.has(v)) out.add(v); return out; });
  define(Set.prototype, 'difference', function (other) { setLike(other); const out = new Set(); for (const v of this) if (!other.has(v)) out.add(v); return out; });
  define(Set.prototype, 'symmetricDifference', function (other) {
    const out = new Set(this);
    for (const v of setLike(other).keys()) { if (this.has(v)) out.delete(v); else out.add(v); }
    return out;
  });
  define(Set.prototype, 'isSubsetOf', function (other) { setLike(other); for (const v of this) if (!other.has(v)) return false; return true; });
  define(Set.prototype, 'isSupersetOf', function (other) { for (const v of setLike(other).keys()) if (!this.has(v)) return false; return true; });
  define(Set.prototype, 'isDisjointFrom', function (other) { setLike(other); for (const v of this) if (other.has(v)) return false; return true; });
  define(URL, 'canParse', function (url, base) { try { new URL(url, base); return true; } catch (e) { return false; } });
  define(Object, 'groupBy', function (items, key) {
    const out = Object.create(null); let i = 0;
    for (const item of items) { const k = key(item, i++); (out[k] = out[k] || []).push(item); }
    return out;
  });
  define(Map, 'groupBy', function (items, key) {
    const out = new Map(); let i = 0;
    for (const item of items) { const k = key(item, i++); if (!out.has(k)) out.set(k, []); out.get(k).push(item); }
    return out;
  });
  define(Promise, 'withResolvers', function () {
    let resolve, reject;
    const promise = new this((a, b) => { resolve = a; reject = b; });
    return { promise: promise, resolve: resolve, reject: reject };
  });

  // ---- 2. Stylesheets --------------------------------------------------------------------
  const clamp01 = (x) => Math.min(1, Math.max(0, x));
  const gamma = (x) => (x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055);
  function number(token, percentScale) {
    if (token === 'none') return 0;
    if (token.endsWith('%')) return parseFloat(token) / 100 * percentScale;
    return parseFloat(token);
  }
  function hue(token) {
    if (token === 'none') return 0;
    const v = parseFloat(token);
    if (token.endsWith('rad')) return v * 180 / Math.PI;
    if (token.endsWith('grad')) return v * 0.9;
    if (token.endsWith('turn')) return v * 360;
    return v;
  }
  function oklabToRgb(L, a, b) {
    const l = Math.pow(L + 0.3963377774 * a + 0.2158037573 * b, 3);
    const m = Math.pow(L - 0.1055613458 * a - 0.0638541728 * b, 3);
    const s = Math.pow(L - 0.0894841775 * a - 1.2914855480 * b, 3);
    return [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
      -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
      -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s];
  }
  function labToRgb(L, a, b) { // CIE Lab (D50) -> XYZ D50 -> XYZ D65 -> linear sRGB
    const fy = (L + 16) / 116, fx = fy + a / 500, fz = fy - b / 200;
    const e = 216 / 24389, k = 24389 / 27;
    const f3 = (f) => (Math.pow(f, 3) > e ? Math.pow(f, 3) : (116 * f - 16) / k);
    const X = f3(fx) * 0.3457 / 0.3585, Y = L > k * e ? Math.pow(fy, 3) : L / k, Z = f3(fz) * (1 - 0.3457 - 0.3585) / 0.3585;
    const x = 0.9554734527042182 * X - 0.023098536874261423 * Y + 0.0632593086610217 * Z;
    const y = -0.028369706963208136 * X + 1.0099954580106629 * Y + 0.021041398966943008 * Z;
    const z = 0.012314001688319899 * X - 0.020507696433477912 * Y + 1.3303659366080753 * Z;
    return [3.2409699419045226 * x - 1.537383177570094 * y - 0.4986107602930034 * z,
      -0.9692436362808796 * x + 1.8759675015077202 * y + 0.04155505740717559 * z,
      0.05563007969699366 * x - 0.20397695888897652 * y + 1.0569715142428786 * z];
  }
  function rgbText(linear, alpha) {
    const c = linear.map((v) => Math.round(clamp01(gamma(v)) * 255));
    return alpha >= 1 ? 'rgb(' + c.join(', ') + ')' : 'rgba(' + c.join(', ') + ', ' + +alpha.toFixed(4) + ')';
  }
  // oklch(L C H [/ A]), oklab(L a b [/ A]), lab(L a b [/ A]) with literal components; a
  // component that is a var() or calc() is left alone (Tailwind's palette is literal).
  const colourFn = /\b(oklch|oklab|lab)\(\s*([^()]*?)\s*\)/gi;
  function convertColour(match, fn, body) {
    const parts = body.split('/');
    const comps = parts[0].trim().split(/\s+/);
    if (comps.length !== 3 || /var|calc/.test(body)) return match;
    const alpha = parts.length > 1 ? number(parts[1].trim(), 1) : 1;
    fn = fn.toLowerCase();
    let linear;
    if (fn === 'lab') {
      linear = labToRgb(number(comps[0], 100), number(comps[1], 125), number(comps[2], 125));
    } else {
      const L = number(comps[0], 1);
      if (fn === 'oklab') {
        linear = oklabToRgb(L, number(comps[1], 0.4), number(comps[2], 0.4));
      } else {
        const C = number(comps[1], 0.4), H = hue(comps[2]) * Math.PI / 180;
        linear = oklabToRgb(L, C * Math.cos(H), C * Math.sin(H));
      }
    }
    return rgbText(linear, alpha);
  }
  // color-mix(in oklab|srgb, COLOUR P%, transparent): the colour with P% of its alpha.
  const mixWithTransparent = /color-mix\(\s*in\s+(?:oklab|oklch|srgb)\s*,\s*(rgba?\(([^()]*)\)|#[0-9a-f]{3,8})\s+([\d.]+)%\s*,\s*transparent\s*\)/gi;
  function hexToRgb(hex) {
    let h = hex.slice(1);
    if (h.length <= 4) h = h.split('').map((c) => c + c).join('');
    const n = [0, 2, 4].map((i) => parseInt(h.substr(i, 2), 16));
    return { c: n, a: h.length === 8 ? parseInt(h.substr(6, 2), 16) / 255 : 1 };
  }
  function convertMix(match, colour, rgbBody, percent) {
    let c, a;
    if (colour[0] === '#') { const v = hexToRgb(colour); c = v.c; a = v.a; } else {
      const n = rgbBody.split(/[\s,/]+/).filter(Boolean).map(parseFloat);
      c = n.slice(0, 3); a = n.length > 3 ? n[3] : 1;
    }
    return 'rgba(' + c.map(Math.round).join(', ') + ', ' + +(a * parseFloat(percent) / 100).toFixed(4) + ')';
  }
  // (width >= 40rem) -> (min-width: 40rem); (width < 40rem) -> (max-width: 39.999rem).
  const rangeQuery = /\(\s*(width|height)\s*(>=|<=|>|<)\s*([\d.]+)([a-z%]*)\s*\)/gi;
  function convertRange(match, dim, op, value, unit) {
    const v = parseFloat(value);
    const step = unit === 'px' ? 0.02 : 0.001; // strict comparisons exclude the bound
    switch (op) {
    case '>=': return '(min-' + dim + ': ' + v + unit + ')';
    case '>': return '(min-' + dim + ': ' + +(v + step).toFixed(4) + unit + ')';
    case '<=': return '(max-' + dim + ': ' + v + unit + ')';
    default: return '(max-' + dim + ': ' + +(v - step).toFixed(4) + unit + ')';
    }
  }
  // Inside one declaration block: translate/rotate/scale also set a registered, non-inherited
  // part of a composed transform, in the order CSS applies them (translate, rotate, scale).
  const individual = /(^|[;{\s])(translate|rotate|scale)\s*:\s*([^;{}!]+)(!important)?/g;
  function transformPart(prop, value) {
    value = value.trim();
    if (value === 'none') return prop === 'scale' ? 'scale(1)' : prop + '(0)';
    const args = value.split(/\s+(?![^(]*\))/);
    if (prop === 'rotate') {
      if (args.length === 1) return 'rotate(' + args[0] + ')';
      return 'rotate3d(' + args.slice(0, -1).join(', ') + ', ' + args[args.length - 1] + ')';
    }
    if (prop === 'translate') return args.length === 3 ? 'translate3d(' + args.join(', ') + ')' : 'translate(' + args.join(', ') + ')';
    return args.length === 1 ? 'scale(' + args[0] + ')' : 'scale(' + args.slice(0, 2).join(', ') + ')';
  }
  function convertBlocks(css) {
    return css.replace(/\{([^{}]*)\}/g, (block, body) => {
      if (!/(^|[;\s])(translate|rotate|scale)\s*:/.test(body)) return block;
      let found = false;
      const rewritten = body.replace(individual, (m, lead, prop, value, important) => {
        found = true;
        return lead + '--companion-' + prop + ': ' + transformPart(prop, value) + (important || '');
      });
      if (!found) return block;
      stats.rules++;
      return '{' + rewritten + '; transform: var(--companion-translate) var(--companion-rotate) var(--companion-scale)}';
    });
  }
  const viewportUnit = /(\d*\.?\d+)(?:d|s|l)(vh|vw|vmin|vmax)\b/g;
  // Identity initial values, and var() without a fallback: Chromium 102 drops a registered
  // property's var(--x,) with an empty fallback (measured).
  const registered = '@property --companion-translate{syntax:"*";inherits:false;initial-value:translate(0)}'
    + '@property --companion-rotate{syntax:"*";inherits:false;initial-value:rotate(0deg)}'
    + '@property --companion-scale{syntax:"*";inherits:false;initial-value:scale(1)}\n';
  function rewrite(css) {
    const out = convertBlocks(css.replace(colourFn, convertColour).replace(mixWithTransparent, convertMix)
      .replace(rangeQuery, convertRange).replace(viewportUnit, '$1$2'));
    return out;
  }
  function rewriteRule(ruleText) { return rewrite(ruleText); }

  const done = new WeakSet();
  let registeredOnce = false;
  function withRegistration(css) {
    if (registeredOnce) return css;
    registeredOnce = true;
    return registered + css;
  }
  function fixStyle(el) {
    if (done.has(el)) return;
    done.add(el);
    const text = el.textContent;
    if (!text) { done.delete(el); return; } // filled later: the observer sees the text arrive
    const t0 = performance.now();
    const next = withRegistration(rewrite(text));
    stats.sheets++;
    if (next !== text) el.textContent = next;
    stats.ms += performance.now() - t0;
  }
  function fixLink(link) {
    if (done.has(link) || !/\bstylesheet\b/i.test(link.rel || '') || !link.href) return;
    done.add(link);
    const style = document.createElement('style');
    done.add(style);
    if (link.media) style.media = link.media;
    // Keep the original until the rewritten copy is in, so nothing flashes unstyled.
    fetch(link.href, { credentials: 'same-origin' }).then((r) => r.text()).then((text) => {
      const t0 = performance.now();
      style.textContent = withRegistration(rewrite(text));
      stats.sheets++;
      stats.ms += performance.now() - t0;
      link.after(style);
      link.disabled = true;
    }).catch(() => {});
  }
  function visit(node) {
    if (node.nodeType !== 1) return;
    if (node.tagName === 'STYLE') fixStyle(node);
    else if (node.tagName === 'LINK') fixLink(node);
    else if (node.querySelectorAll) node.querySelectorAll('style, link[rel~="stylesheet"]').forEach(visit);
  }
  if (rewriteStyles) new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData' || (r.type === 'childList' && r.target.tagName === 'STYLE')) {
        const el = r.type === 'characterData' ? r.target.parentNode : r.target;
        if (el && el.tagName === 'STYLE' && !done.has(el)) fixStyle(el);
      }
      r.addedNodes.forEach(visit);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  // Rules added through the CSSOM (CSS-in-JS libraries) and constructed sheets.
  const insertRule = CSSStyleSheet.prototype.insertRule;
  if (rewriteStyles) CSSStyleSheet.prototype.insertRule = function (rule, index) {
    return insertRule.call(this, rewriteRule(String(rule)), index);
  };
  if (rewriteStyles && CSSStyleSheet.prototype.replaceSync) {
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    CSSStyleSheet.prototype.replaceSync = function (text) { return replaceSync.call(this, rewrite(String(text))); };
    const replace = CSSStyleSheet.prototype.replace;
    CSSStyleSheet.prototype.replace = function (text) { return replace.call(this, rewrite(String(text))); };
  }
  // The screen share, so Companion's "Stop" can end it as the browser's own button would.
  const displayStreams = new Set();
  if (navigator.mediaDevices && navigator.mediaDevices.getDisplayMedia) {
    const getDisplayMedia = navigator.mediaDevices.getDisplayMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getDisplayMedia = function (constraints) {
      return getDisplayMedia(constraints).then((stream) => { displayStreams.add(stream); return stream; });
    };
  }
  Object.defineProperty(window, '__companionCompat', { value: Object.freeze({
    stats: () => Object.assign({ setupMs: setupMs }, stats),
    sharing: () => { for (const s of displayStreams) { if (s.getVideoTracks().some((t) => t.readyState === 'live')) return true; displayStreams.delete(s); } return false; },
    stopSharing: () => {
      for (const s of displayStreams) s.getTracks().forEach((t) => { if (t.readyState === 'live') { t.stop(); t.dispatchEvent(new Event('ended')); } });
      displayStreams.clear();
    },
    rewrite: rewrite,
  }) });
  const setupMs = performance.now() - started;
})();
