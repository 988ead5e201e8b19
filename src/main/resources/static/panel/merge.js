// Paths, field-level diffs and the three-way merge used when a save meets someone else's change (409).
// Paths use the contract's notation: summary, wentBadly[3], actionItems[2].summary.

/** Fields the server owns or computes; never part of a person's diff or merge. */
export const SERVER_FIELDS = ['issueKey', 'issueId', 'version', 'status', 'findings', 'suggestions',
  'confluencePage', 'updatedAt', 'updatedBy'];

export function parsePath(path) {
  const tokens = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) tokens.push(m[1]);
    else tokens.push(Number(m[2]));
  }
  return tokens;
}

export function joinPath(tokens) {
  let out = '';
  for (const t of tokens) {
    if (typeof t === 'number') out += `[${t}]`;
    else out += out ? `.${t}` : t;
  }
  return out;
}

export function getAt(obj, path) {
  let cur = obj;
  for (const t of parsePath(path)) {
    if (cur === null || cur === undefined) return undefined;
    cur = cur[t];
  }
  return cur;
}

export function setAt(obj, path, value) {
  const tokens = parsePath(path);
  let cur = obj;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const t = tokens[i];
    if (cur[t] === null || cur[t] === undefined || typeof cur[t] !== 'object') {
      cur[t] = typeof tokens[i + 1] === 'number' ? [] : {};
    }
    cur = cur[t];
  }
  cur[tokens[tokens.length - 1]] = value;
}

export function clone(v) {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/** The part of a document a person edits. */
export function editable(doc) {
  const out = {};
  for (const [k, v] of Object.entries(doc || {})) {
    if (!SERVER_FIELDS.includes(k)) out[k] = v;
  }
  return out;
}

export function same(a, b) {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

// Key order and null-vs-missing must not count as a change.
function normalize(v) {
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) {
      if (v[k] !== null && v[k] !== undefined) out[k] = normalize(v[k]);
    }
    return out;
  }
  return v === undefined ? null : v;
}

/** Leaf values by path: {"wentBadly[0]": "...", "header.title": "..."}. */
export function flatten(v, prefix = [], out = {}) {
  if (Array.isArray(v)) {
    if (v.length === 0 && prefix.length) out[joinPath(prefix)] = '';
    v.forEach((item, i) => flatten(item, [...prefix, i], out));
  } else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) flatten(v[k], [...prefix, k], out);
  } else if (prefix.length) {
    out[joinPath(prefix)] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

/** Field-level differences between two documents (editable fields only). */
export function diff(from, to) {
  const a = flatten(editable(from));
  const b = flatten(editable(to));
  const changes = [];
  for (const path of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = a[path] ?? '';
    const after = b[path] ?? '';
    if (before !== after) changes.push({ path, before, after });
  }
  return changes.sort((x, y) => x.path.localeCompare(y.path));
}

/**
 * Keep both: their document, with every field I changed since our common base re-applied.
 * Scalars: mine wins where I changed it. Objects: field by field. Lists: where only I changed a list, mine;
 * where both did, theirs, plus my edits to items they left alone, plus items I added.
 */
export function merge3(base, mine, theirs) {
  const out = clone(theirs);
  for (const key of Object.keys(editable(mine))) {
    out[key] = mergeValue(base ? base[key] : undefined, mine[key], theirs ? theirs[key] : undefined);
  }
  return out;
}

function mergeValue(base, mine, theirs) {
  if (same(mine, base)) return clone(theirs);
  if (same(theirs, base)) return clone(mine);
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    const out = clone(theirs);
    for (let i = 0; i < mine.length; i += 1) {
      const inBase = i < b.length;
      if (inBase && !same(mine[i], b[i]) && i < out.length && same(out[i], b[i])) {
        out[i] = clone(mine[i]); // I edited an item they did not touch
      } else if (!b.some((x) => same(x, mine[i])) && !out.some((x) => same(x, mine[i])) && !inBase) {
        out.push(clone(mine[i])); // an item I added
      }
    }
    return out;
  }
  if (isObject(mine) && isObject(theirs)) {
    const out = clone(theirs);
    const b = isObject(base) ? base : {};
    for (const k of Object.keys(mine)) out[k] = mergeValue(b[k], mine[k], theirs[k]);
    return out;
  }
  return clone(mine);
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
