// The settings form (templates/settings/form.html): reads GET /api/settings into it and saves it with PUT.
// Shared by the Connect configure page (settings-connect.js) and the Forge admin page (forge/static/ui): each passes
// the one thing that differs, how a request reaches the app. User text only ever goes into input values and
// textContent.

const LISTS = ['actionItemLabels', 'incidentIssueTypes', 'resolvedStatusIds'];
const TEXTS = ['confluenceSpaceKey', 'confluenceParentPageId', 'actionItemProject', 'actionItemIssueType', 'linkType', 'timezone'];

const FOLLOW_UP_NUMBERS = ['daysBeforeDue', 'unwrittenAfterBusinessDays', 'reviewAfterDays'];
const FOLLOW_UP_FLAGS = ['reminders', 'quietWeekends'];

function followUpField(f) {
  return `followUp${f.charAt(0).toUpperCase()}${f.slice(1)}`;
}

function split(v) {
  return v.split(',').map((x) => x.trim()).filter((x) => x);
}

/**
 * @param form the settings form element
 * @param call (method, body) => Promise<{ok, status, body}> with body the parsed JSON answer
 */
export function mountSettings(form, call) {
  const saved = form.querySelector('#saved');
  const errorList = form.querySelector('#errors');

  function show(s) {
    TEXTS.forEach((f) => { form.elements[f].value = s[f] == null ? '' : s[f]; });
    LISTS.forEach((f) => { form.elements[f].value = (s[f] || []).join(', '); });
    form.elements.defaultDueDays.value = s.defaultDueDays;
    const fu = s.followUp || {};
    FOLLOW_UP_FLAGS.forEach((f) => { form.elements[followUpField(f)].checked = !!fu[f]; });
    FOLLOW_UP_NUMBERS.forEach((f) => { form.elements[followUpField(f)].value = fu[f] == null ? '' : fu[f]; });
    form.elements.projects.value = s.projects && Object.keys(s.projects).length ? JSON.stringify(s.projects, null, 2) : '';
  }

  function errors(list) {
    errorList.textContent = '';
    list.forEach((m) => {
      const li = document.createElement('li');
      li.textContent = m;
      errorList.appendChild(li);
    });
  }

  call('GET').then((r) => {
    if (r.ok) show(r.body);
    else errors([(r.body && r.body.error) || `The settings could not be read (${r.status}).`]);
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    saved.textContent = '';
    const body = {};
    TEXTS.forEach((f) => { const v = form.elements[f].value.trim(); body[f] = v === '' ? null : v; });
    LISTS.forEach((f) => { body[f] = split(form.elements[f].value); });
    body.defaultDueDays = form.elements.defaultDueDays.value === '' ? null : Number(form.elements.defaultDueDays.value);
    body.followUp = {};
    FOLLOW_UP_FLAGS.forEach((f) => { body.followUp[f] = form.elements[followUpField(f)].checked; });
    FOLLOW_UP_NUMBERS.forEach((f) => {
      const v = form.elements[followUpField(f)].value;
      body.followUp[f] = v === '' ? null : Number(v);
    });
    try {
      body.projects = form.elements.projects.value.trim() ? JSON.parse(form.elements.projects.value) : {};
    } catch (x) {
      errors([`projects: not valid JSON (${x.message})`]);
      return;
    }
    call('PUT', body).then((r) => {
      if (r.ok) {
        show(r.body);
        errors([]);
        saved.textContent = 'Saved.';
      } else {
        const b = r.body || {};
        errors([b.error || `Not saved (${r.status}).`].concat(b.details || []));
      }
    });
  });
}

/** Turns a fetch-like Response into {ok, status, body}. */
export async function readAnswer(res) {
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  return { ok: res.status >= 200 && res.status < 300, status: res.status, body };
}
