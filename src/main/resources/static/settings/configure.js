// The configure page's script (a file, so its Content-Security-Policy needs no 'unsafe-inline'): reads and
// writes /api/settings with the session token the page carries, or a fresh context token from AP.
(function () {
  var form = document.getElementById('settings');
  var sessionToken = form.getAttribute('data-token');
  var lists = ['actionItemLabels', 'incidentIssueTypes', 'resolvedStatusIds'];
  var texts = ['confluenceSpaceKey', 'confluenceParentPageId', 'actionItemProject', 'actionItemIssueType', 'linkType', 'timezone'];

  function token() {
    return new Promise(function (resolve) {
      if (window.AP && AP.context && AP.context.getToken) {
        AP.context.getToken(function (t) { resolve(t || sessionToken); });
      } else { resolve(sessionToken); }
    });
  }
  function call(method, body) {
    return token().then(function (t) {
      return fetch('/api/settings', { method: method, headers: { 'Authorization': 'JWT ' + t, 'Content-Type': 'application/json',
        'Accept': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    });
  }
  function show(s) {
    texts.forEach(function (f) { form.elements[f].value = s[f] == null ? '' : s[f]; });
    lists.forEach(function (f) { form.elements[f].value = (s[f] || []).join(', '); });
    form.elements.defaultDueDays.value = s.defaultDueDays;
    form.elements.projects.value = s.projects && Object.keys(s.projects).length ? JSON.stringify(s.projects, null, 2) : '';
  }
  function errors(list) {
    var ul = document.getElementById('errors'); ul.textContent = '';
    list.forEach(function (m) { var li = document.createElement('li'); li.textContent = m; ul.appendChild(li); });
  }
  function split(v) { return v.split(',').map(function (x) { return x.trim(); }).filter(function (x) { return x; }); }

  call('GET').then(function (r) { return r.json(); }).then(show);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    document.getElementById('saved').textContent = '';
    var body = {};
    texts.forEach(function (f) { var v = form.elements[f].value.trim(); body[f] = v === '' ? null : v; });
    lists.forEach(function (f) { body[f] = split(form.elements[f].value); });
    body.defaultDueDays = form.elements.defaultDueDays.value === '' ? null : Number(form.elements.defaultDueDays.value);
    try { body.projects = form.elements.projects.value.trim() ? JSON.parse(form.elements.projects.value) : {}; }
    catch (x) { errors(['projects: not valid JSON (' + x.message + ')']); return; }
    call('PUT', body).then(function (r) {
      return r.json().then(function (j) {
        if (r.ok) { show(j); errors([]); document.getElementById('saved').textContent = 'Saved.'; }
        else { errors([j.error].concat(j.details || [])); }
      });
    });
  });
})();
