// The rule form without clutter: each condition and action row shows only the inputs its kind
// uses. Without JavaScript every input shows, and the form works the same.
(function () {
  var uses = {
    NOTE: ['text'], AMOUNT: ['amount'], TYPE: ['type'], WALLET: ['ref'], CATEGORY: ['ref'],
    TAG: ['ref'], DAY_OF_MONTH: ['day', 'range'], IMPORTED: ['imported'],
    SET_CATEGORY: ['category'], ADD_TAGS: ['tags'], REMOVE_TAGS: ['tags'],
    SET_NOTE: ['note'], APPEND_NOTE: ['note']
  };
  function wanted(kind) {
    var parts = kind.split(':');
    var list = (uses[parts[0]] || []).slice();
    if (parts[1] === 'BETWEEN') { list.push('range'); }
    if (parts[1] === 'EMPTY' || parts[1] === 'NONE') { list = []; }
    return list;
  }
  function update(row) {
    var select = row.querySelector('select.kind');
    var list = wanted(select.value);
    row.querySelectorAll('[data-for]').forEach(function (box) {
      var show = box.getAttribute('data-for').split(' ').some(function (t) { return list.indexOf(t) >= 0; });
      box.hidden = !show;
    });
    var refs = row.querySelector('select[name$=".refs"]');
    if (refs) { refs.multiple = select.value === 'WALLET:ONE_OF'; }
  }
  document.querySelectorAll('.rule-form .condition').forEach(function (row) {
    update(row);
    row.querySelector('select.kind').addEventListener('change', function () { update(row); });
  });
})();
