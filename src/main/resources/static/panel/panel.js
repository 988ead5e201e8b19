// The Jira panel: the facilitator's interview first, then every section of the post-mortem, with findings
// beside their fields, autosave with conflict handling, a preview and publishing.
// Plain DOM (dom.js): user text is only ever set through textContent and input values.

import { h, clear, debounce, uid, safeHref } from './dom.js';
import { Api, errorText } from './api.js';
import { clone, getAt, setAt, editable, same, diff, merge3 } from './merge.js';

const boot = JSON.parse(document.getElementById('pm-bootstrap').textContent);
const api = new Api({ baseUrl: boot.baseUrl, issueKey: boot.issueKey, sessionToken: boot.token, serverNow: boot.serverNow });
const root = document.getElementById('pm-root');
const saveStateEl = document.getElementById('pm-save-state');
const docStatusEl = document.getElementById('pm-doc-status');
const STORE_KEY = `postmortem-draft:${boot.storeScope || ''}:${boot.issueKey}`;
const SAVE_DELAY_MS = 800;
const USER_SEARCH_DELAY_MS = 250;
const MAX_RETRY_MS = 30000;

const state = {
  base: null, // the last document the server confirmed
  doc: null, // what the person sees and edits
  saving: false,
  saveAgain: false,
  retryDelay: 1000,
  retryTimer: null,
  conflict: null,
  slots: new Map(), // finding path -> element that shows findings for it
  fields: new Map(), // path -> input element
};

// ---------------------------------------------------------------- save state

const SAVE_TEXT = {
  saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', conflict: 'Conflict',
  offline: 'Offline – will retry', error: 'Not saved', loading: 'Loading…',
};

function setSaveState(kind, detail) {
  saveStateEl.textContent = SAVE_TEXT[kind] + (detail ? ` – ${detail}` : '');
  saveStateEl.dataset.state = kind;
  saveStateEl.className = `pm-save-state pm-save-${kind}`;
}

// ---------------------------------------------------------------- local copy (nothing typed is lost)

function storeLocal() {
  try {
    window.localStorage.setItem(STORE_KEY, JSON.stringify({ base: state.base, doc: state.doc, at: Date.now() }));
  } catch (e) { /* storage may be blocked inside an iframe; the in-memory copy is still retried */ }
}

function readLocal() {
  try {
    const raw = window.localStorage.getItem(STORE_KEY);
    return raw ? JSON.parse(raw) : null;
  } catch (e) {
    return null;
  }
}

function clearLocal() {
  try { window.localStorage.removeItem(STORE_KEY); } catch (e) { /* ignore */ }
}

// ---------------------------------------------------------------- editing and autosave

const scheduleSave = debounce(() => save(), SAVE_DELAY_MS);

/** The editable part as the server stores it (five whys without trailing blanks). */
function comparable(doc) {
  const out = editable(doc);
  out.fiveWhys = trimTrailing(((doc && doc.fiveWhys) || []).map((w) => w ?? ''));
  return out;
}

function dirty() {
  return Boolean(state.doc && state.base) && !same(comparable(state.doc), comparable(state.base));
}

function edit(path, value, { rerender = false } = {}) {
  setAt(state.doc, path, value);
  storeLocal();
  if (!state.conflict) setSaveState('unsaved');
  scheduleSave();
  if (rerender) renderAll();
}

function payload() {
  const body = clone(state.doc);
  body.version = state.base.version;
  body.fiveWhys = trimTrailing((body.fiveWhys || []).map((w) => w ?? ''));
  return body;
}

function trimTrailing(list) {
  const out = [...list];
  while (out.length && !String(out[out.length - 1]).trim()) out.pop();
  return out;
}

async function save() {
  if (state.conflict || !state.doc) return;
  if (state.saving) { state.saveAgain = true; return; }
  if (!dirty()) { setSaveState('saved'); return; }
  clearTimeout(state.retryTimer);
  state.saving = true;
  setSaveState('saving');
  const sent = payload();
  const snapshot = comparable(state.doc);
  let res;
  try {
    res = await api.request('PUT', api.docPath(), { body: sent });
  } catch (e) {
    state.saving = false;
    if (e.expired) { setSaveState('error', e.message); storeLocal(); return; }
    goOffline();
    return;
  }
  state.saving = false;
  if (res.status === 200) {
    state.retryDelay = 1000;
    const typedMeanwhile = !same(comparable(state.doc), snapshot);
    state.base = res.body;
    if (typedMeanwhile) {
      adoptServerFields(res.body);
      storeLocal();
      scheduleSave();
    } else {
      const differs = !same(comparable(state.doc), comparable(res.body));
      state.doc = clone(res.body);
      clearLocal();
      if (differs) renderAll(); else renderFindings();
      setSaveState('saved');
    }
    renderStatus();
  } else if (res.status === 409) {
    startConflict(res.body && res.body.version !== undefined ? res.body : res.body.current);
  } else if (res.status >= 500 || res.status === 429 || res.status === 408) {
    goOffline();
  } else {
    storeLocal();
    setSaveState('error', errorText(res));
  }
  if (state.saveAgain) { state.saveAgain = false; scheduleSave(); }
}

function adoptServerFields(serverDoc) {
  for (const k of ['version', 'status', 'findings', 'suggestions', 'confluencePage', 'updatedAt', 'updatedBy', 'issueId']) {
    state.doc[k] = clone(serverDoc[k]);
  }
  renderFindings();
}

function goOffline() {
  storeLocal();
  setSaveState('offline');
  clearTimeout(state.retryTimer);
  state.retryTimer = setTimeout(() => save(), state.retryDelay);
  state.retryDelay = Math.min(state.retryDelay * 2, MAX_RETRY_MS);
}

window.addEventListener('online', () => { if (dirty()) { state.retryDelay = 1000; save(); } });

/** Saves now and waits, so a following action (paste, publish) starts from the stored document. */
async function flush() {
  if (scheduleSave.pending()) scheduleSave.cancel();
  for (let i = 0; i < 100 && state.saving; i += 1) await sleep(50);
  if (dirty() && !state.conflict) await save();
  for (let i = 0; i < 100 && state.saving; i += 1) await sleep(50);
  return !dirty() && !state.conflict;
}

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

// ---------------------------------------------------------------- conflicts

function startConflict(theirs) {
  state.conflict = { base: clone(state.base), mine: clone(state.doc), theirs: clone(theirs) };
  storeLocal();
  setSaveState('conflict', 'someone else saved this post-mortem');
  renderConflict();
}

function renderConflict() {
  const box = document.getElementById('pm-conflict');
  clear(box);
  const c = state.conflict;
  if (!c) { box.hidden = true; return; }
  box.hidden = false;
  const theirChanges = diff(c.base, c.theirs);
  const myChanges = diff(c.base, c.mine);
  const who = c.theirs.updatedBy ? ` (${c.theirs.updatedBy})` : '';
  box.append(
    h('h2', { text: 'Someone else changed this post-mortem' }),
    h('p', { text: `Version ${c.theirs.version} was saved by another person${who} while you were editing. Nothing you typed is lost.` }),
    h('h3', { text: 'What they changed' }),
    changeList(theirChanges),
    h('h3', { text: 'What you changed' }),
    changeList(myChanges),
    h('div', { class: 'pm-actions' },
      h('button', { type: 'button', class: 'pm-button pm-primary', id: 'pm-keep-both', on: { click: keepBoth } }, 'Keep both'),
      h('button', { type: 'button', class: 'pm-button', on: { click: takeTheirs } }, 'Use their version (discard mine)')),
  );
  box.focus();
  resize();
}

function changeList(changes) {
  if (!changes.length) return h('p', { class: 'pm-muted', text: 'No field changes.' });
  return h('ul', { class: 'pm-changes' }, changes.slice(0, 60).map((ch) => h('li', null,
    h('code', { text: ch.path }), ': ',
    h('del', { text: ch.before || '(empty)' }), ' → ',
    h('ins', { text: ch.after || '(empty)' }))));
}

function keepBoth() {
  const c = state.conflict;
  const merged = merge3(c.base, c.mine, c.theirs);
  state.conflict = null;
  state.base = c.theirs;
  state.doc = merged;
  merged.version = c.theirs.version;
  renderConflict();
  renderAll();
  storeLocal();
  save();
}

function takeTheirs() {
  const c = state.conflict;
  state.conflict = null;
  state.base = c.theirs;
  state.doc = clone(c.theirs);
  clearLocal();
  renderConflict();
  renderAll();
  setSaveState('saved');
}

// ---------------------------------------------------------------- field builders

function field(label, control, { hint, path, cls } = {}) {
  const id = control.id || uid('f');
  control.id = id;
  const hintEl = hint ? h('p', { class: 'pm-hint', id: `${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  const wrap = h('div', { class: `pm-field ${cls || ''}` }, h('label', { for: id, text: label }), hintEl, control);
  if (path) wrap.append(slot(path));
  return wrap;
}

function slot(path) {
  const el = h('div', { class: 'pm-findings', dataset: { for: path }, 'aria-live': 'polite' });
  state.slots.set(path, el);
  return el;
}

function bindText(path, { multiline = false, rows = 3, placeholder, maxlength = 4000, onChange } = {}) {
  const value = getAt(state.doc, path) ?? '';
  const el = multiline ? h('textarea', { rows, placeholder, maxlength }) : h('input', { type: 'text', placeholder, maxlength });
  el.value = value;
  el.dataset.path = path;
  el.addEventListener('input', () => { edit(path, el.value); if (onChange) onChange(el.value); });
  state.fields.set(path, el);
  return el;
}

function textField(label, path, opts = {}) {
  return field(label, bindText(path, opts), { hint: opts.hint, path });
}

function selectField(label, path, options, { hint, toValue = (v) => (v === '' ? null : v), fromValue = (v) => v ?? '' } = {}) {
  const el = h('select', null, options.map(([value, text]) => h('option', { value, text })));
  el.value = fromValue(getAt(state.doc, path));
  el.dataset.path = path;
  el.addEventListener('change', () => edit(path, toValue(el.value)));
  state.fields.set(path, el);
  return field(label, el, { hint, path });
}

const BOOL_OPTIONS = [['', 'Not answered'], ['true', 'Yes'], ['false', 'No']];
const boolConv = { toValue: (v) => (v === '' ? null : v === 'true'), fromValue: (v) => (v === null || v === undefined ? '' : String(v)) };

function dateField(label, path, hint) {
  const el = h('input', { type: 'date' });
  el.value = getAt(state.doc, path) || '';
  el.dataset.path = path;
  el.addEventListener('change', () => edit(path, el.value || null));
  state.fields.set(path, el);
  return field(label, el, { hint, path });
}

function checkbox(label, path) {
  const id = uid('c');
  const el = h('input', { type: 'checkbox', id });
  el.checked = Boolean(getAt(state.doc, path));
  el.dataset.path = path;
  el.addEventListener('change', () => edit(path, el.checked));
  state.fields.set(path, el);
  return h('div', { class: 'pm-check' }, el, h('label', { for: id, text: label }), slot(path));
}

function removeButton(what, onClick) {
  return h('button', { type: 'button', class: 'pm-button pm-subtle pm-remove', 'aria-label': `Remove ${what}`, on: { click: onClick } }, 'Remove');
}

function addButton(text, onClick) {
  return h('button', { type: 'button', class: 'pm-button pm-add', on: { click: onClick } }, text);
}

function listOf(path) {
  let list = getAt(state.doc, path);
  if (!Array.isArray(list)) { list = []; setAt(state.doc, path, list); }
  return list;
}

function stringList(path, itemLabel, { placeholder, rows = 2 } = {}) {
  const list = listOf(path);
  const items = list.map((_, i) => h('li', { class: 'pm-list-item' },
    field(`${itemLabel} ${i + 1}`, bindText(`${path}[${i}]`, { multiline: true, rows, placeholder }), { path: `${path}[${i}]` }),
    removeButton(`${itemLabel.toLowerCase()} ${i + 1}`, () => { list.splice(i, 1); edit(path, list, { rerender: true }); })));
  return h('div', { class: 'pm-list' },
    h('ol', { class: 'pm-items' }, items),
    addButton(`Add ${itemLabel.toLowerCase()}`, () => { list.push(''); edit(path, list, { rerender: true }); focusLater(`${path}[${list.length - 1}]`); }));
}

function objectList(path, itemLabel, columns, blank) {
  const list = listOf(path);
  const items = list.map((_, i) => h('li', { class: 'pm-list-item pm-card' },
    slot(`${path}[${i}]`),
    columns.map(([key, label, opts]) => textField(label, `${path}[${i}].${key}`, opts || {})),
    removeButton(`${itemLabel.toLowerCase()} ${i + 1}`, () => { list.splice(i, 1); edit(path, list, { rerender: true }); })));
  return h('div', { class: 'pm-list' },
    h('ol', { class: 'pm-items' }, items),
    addButton(`Add ${itemLabel.toLowerCase()}`, () => { list.push(blank()); edit(path, list, { rerender: true }); focusLater(`${path}[${list.length - 1}].${columns[0][0]}`); }));
}

function focusLater(path) {
  setTimeout(() => { const el = state.fields.get(path); if (el) el.focus(); }, 0);
}

function section(id, title, intro, ...body) {
  return h('section', { class: 'pm-section', id, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h`, text: title }),
    intro ? h('p', { class: 'pm-intro', text: intro }) : null,
    slot(id.replace(/^pm-/, '')),
    ...body);
}

// ---------------------------------------------------------------- times

const localFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
const utcFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function toInputUtc(iso) {
  return iso ? String(iso).slice(0, 16) : '';
}

function fromInputUtc(v) {
  return v ? `${v.length === 16 ? `${v}:00` : v}Z` : null;
}

function localText(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${localFmt.format(d)} (your time)`;
}

function utcTimeInput(path, label, onSet) {
  const el = h('input', { type: 'datetime-local', step: 60, 'aria-label': label });
  el.value = toInputUtc(getAt(state.doc, path));
  el.dataset.path = path;
  const local = h('span', { class: 'pm-local-time', text: localText(getAt(state.doc, path)) });
  el.addEventListener('change', () => {
    const iso = fromInputUtc(el.value);
    local.textContent = localText(iso);
    edit(path, iso);
    if (onSet) onSet(iso);
  });
  state.fields.set(path, el);
  return { input: el, local };
}

// ---------------------------------------------------------------- rendering

function renderAll() {
  const active = document.activeElement;
  const focusPath = active && active.dataset ? active.dataset.path : null;
  const selection = active && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
  state.slots = new Map();
  state.fields = new Map();
  clear(root);
  root.append(
    h('div', { id: 'pm-conflict', class: 'pm-conflict', hidden: true, tabindex: -1, role: 'alert' }),
    h('div', { id: 'pm-general-findings', class: 'pm-general-findings' }),
    renderQuestions(),
    renderOverview(),
    renderTimeline(),
    renderRootCause(),
    renderLessons(),
    renderDataImpact(),
    renderActions(),
    renderEvidenceLinks(),
    renderExternal(),
    renderFinish(),
  );
  if (state.conflict) renderConflict();
  renderFindings();
  renderStatus();
  if (focusPath && state.fields.get(focusPath)) {
    const el = state.fields.get(focusPath);
    el.focus();
    if (selection && typeof el.setSelectionRange === 'function') {
      try { el.setSelectionRange(selection[0], selection[1]); } catch (e) { /* not a text input */ }
    }
  }
  document.getElementById('pm-app').setAttribute('aria-busy', 'false');
  resize();
}

function renderStatus() {
  const d = state.doc;
  if (!d) return;
  docStatusEl.textContent = d.status === 'PUBLISHED' ? 'Published' : 'Draft';
  docStatusEl.className = `pm-lozenge ${d.status === 'PUBLISHED' ? 'pm-lozenge-success' : 'pm-lozenge-default'}`;
  const progress = document.getElementById('pm-progress');
  if (progress) {
    const answered = boot.questions.filter((q) => String(getAt(d, `answers.${q.key}`) ?? '').trim()).length;
    progress.textContent = `${answered} of ${boot.questions.length} answered`;
  }
  renderPublishState();
}

function renderQuestions() {
  const list = boot.questions.map((q) => {
    const path = `answers.${q.key}`;
    const value = getAt(state.doc, path) ?? '';
    const suggestion = (state.doc.suggestions || {})[q.key];
    const area = bindText(path, { multiline: true, rows: 2 });
    area.setAttribute('aria-describedby', `q-${q.key}-guide`);
    const unknownId = uid('unknown');
    const unknown = h('input', { type: 'checkbox', id: unknownId });
    unknown.checked = value.trim().toLowerCase() === 'unknown';
    area.readOnly = unknown.checked;
    unknown.addEventListener('change', () => {
      area.readOnly = unknown.checked;
      area.value = unknown.checked ? 'unknown' : '';
      edit(path, unknown.checked ? 'unknown' : null);
    });
    area.addEventListener('input', () => { unknown.checked = area.value.trim().toLowerCase() === 'unknown'; });
    let source = null;
    if (suggestion && suggestion.text) {
      const sourceLabel = suggestion.label || suggestion.source || 'the evidence';
      if (value && value === suggestion.text) {
        source = h('p', { class: 'pm-source', text: `Prefilled ${sourceLabel.startsWith('from') ? '' : 'from '}${sourceLabel}` });
      } else {
        source = h('div', { class: 'pm-suggestion' },
          h('p', null, h('span', { class: 'pm-lozenge pm-lozenge-info', text: 'Suggested' }), ' ', h('span', { text: suggestion.text })),
          h('p', { class: 'pm-source', text: sourceLabel.startsWith('from') ? sourceLabel : `from ${sourceLabel}` }),
          h('button', {
            type: 'button', class: 'pm-button pm-subtle', 'aria-label': `Use suggestion for question ${q.number}`,
            on: { click: () => { area.value = suggestion.text; area.readOnly = false; unknown.checked = false; edit(path, suggestion.text); renderAll(); } },
          }, 'Use suggestion'));
      }
    }
    return h('li', { class: 'pm-question', id: `q-${q.key}` },
      h('label', { for: area.id || (area.id = uid('q')), class: 'pm-question-text', text: `${q.number}. ${q.text}` }),
      h('p', { class: 'pm-hint', id: `q-${q.key}-guide`, text: q.guidance }),
      source,
      area,
      h('div', { class: 'pm-check' }, unknown, h('label', { for: unknownId, text: 'Unknown' })),
      slot(path));
  });
  return section('pm-answers', 'The interview', 'Ten questions first. "Unknown" is a valid answer: it is better than a guess.',
    h('p', { id: 'pm-progress', class: 'pm-progress', role: 'status' }),
    h('ol', { class: 'pm-questions' }, list));
}

function renderOverview() {
  return section('pm-overview', 'Summary and impact', null,
    textField('Title (short descriptor)', 'header.title'),
    h('div', { class: 'pm-grid' },
      textField('Incident ID', 'header.incidentId', { placeholder: 'INC-YYYY-NNNN' }),
      selectField('Severity', 'header.severity', [['', 'Not set'], ['P1', 'P1'], ['P2', 'P2'], ['P3', 'P3'], ['P4', 'P4']]),
      selectField('Classification', 'header.classification', [['INTERNAL', 'Internal'], ['EXTERNAL_SHAREABLE', 'External-shareable'], ['REDACTED_EXTERNAL', 'Redacted external']]),
      dateField('Next review at', 'header.nextReviewAt', 'Usually 3 months after the incident.'),
      dateField('Last reviewed', 'header.lastReviewedAt', 'After the review: set it, and move the next review date on.')),
    textField('Customer impact', 'header.customerImpact', { placeholder: '<service> unavailable for <duration>' }),
    textField('Summary', 'summary', { multiline: true, rows: 4, hint: '3-4 sentences a non-engineer can read: what broke, who was affected, for how long, what fixed it, and whether recurrence risk is high, medium or low.' }),
    sectionSuggestion('summary', 'the summary', textApply('summary')),
    renderKeyTimes(),
    servicesField(),
    h('div', { class: 'pm-grid' },
      textField('Customer segments', 'impact.customerSegments'),
      textField('Geographic scope', 'impact.geography'),
      textField('Revenue / SLA impact', 'impact.revenueImpact', { placeholder: 'estimate or "under review"' }),
      textField('Data integrity / confidentiality', 'impact.dataIntegrity')));
}

function servicesField() {
  const el = h('input', { type: 'text', placeholder: 'comma-separated' });
  el.value = (getAt(state.doc, 'impact.services') || []).join(', ');
  el.dataset.path = 'impact.services';
  el.addEventListener('input', () => edit('impact.services', el.value.split(',').map((s) => s.trim()).filter(Boolean)));
  state.fields.set('impact.services', el);
  return field('Services affected', el, { path: 'impact.services' });
}

const STATEMENT_TEXT = {
  MACHINE_STAMP: 'machine stamp', LIVE_REPORT: 'said live', EARLY_ESTIMATE: 'early estimate',
  HINDSIGHT: 'written in hindsight', TICKET_RECORD: "Jira's own record",
};
const STATEMENT_NOUN = {
  MACHINE_STAMP: 'machine stamp', LIVE_REPORT: 'message', EARLY_ESTIMATE: 'estimate', HINDSIGHT: 'recap', TICKET_RECORD: 'record',
};
const KEYTIME_FIELDS = ['at', 'source', 'original', 'quote', 'where', 'author', 'writtenAt', 'statement', 'confidence', 'assumedZone', 'reason'];

function utcClock(iso) {
  return iso ? utcFmt.format(new Date(iso)) : '';
}

/** "Priya's recap", "the machine stamp", "Jira's record": whose statement a candidate is. */
function candidateOwner(c) {
  const noun = STATEMENT_NOUN[c.statement] || 'statement';
  if (c.statement === 'TICKET_RECORD') return "Jira's record";
  if (c.statement === 'MACHINE_STAMP' || !c.author) return `the ${noun}${c.where ? ` (${c.where})` : ''}`;
  const first = String(c.author).trim().split(/\s+/)[0];
  return `${first}'s ${noun}`;
}

/** Where a key time came from, why it counts, and the sentence it came from. */
function keyTimeWhy(kt) {
  if (!kt.at) {
    const text = kt.basis === 'MANUAL' ? 'Unknown: set by a person.' : `Unknown: ${kt.reason || 'nothing in the evidence says it'}.`;
    return [h('p', { class: 'pm-source', text })];
  }
  if (kt.basis === 'MANUAL' && (!kt.source || kt.source === 'manual')) return [h('p', { class: 'pm-source', text: 'Set by a person.' })];
  const parts = [];
  const basis = { STATED: 'Stated', INFERRED: 'Inferred', MANUAL: 'Chosen by a person' }[kt.basis] || kt.basis;
  let where = kt.where || kt.source || '';
  if (kt.author) where += `${where ? ' by ' : ''}${kt.author}`;
  if (kt.writtenAt) where += `, written ${utcClock(kt.writtenAt)} UTC`;
  parts.push([basis, where, STATEMENT_TEXT[kt.statement]].filter(Boolean).join(' · ')
    + (typeof kt.confidence === 'number' ? ` · confidence ${Math.round(kt.confidence * 100)}%` : ''));
  if (kt.original) parts.push(`time as written: ${kt.original}${kt.assumedZone ? ` (read as ${kt.assumedZone})` : ''}`);
  return [h('p', { class: 'pm-source', text: parts.join(' · ') }),
    kt.quote ? h('blockquote', { class: 'pm-quote', text: kt.quote }) : null];
}

/** "comment 41278 by Priya Natarajan", "paste 1, line 3": where a statement is, and who wrote it. */
function statementSource(where, source, author) {
  const w = where || source || 'the evidence';
  return author && !w.includes(author) ? `${w} by ${author}` : w;
}

/**
 * A stated time that other messages say too (the server's corroboratedBy: another comment, paste line or alert at the
 * same minute, not disputed): "2 sources agree: comment 41278 by Priya Natarajan; paste 1, line 3".
 */
function keyTimeAgreement(kt) {
  const by = kt.basis === 'STATED' && Array.isArray(kt.corroboratedBy) ? kt.corroboratedBy : [];
  if (!kt.at || !by.length) return null;
  const sources = [statementSource(kt.where, kt.source, kt.author), ...by.map((c) => statementSource(c.where, c.source, c.author))];
  return h('p', { class: 'pm-agreement', text: `${sources.length} sources agree: ${sources.join('; ')}` });
}

/** A person picks another candidate: it becomes their choice (MANUAL), kept by every rebuild. */
function useCandidate(path, c) {
  const kt = clone(getAt(state.doc, path) || {});
  for (const f of KEYTIME_FIELDS) kt[f] = c[f] === undefined ? null : c[f];
  kt.basis = 'MANUAL';
  edit(path, kt, { rerender: true });
  focusLater(`${path}.at`);
}

function candidateItem(path, c, label) {
  const when = `${utcClock(c.at)} UTC`;
  const text = `Use ${when} from ${candidateOwner(c)} instead`;
  return h('li', { class: 'pm-candidate' },
    h('button', {
      type: 'button', class: 'pm-button pm-subtle', 'aria-label': `${label}: ${text}`,
      on: { click: () => useCandidate(path, c) },
    }, text),
    h('span', { class: 'pm-source', text: ` ${[c.where, c.reason, typeof c.confidence === 'number' ? `confidence ${Math.round(c.confidence * 100)}%` : null].filter(Boolean).join(' · ')}` }),
    c.quote ? h('blockquote', { class: 'pm-quote', text: c.quote }) : null);
}

function renderKeyTimes() {
  const rows = [['started', 'Started'], ['detected', 'Detected'], ['resolved', 'Resolved']].map(([key, label]) => {
    const path = `keyTimes.${key}`;
    const kt = getAt(state.doc, path) || {};
    const { input, local } = utcTimeInput(`${path}.at`, `${label} (UTC)`, () => {
      setAt(state.doc, `${path}.basis`, 'MANUAL');
      setAt(state.doc, `${path}.source`, 'manual');
      for (const f of KEYTIME_FIELDS.slice(2)) setAt(state.doc, `${path}.${f}`, null);
    });
    const unknownId = uid('kt');
    const unknown = h('input', { type: 'checkbox', id: unknownId });
    unknown.checked = !kt.at;
    unknown.addEventListener('change', () => {
      if (unknown.checked) {
        input.value = '';
        local.textContent = '';
        setAt(state.doc, `${path}.basis`, 'MANUAL');
        setAt(state.doc, `${path}.source`, 'manual');
        edit(`${path}.at`, null);
      } else {
        input.focus();
      }
    });
    input.addEventListener('change', () => { unknown.checked = !input.value; });
    const others = (kt.candidates || []).filter((c) => !(c.at === kt.at && c.source === kt.source));
    const shown = others.slice(0, 3);
    const more = others.slice(3);
    return h('div', { class: 'pm-keytime', id: `pm-keytime-${key}` },
      h('label', { for: input.id || (input.id = uid('t')), text: `${label} (UTC)` }),
      input, local,
      h('div', { class: 'pm-check' }, unknown, h('label', { for: unknownId, text: 'Unknown' })),
      keyTimeWhy(kt),
      keyTimeAgreement(kt),
      shown.length ? h('ul', { class: 'pm-candidates', 'aria-label': `Other candidates for ${label.toLowerCase()}` },
        shown.map((c) => candidateItem(path, c, label))) : null,
      more.length ? h('details', { class: 'pm-more-candidates' },
        h('summary', { text: `${more.length} more candidate${more.length === 1 ? '' : 's'}` }),
        h('ul', { class: 'pm-candidates' }, more.map((c) => candidateItem(path, c, label)))) : null,
      slot(path));
  });
  return h('fieldset', { class: 'pm-keytimes' }, h('legend', { text: 'Three separate times' }),
    h('p', { class: 'pm-hint', text: 'Each time shows the sentence it came from. Pick another candidate if the evidence says otherwise; your choice stays when the draft is rebuilt.' }),
    rows);
}

function renderTimeline() {
  const list = listOf('timeline');
  const rows = list.map((row, i) => {
    const p = `timeline[${i}]`;
    const { input, local } = utcTimeInput(`${p}.at`, `Time (UTC) of row ${i + 1}`);
    const who = bindText(`${p}.who`, { maxlength: 200 });
    who.setAttribute('aria-label', `Who or what, row ${i + 1}`);
    const ev = bindText(`${p}.event`, { multiline: true, rows: 2 });
    ev.setAttribute('aria-label', `Event, row ${i + 1}`);
    const later = h('input', { type: 'checkbox', 'aria-label': `Learned later, row ${i + 1}` });
    later.checked = Boolean(row.learnedLater);
    later.dataset.path = `${p}.learnedLater`;
    later.addEventListener('change', () => { edit(`${p}.learnedLater`, later.checked); tr.classList.toggle('pm-learned-later', later.checked); });
    state.fields.set(`${p}.learnedLater`, later);
    const source = row.source && row.source !== 'manual' ? row.source : 'typed';
    const tr = h('tr', { class: row.learnedLater ? 'pm-learned-later' : '' },
      h('td', { 'data-label': 'Time (UTC)' }, input, local,
        row.timeAsWritten ? h('span', { class: 'pm-source', text: `written ${row.timeAsWritten}${row.assumedZone ? ` (${row.assumedZone})` : ''}` }) : null),
      h('td', { 'data-label': 'Who/what' }, who),
      h('td', { 'data-label': 'Event' }, ev, row.original ? h('p', { class: 'pm-source', title: row.original, text: `as written: ${row.original}` }) : null, slot(p)),
      h('td', { 'data-label': 'Learned later' }, later),
      h('td', { 'data-label': 'Source' }, h('span', { class: 'pm-source', text: row.assumedZone ? `${source} (read as ${row.assumedZone})` : source })),
      h('td', null, removeButton(`timeline row ${i + 1}`, () => { list.splice(i, 1); edit('timeline', list, { rerender: true }); })));
    return tr;
  });
  const table = h('table', { class: 'pm-timeline' },
    h('caption', { text: `All times in UTC; your browser's zone (${browserZone}) is shown beside them. Rows marked "learned later" are events found during the investigation.` }),
    h('thead', null, h('tr', null, ['Time (UTC)', 'Who/what', 'Event', 'Learned later', 'Source', ''].map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', null, rows));
  return section('pm-timeline', 'Timeline', null,
    list.length ? table : h('p', { class: 'pm-muted', text: 'No timeline rows yet: add one, or paste a chat thread below.' }),
    addButton('Add timeline row', () => {
      list.push({ at: null, who: '', event: '', source: 'manual', learnedLater: false });
      edit('timeline', list, { rerender: true });
      focusLater(`timeline[${list.length - 1}].at`);
    }),
    renderPaste(),
    h('h3', { text: 'What we didn\'t know at the time (and wish we had)' }),
    stringList('unknownsAtTheTime', 'Unknown at the time'));
}

function renderPaste() {
  const area = h('textarea', { rows: 5, id: 'pm-paste', placeholder: 'Paste the incident channel here (Slack or Teams copy, or a Slack export JSON).' });
  const zone = h('select', { id: 'pm-paste-zone' }, timeZones().map((z) => h('option', { value: z, text: z })));
  zone.value = browserZone;
  const zoneBox = h('div', { class: 'pm-field pm-zone', hidden: true },
    h('label', { for: 'pm-paste-zone', text: 'Time zone of the pasted times' }), zone,
    h('p', { class: 'pm-hint', text: 'The paste has times without a zone. Choose the zone they were written in, then add again.' }));
  const message = h('p', { class: 'pm-paste-message', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'pm-button pm-primary', id: 'pm-paste-add' }, 'Add to timeline');
  button.addEventListener('click', async () => {
    const text = area.value;
    if (!text.trim()) { message.textContent = 'Paste a thread first.'; return; }
    button.disabled = true;
    message.textContent = 'Reading the thread…';
    try {
      if (!(await flush())) { message.textContent = 'Save your changes first (see the save state above).'; return; }
      const trimmed = text.trim();
      const json = trimmed.startsWith('{') || trimmed.startsWith('[');
      const tz = zoneBox.hidden ? '' : `?tz=${encodeURIComponent(zone.value)}`;
      const before = (state.doc.timeline || []).length;
      let res;
      try {
        res = await api.request('POST', api.docPath(`/evidence${tz}`), { body: text, contentType: json ? 'application/json' : 'text/plain' });
      } catch (e) {
        message.textContent = e.expired ? e.message : 'Could not reach the server; your paste is still here, try again.';
        return;
      }
      if (res.status === 200) {
        const mine = state.doc;
        const base = state.base;
        state.base = res.body;
        state.doc = dirty() ? merge3(base, mine, res.body) : clone(res.body);
        if (!dirty()) clearLocal();
        const added = (res.body.timeline || []).length - before;
        renderAll();
        const msg = document.querySelector('.pm-paste-message');
        if (msg) msg.textContent = `Added ${added} row${added === 1 ? '' : 's'} to the timeline.`;
        setSaveState(dirty() ? 'unsaved' : 'saved');
        if (dirty()) scheduleSave();
      } else if (res.status === 400 && res.body && res.body.code === 'ZONE_REQUIRED') {
        zoneBox.hidden = false;
        message.textContent = errorText(res);
        zone.focus();
      } else if (res.status === 413) {
        message.textContent = errorText(res);
      } else {
        message.textContent = errorText(res);
      }
    } finally {
      button.disabled = false;
      resize();
    }
  });
  return h('div', { class: 'pm-paste' },
    h('h3', { text: 'Add a chat thread' }),
    field('Paste a Slack or Teams thread', area, { hint: 'Times are converted to UTC. Chat times are often 2-3 minutes off: cross-check with monitoring where accuracy matters.' }),
    zoneBox, button, message);
}

function timeZones() {
  let zones = [];
  try { zones = Intl.supportedValuesOf('timeZone'); } catch (e) { zones = []; }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  if (!zones.includes(browserZone)) zones = [browserZone, ...zones];
  return zones;
}

function renderRootCause() {
  return section('pm-rootCause', 'Root cause', null,
    sectionSuggestion('rootCause', 'the root cause', (sug) => {
      setAt(state.doc, 'rootCause.sentence', sug.text);
      if (sug.certainty === 'CONFIRMED' || sug.certainty === 'MOST_LIKELY') setAt(state.doc, 'rootCause.certainty', sug.certainty);
      edit('rootCause', getAt(state.doc, 'rootCause'), { rerender: true });
    }),
    textField('The one-sentence cause', 'rootCause.sentence', { multiline: true, rows: 2, hint: 'Plain English, no hedging. If you are not sure, choose "most likely" and describe the evidence.' }),
    selectField('Certainty', 'rootCause.certainty', [['MOST_LIKELY', 'Most likely cause'], ['CONFIRMED', 'Confirmed']], { toValue: (v) => v }),
    h('h3', { text: 'Five whys' }),
    sectionSuggestion('fiveWhys', 'the five whys', (sug) => edit('fiveWhys', [...sug.items], { rerender: true }), { replaces: true }),
    slot('fiveWhys'),
    renderWhyChain(),
    h('h3', { text: 'Contributing factors' }),
    h('p', { class: 'pm-intro', text: 'Not the root cause, but made it worse or slower to detect.' }),
    sectionSuggestion('contributingFactors', 'contributing factors', (sug) => {
      const list = listOf('contributingFactors');
      for (const item of sug.items) {
        const cut = item.indexOf(': ');
        const factor = cut > 0 ? item.slice(0, cut) : item;
        const how = cut > 0 ? item.slice(cut + 2) : '';
        if (!list.some((f) => f && f.factor === factor && f.how === how)) list.push({ factor, how });
      }
      edit('contributingFactors', list, { rerender: true });
    }),
    slot('contributingFactors'),
    objectList('contributingFactors', 'Factor', [['factor', 'Factor'], ['how', 'How it contributed', { multiline: true, rows: 2 }]], () => ({ factor: '', how: '' })));
}

const MAX_WHYS = 7;

/**
 * The guided five whys: a chain, not five fixed boxes. Each step shows the answer before it and asks why that
 * happened; a hint says when to stop; a why that blames a person gets the blameless finding right under it
 * (the server's rules run on every save, and the finding lands in the step's slot).
 */
function renderWhyChain() {
  const whys = listOf('fiveWhys');
  const shown = whys.length ? whys.length : 1;
  const steps = [];
  for (let i = 0; i < shown; i += 1) {
    const path = `fiveWhys[${i}]`;
    const el = h('textarea', { rows: 2, maxlength: 1000 });
    el.value = whys[i] ?? '';
    el.dataset.path = path;
    el.addEventListener('input', () => {
      while (whys.length <= i) whys.push('');
      whys[i] = el.value;
      edit('fiveWhys', whys);
      const next = document.getElementById('pm-why-next');
      if (next && i === shown - 1) next.disabled = !el.value.trim() || shown >= MAX_WHYS;
    });
    state.fields.set(path, el);
    const previous = i > 0 ? String(whys[i - 1] ?? '').trim() : null;
    const label = i === 0 ? '1. Why did the service fail? (the symptom)' : `${i + 1}. Why did that happen?`;
    const context = i === 0 ? null : h('p', { class: 'pm-why-previous' },
      h('span', { class: 'pm-muted', text: `Step ${i} says: ` }),
      previous ? h('q', { text: previous }) : h('em', { text: 'answer the step above first' }));
    steps.push(h('li', { class: 'pm-why', dataset: { step: String(i + 1) } },
      context,
      field(label, el, { path }),
      i > 0 && i === shown - 1 ? removeButton(`why ${i + 1}`, () => { whys.splice(i, 1); edit('fiveWhys', whys, { rerender: true }); }) : null));
  }
  const last = String(whys[shown - 1] ?? '').trim();
  const next = h('button', { type: 'button', class: 'pm-button pm-add', id: 'pm-why-next' }, 'Ask why again');
  next.disabled = !last || shown >= MAX_WHYS;
  next.addEventListener('click', () => {
    while (whys.length < shown) whys.push('');
    whys.push('');
    edit('fiveWhys', whys, { rerender: true });
    focusLater(`fiveWhys[${whys.length - 1}]`);
  });
  return h('div', { class: 'pm-why-chain' },
    h('ol', { class: 'pm-whys' }, steps),
    next,
    h('p', { class: 'pm-hint pm-why-stop', role: 'note', text: 'Stop when the next answer is outside the team\'s control (a vendor, the weather) or when no action would change it: the last step is usually the root cause. Describe systems and decisions, never a person\'s failing.' }));
}

/** Applies a text suggestion to a text field. */
function textApply(path) {
  return (sug) => edit(path, sug.text, { rerender: true });
}

/** Adds a list suggestion's items that the list does not have yet (nothing a person wrote is removed). */
function listApply(path) {
  return (sug) => {
    const list = listOf(path);
    for (const item of sug.items) if (!list.includes(item)) list.push(item);
    edit(path, list, { rerender: true });
  };
}

/**
 * The facilitator's draft for a section, with where it came from and a "Use suggestion" button. The draft is never
 * put into the section by itself: only this click does, and for lists it only adds items.
 */
function sectionSuggestion(key, what, apply, opts = {}) {
  // the facilitator's draft, then the model's (optional AI drafting: suggestions['ai.' + key], source ai:<model>)
  const own = oneSuggestion(key, key, what, apply, opts);
  const ai = oneSuggestion(`ai.${key}`, key, what, apply, opts);
  const status = key === 'summary' ? aiStatus() : null;
  if (!own && !ai && !status) return null;
  return h('div', { class: 'pm-section-suggestions' }, status, own, ai);
}

/** The AI draft's status line ("ready", or "was not available: ..."), shown once, above the summary's drafts. */
function aiStatus() {
  const st = (state.doc.suggestions || {})['ai.status'];
  if (!st || !st.text) return null;
  return h('p', { class: 'pm-hint pm-ai-status', role: 'status', text: st.text });
}

function oneSuggestion(sugKey, key, what, apply, { replaces = false } = {}) {
  const sug = (state.doc.suggestions || {})[sugKey];
  if (!sug || !sug.text) return null;
  const items = Array.isArray(sug.items) ? sug.items : [];
  const current = getAt(state.doc, key);
  const filled = Array.isArray(current) ? current.some((x) => x && (typeof x === 'string' ? x.trim() : Object.values(x).some((v) => v))) : Boolean(current && (typeof current === 'string' ? current.trim() : current.sentence));
  const isList = Array.isArray(current) || key === 'fiveWhys';
  const usable = isList ? items.length > 0 : true;
  const alreadyUsed = isList ? items.length > 0 && key !== 'fiveWhys' && key !== 'contributingFactors' && items.every((i) => (current || []).includes(i))
    : (typeof current === 'string' ? current === sug.text : current && current.sentence === sug.text);
  const ai = String(sug.source || '').startsWith('ai:');
  const label = sug.label || sug.source || 'the evidence';
  const certainty = { CONFIRMED: 'confirmed', MOST_LIKELY: 'most likely', UNKNOWN: 'unknown' }[sug.certainty];
  const body = isList && items.length
    ? h(key === 'fiveWhys' ? 'ol' : 'ul', { class: 'pm-suggestion-items' }, items.map((i) => h('li', { text: i })))
    : h('p', { class: 'pm-suggestion-text', text: sug.text });
  const buttonText = !filled || !replaces && isList ? (isList && filled ? 'Add suggested items' : 'Use suggestion') : 'Replace with suggestion';
  return h('div', { class: 'pm-suggestion pm-section-suggestion', dataset: { section: key, source: ai ? 'ai' : 'facilitator' } },
    h('p', null,
      h('span', { class: 'pm-lozenge pm-lozenge-info', text: ai ? 'AI draft' : 'Suggested draft' }),
      certainty ? h('span', { class: 'pm-muted', text: ` (${certainty})` }) : null),
    body,
    h('p', { class: 'pm-source', text: label.startsWith('from') ? label : `from ${label}` }),
    usable && !alreadyUsed ? h('button', {
      type: 'button', class: 'pm-button pm-subtle pm-use-section-suggestion', 'aria-label': `Use ${ai ? 'AI draft' : 'suggestion'} for ${what}`,
      on: { click: () => apply(sug) },
    }, buttonText) : null);
}

function renderLessons() {
  return h('div', null,
    section('pm-wentWell', 'What went well', 'Concrete and behaviour-based. Not "the team worked hard".',
      sectionSuggestion('wentWell', 'what went well', listApply('wentWell')),
      stringList('wentWell', 'Went well', { placeholder: 'Detection alert fired within 45 seconds of first error.' })),
    section('pm-wentBadly', 'What didn\'t go well', 'Behaviour-based, not person-based: "monitoring gap", not "Alex should have caught it".',
      sectionSuggestion('wentBadly', 'what didn\'t go well', listApply('wentBadly')),
      stringList('wentBadly', 'Didn\'t go well', { placeholder: 'Alert threshold was 5% errors but customer impact begins at 1%.' })),
    section('pm-lucky', 'Where we got lucky', 'The most valuable section most teams skip: near-misses are free warnings, and where the next P1 lives. Spend as much time here as on the root cause.',
      sectionSuggestion('lucky', 'where we got lucky', listApply('lucky')),
      stringList('lucky', 'Lucky', { placeholder: 'It happened at 03:00 UTC; during EU business hours the impact would have been ~8x.' })));
}

function renderDataImpact() {
  return section('pm-dataImpact', 'Data impact', null,
    h('div', { class: 'pm-grid' },
      textField('Data lost', 'dataImpact.lost', { placeholder: 'None / description' }),
      textField('Data exposed', 'dataImpact.exposed', { placeholder: 'None / description' })),
    h('div', { class: 'pm-grid' },
      selectField('Personal data involved', 'dataImpact.personalData.involved', BOOL_OPTIONS, boolConv),
      textField('Categories', 'dataImpact.personalData.categories'),
      textField('Volume', 'dataImpact.personalData.volume'),
      textField('Jurisdiction', 'dataImpact.personalData.jurisdiction')),
    h('div', { class: 'pm-grid' },
      selectField('Regulatory notification required', 'dataImpact.regulatoryNotification.required', BOOL_OPTIONS, boolConv),
      textField('Regulator', 'dataImpact.regulatoryNotification.regulator'),
      textField('Deadline', 'dataImpact.regulatoryNotification.deadline')));
}

/** Today (the server's) plus the installation's default due days, as YYYY-MM-DD; the person can change it. */
function defaultDue() {
  return typeof boot.defaultDue === 'string' ? boot.defaultDue : null;
}

function newId() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') return `a-${window.crypto.randomUUID().slice(0, 8)}`;
  return `a-${Math.random().toString(36).slice(2, 10)}`;
}

function renderActions() {
  const list = listOf('actionItems');
  const items = list.map((item, i) => {
    const p = `actionItems[${i}]`;
    const jira = item.jiraKey ? h('span', { class: 'pm-lozenge pm-lozenge-info', text: item.jiraKey }) : null;
    return h('li', { class: 'pm-card pm-action', id: `action-${i}` },
      h('div', { class: 'pm-card-head' },
        h('strong', { text: `A${i + 1}` }), ' ', jira, ' ',
        h('span', { class: 'pm-lozenge pm-lozenge-default', text: item.status || 'Open' })),
      slot(p),
      textField('Action (specific and testable)', `${p}.summary`, { multiline: true, rows: 2, placeholder: 'Add Prometheus alert for certificate expiry < 14 days, page on-call' }),
      ownerPicker(p, i),
      h('div', { class: 'pm-grid' },
        dateField('Due', `${p}.due`),
        selectField('Would this prevent recurrence?', `${p}.preventsRecurrence`, [['', 'Not answered'], ['YES', 'Yes'], ['PARTIALLY', 'Partially'], ['DETECTS_ONLY', 'Detects only']])),
      item.publishError ? h('p', { class: 'pm-error', text: `Jira: ${item.publishError}` }) : null,
      removeButton(`action item A${i + 1}`, () => { list.splice(i, 1); edit('actionItems', list, { rerender: true }); }));
  });
  return section('pm-actionItems', 'Action items', 'Each action answers: what, who, by when, and "would this prevent recurrence?". "Improve monitoring" is not an action.',
    h('ol', { class: 'pm-items pm-actions-list' }, items),
    addButton('Add action item', () => {
      list.push({ id: newId(), summary: '', ownerAccountId: null, ownerDisplayName: null, due: defaultDue(), preventsRecurrence: null, status: 'Open' });
      edit('actionItems', list, { rerender: true });
      focusLater(`actionItems[${list.length - 1}].summary`);
    }),
    h('h3', { text: 'Actions explicitly rejected (and why)' }),
    slot('rejectedActions'),
    objectList('rejectedActions', 'Rejected action', [['idea', 'Idea'], ['reason', 'Rejected because'], ['revisitIf', 'Revisit if']], () => ({ idea: '', reason: '', revisitIf: '' })));
}

/** Owner picker: type-ahead over /api/users (people assignable in the action-item project). */
function ownerPicker(p, i) {
  const path = `${p}.ownerAccountId`;
  const inputId = uid('owner');
  const listId = `${inputId}-list`;
  const input = h('input', {
    type: 'text', id: inputId, role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
    'aria-controls': listId, autocomplete: 'off', placeholder: 'Type a name',
  });
  input.value = getAt(state.doc, `${p}.ownerDisplayName`) || '';
  input.dataset.path = path;
  state.fields.set(path, input);
  const listbox = h('ul', { id: listId, role: 'listbox', class: 'pm-options', hidden: true, 'aria-label': `Owners for A${i + 1}` });
  const info = h('p', { class: 'pm-hint', 'aria-live': 'polite' });
  let options = [];
  let active = -1;
  let seq = 0;

  const close = () => { listbox.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const choose = (user) => {
    input.value = user.displayName;
    setAt(state.doc, `${p}.ownerDisplayName`, user.displayName);
    edit(path, user.accountId);
    info.textContent = '';
    close();
  };
  const highlight = (n) => {
    active = n;
    [...listbox.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === n)));
    if (n >= 0 && listbox.children[n]) input.setAttribute('aria-activedescendant', listbox.children[n].id);
  };
  const search = debounce(async (query) => {
    const mySeq = ++seq;
    let res;
    try {
      res = await api.request('GET', `/api/users?query=${encodeURIComponent(query)}`);
    } catch (e) {
      info.textContent = 'Cannot search people right now.';
      return;
    }
    if (mySeq !== seq) return; // a newer search is on its way
    if (res.status !== 200 || !Array.isArray(res.body)) { info.textContent = errorText(res); close(); return; }
    options = res.body;
    clear(listbox);
    options.forEach((u, k) => listbox.append(h('li', {
      role: 'option', id: `${listId}-${k}`, class: 'pm-option', 'aria-selected': 'false',
      on: { mousedown: (ev) => { ev.preventDefault(); choose(u); } },
    }, u.displayName)));
    info.textContent = options.length ? '' : 'No assignable person matches.';
    listbox.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    highlight(options.length ? 0 : -1);
    resize();
  }, USER_SEARCH_DELAY_MS);

  input.addEventListener('input', () => {
    setAt(state.doc, `${p}.ownerDisplayName`, null);
    edit(path, null);
    if (input.value.trim().length >= 1) search(input.value.trim()); else { search.cancel(); close(); }
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && options.length) { ev.preventDefault(); listbox.hidden = false; highlight(Math.min(active + 1, options.length - 1)); }
    else if (ev.key === 'ArrowUp' && options.length) { ev.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (ev.key === 'Enter' && !listbox.hidden && active >= 0) { ev.preventDefault(); choose(options[active]); }
    else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return h('div', { class: 'pm-field pm-combo' },
    h('label', { for: inputId, text: 'Owner (a named person)' }), input, listbox, info, slot(path));
}

function renderEvidenceLinks() {
  return section('pm-supportingEvidence', 'Supporting evidence', 'Dashboards, related tickets, vendor case numbers, related previous incidents.',
    objectList('supportingEvidence', 'Evidence link', [['label', 'Label'], ['url', 'URL or ID']], () => ({ label: '', url: '', kind: 'OTHER' })));
}

function renderExternal() {
  const checks = [
    ['noSystemNames', 'No internal system / service names'],
    ['noPersonalNames', 'No personal names'],
    ['noWeaponisableDetail', 'No security vulnerability detail that could be weaponised'],
    ['noUnverifiableVendorBlame', 'No vendor blame that is not publicly verifiable'],
    ['legalReviewed', 'Legal / PR review if impact was significant'],
  ];
  return section('pm-externalVersion', 'External-facing version', 'For the status page, a customer email or a blog: same incident, different framing, no internal details.',
    sectionSuggestion('externalVersion', 'the external version', textApply('externalVersion')),
    textField('External version', 'externalVersion', { multiline: true, rows: 6, maxlength: 20000 }),
    h('fieldset', { class: 'pm-redaction' }, h('legend', { text: 'Redaction checklist (before publishing externally)' }),
      slot('redactionChecklist'),
      checks.map(([key, label]) => checkbox(label, `redactionChecklist.${key}`))));
}

// ---------------------------------------------------------------- findings

function renderFindings() {
  for (const el of state.slots.values()) clear(el);
  const general = document.getElementById('pm-general-findings');
  if (general) clear(general);
  const findings = (state.doc && state.doc.findings) || [];
  for (const f of findings) {
    const target = slotFor(f.path);
    (target || general).append(findingView(f));
  }
  renderPublishState();
}

function slotFor(path) {
  if (!path) return null;
  let p = path;
  while (p) {
    if (state.slots.has(p)) return state.slots.get(p);
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) break;
    p = p.slice(0, cut);
  }
  return state.slots.get(p) || null;
}

function findingView(f) {
  const sev = f.severity === 'ERROR' ? 'error' : 'warning';
  const el = h('div', { class: `pm-finding pm-finding-${sev}`, role: 'note', dataset: { rule: f.rule || '', path: f.path || '' } },
    h('span', { class: `pm-lozenge pm-lozenge-${sev === 'error' ? 'removed' : 'moved'}`, text: f.severity === 'ERROR' ? 'Must fix' : 'Advice' }), ' ',
    h('span', { class: 'pm-finding-message', text: f.message }));
  const input = f.path ? state.fields.get(f.path) : null;
  if (f.suggestion) {
    el.append(h('p', { class: 'pm-finding-suggestion' }, 'Suggested: ', h('q', { text: f.suggestion })));
    if (input && (input.tagName === 'TEXTAREA' || (input.tagName === 'INPUT' && input.type === 'text'))) {
      el.append(h('button', {
        type: 'button', class: 'pm-button pm-subtle pm-use-suggestion',
        on: { click: () => { input.value = f.suggestion; input.dispatchEvent(new Event('input')); input.focus(); } },
      }, 'Use suggestion'));
    }
  }
  return el;
}

// ---------------------------------------------------------------- preview and publish

function renderFinish() {
  const preview = h('div', { id: 'pm-preview', class: 'pm-preview', hidden: true, tabindex: -1 });
  const previewButton = h('button', { type: 'button', class: 'pm-button', id: 'pm-preview-button' }, 'Preview');
  previewButton.addEventListener('click', async () => {
    previewButton.disabled = true;
    try {
      await flush();
      let res;
      try {
        res = await api.request('GET', api.docPath('/export.md'), { accept: 'text/markdown' });
      } catch (e) {
        preview.hidden = false; clear(preview).append(h('p', { class: 'pm-error', text: 'Could not reach the server.' }));
        return;
      }
      preview.hidden = false;
      clear(preview);
      if (res.status === 200) preview.append(markdownView(String(res.body)));
      else preview.append(h('p', { class: 'pm-error', text: errorText(res) }));
      preview.focus();
    } finally {
      previewButton.disabled = false;
      resize();
    }
  });
  const publishButton = h('button', { type: 'button', class: 'pm-button pm-primary', id: 'pm-publish' }, 'Publish to Confluence');
  publishButton.addEventListener('click', publish);
  return section('pm-finish', 'Preview and publish', null,
    h('div', { id: 'pm-blockers', class: 'pm-blockers', 'aria-live': 'polite' }),
    h('div', { class: 'pm-actions' }, previewButton, publishButton),
    h('div', { id: 'pm-publication', class: 'pm-publication', role: 'status', 'aria-live': 'polite' }),
    preview);
}

/**
 * The rules' own split: redaction.* errors hold back only the external page, every other ERROR blocks publishing.
 */
function renderPublishState() {
  const button = document.getElementById('pm-publish');
  const blockers = document.getElementById('pm-blockers');
  if (!button || !blockers || !state.doc) return;
  const errors = (state.doc.findings || []).filter((f) => f.severity === 'ERROR');
  const external = errors.filter((f) => String(f.rule || '').startsWith('redaction.'));
  const blocking = errors.filter((f) => !String(f.rule || '').startsWith('redaction.'));
  button.disabled = blocking.length > 0 || Boolean(state.conflict);
  button.textContent = state.doc.status === 'PUBLISHED' ? 'Publish again (updates the page)' : 'Publish to Confluence';
  clear(blockers);
  if (blocking.length) {
    blockers.append(
      h('p', { text: `Publishing is disabled until ${blocking.length === 1 ? 'this is' : `these ${blocking.length} are`} fixed:` }),
      findingLinks(blocking));
  }
  if (external.length) {
    blockers.append(
      h('p', { text: 'The external-facing page will not be published until:' }),
      findingLinks(external));
  }
}

function findingLinks(findings) {
  return h('ul', null, findings.map((f) => h('li', null,
    h('button', {
      type: 'button', class: 'pm-link',
      on: { click: () => { const el = state.fields.get(f.path) || (slotFor(f.path) && slotFor(f.path).parentElement); if (el) { el.scrollIntoView({ block: 'center' }); if (el.focus) el.focus(); } } },
    }, f.path || 'document'), ': ', f.message)));
}

async function publish() {
  const box = document.getElementById('pm-publication');
  const button = document.getElementById('pm-publish');
  button.disabled = true;
  clear(box).append(h('p', { text: 'Saving before publishing…' }));
  try {
    if (!(await flush())) { clear(box).append(h('p', { class: 'pm-error', text: 'Save your changes before publishing (see the save state above).' })); return; }
    let res;
    try { res = await api.request('POST', api.docPath('/publish')); } catch (e) {
      clear(box).append(h('p', { class: 'pm-error', text: 'Could not reach the server. Try again.' }));
      return;
    }
    const generic = !res.body || typeof res.body !== 'object' || res.body.error === 'Not Found' || res.body.error === 'Method Not Allowed';
    if (((res.status === 404 || res.status === 405) && generic) || res.status === 501) {
      clear(box).append(h('p', { class: 'pm-error', text: 'Publishing is not available.' }));
      return;
    }
    if (res.status === 422) {
      const blocking = res.body && (Array.isArray(res.body.findings) ? res.body.findings : res.body.details);
      if (Array.isArray(blocking) && blocking.every((f) => f && typeof f === 'object')) { state.doc.findings = blocking; renderFindings(); }
      clear(box).append(h('p', { class: 'pm-error', text: 'Publishing is blocked by the findings listed above.' }));
      return;
    }
    if (res.status !== 202 && res.status !== 200) { clear(box).append(h('p', { class: 'pm-error', text: errorText(res) })); return; }
    await pollPublication(box);
  } finally {
    renderPublishState();
    resize();
  }
}

async function pollPublication(initialBox) {
  let box = initialBox;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    let res;
    try { res = await api.request('GET', api.docPath('/publication')); } catch (e) { await sleep(2000); continue; }
    if (res.status !== 200 || !res.body) { clear(box).append(h('p', { class: 'pm-error', text: errorText(res) })); return; }
    const p = res.body;
    if (p.state === 'DONE') {
      await reload(); // the published status and Jira keys; this renders the page again
      box = document.getElementById('pm-publication');
      const href = safeHref(p.pageUrl);
      clear(box).append(h('p', null, 'Published. ',
        href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', id: 'pm-page-link' }, 'Open the Confluence page') : h('span', { text: p.pageUrl || '' })));
      const items = (p.actionItems || []).filter((a) => a.jiraKey).map((a) => a.jiraKey);
      if (items.length) box.append(h('p', { text: `Action items in Jira: ${items.join(', ')}` }));
      resize();
      return;
    }
    if (p.state === 'FAILED') {
      clear(box).append(h('p', { class: 'pm-error', text: `Publishing failed: ${p.error || 'unknown error'}` }));
      return;
    }
    const doing = p.resuming ? 'resuming an interrupted run' : p.state === 'RUNNING' ? 'writing the page and action items' : 'queued';
    clear(box).append(h('p', null, h('span', { class: 'pm-spinner', 'aria-hidden': 'true' }), ` Publishing… (${doing})`));
    if (p.resuming && p.note) box.append(h('p', { class: 'pm-hint', id: 'pm-publish-resuming', text: p.note }));
    await sleep(1000);
  }
}

/** Markdown escapes "<" as "&lt;"; as text the person must see "<" again (into a text node, never as HTML). */
function decodeEntities(text) {
  return text.replace(/&(lt|gt|amp|quot|apos|#39|#x27|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g, (m, name, dec, hex) => {
    const named = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
    if (named[name] !== undefined) return named[name];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    try { return String.fromCodePoint(code); } catch (e) { return m; }
  });
}

/** A small, safe Markdown view: headings, lists, quotes, tables and paragraphs, built as DOM text. */
function markdownView(md) {
  const out = h('div', { class: 'pm-markdown' });
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  let list = null;
  let table = null;
  const inline = (text) => {
    const parts = String(text).split(/(\*\*[^*]+\*\*|_[^_]+_)/g);
    return parts.filter((s) => s !== '').map((s) => {
      if (s.startsWith('**') && s.endsWith('**') && s.length > 4) return h('strong', { text: s.slice(2, -2) });
      if (s.startsWith('_') && s.endsWith('_') && s.length > 2) return h('em', { text: s.slice(1, -1) });
      return document.createTextNode(decodeEntities(s.replace(/\\([\\|*_`#\[\]<>-])/g, '$1')));
    });
  };
  for (const line of lines) {
    const t = line.trim();
    if (!t.startsWith('|')) table = null;
    if (!/^([-*]|\d+\.)\s/.test(t)) list = null;
    let m;
    if (!t) continue;
    if ((m = /^(#{1,6})\s+(.*)$/.exec(t))) {
      out.append(h(`h${Math.min(m[1].length + 1, 6)}`, null, inline(m[2])));
    } else if ((m = /^([-*]|\d+\.)\s+(.*)$/.exec(t))) {
      if (!list) { list = h(m[1].endsWith('.') ? 'ol' : 'ul'); out.append(list); }
      list.append(h('li', null, inline(m[2])));
    } else if (t.startsWith('>')) {
      out.append(h('blockquote', null, inline(t.replace(/^>\s?/, ''))));
    } else if (t.startsWith('|')) {
      const cells = t.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());
      if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue;
      if (!table) { table = h('table', { class: 'pm-md-table' }); out.append(table); table.append(h('tr', null, cells.map((c) => h('th', null, inline(c))))); }
      else table.append(h('tr', null, cells.map((c) => h('td', null, inline(c)))));
    } else {
      out.append(h('p', null, inline(t)));
    }
  }
  return out;
}

// ---------------------------------------------------------------- Atlassian host

function resize() {
  const ap = window.AP;
  if (!ap) return;
  try {
    if (boot.mode === 'full' && typeof ap.sizeToParent === 'function') ap.sizeToParent();
    else if (typeof ap.resize === 'function') ap.resize();
  } catch (e) { /* outside Jira */ }
}

// ---------------------------------------------------------------- start

async function reload() {
  const res = await api.request('GET', api.docPath());
  if (res.status === 200) {
    state.base = res.body;
    state.doc = clone(res.body);
    renderAll();
  }
  return res;
}

function renderMissing(message) {
  clear(root);
  const button = h('button', { type: 'button', class: 'pm-button pm-primary', id: 'pm-build' }, 'Build the draft now');
  const info = h('p', { role: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    info.textContent = 'Gathering comments, history and links from the issue…';
    let res;
    try { res = await api.request('POST', api.docPath()); } catch (e) { info.textContent = 'Could not reach the server.'; button.disabled = false; return; }
    if (res.status === 200 || res.status === 201) { start(); return; }
    info.textContent = errorText(res);
    button.disabled = false;
  });
  root.append(h('section', { class: 'pm-section' },
    h('p', { text: message }), button, info));
  document.getElementById('pm-app').setAttribute('aria-busy', 'false');
  setSaveState('saved');
  docStatusEl.textContent = 'No draft';
  resize();
}

async function start() {
  setSaveState('loading');
  let res;
  try {
    res = await api.request('GET', api.docPath());
  } catch (e) {
    const local = readLocal();
    if (local && local.doc) {
      state.base = local.base;
      state.doc = local.doc;
      renderAll();
      goOffline();
    } else {
      setSaveState('offline');
      setTimeout(start, 3000);
    }
    return;
  }
  if (res.status === 404) { renderMissing('There is no post-mortem draft for this incident yet. It is created when the incident is resolved, or now:'); return; }
  if (res.status !== 200) { setSaveState('error', errorText(res)); return; }
  const server = res.body;
  const local = readLocal();
  state.base = server;
  state.doc = clone(server);
  if (local && local.doc && local.base && !same(editable(local.doc), editable(local.base))) {
    if (local.base.version === server.version) {
      state.doc = local.doc; // unsaved work from last time: save it now
      state.doc.version = server.version;
      renderAll();
      save();
      return;
    }
    state.base = local.base;
    state.doc = local.doc;
    renderAll();
    startConflict(server);
    return;
  }
  renderAll();
  setSaveState('saved');
}

start();
