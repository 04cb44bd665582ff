// The review inbox by keyboard: on a row, c confirms, e goes to its category, d deletes, j and k
// (or the arrows) move between rows. After an action the page comes back with the next row named,
// and focus starts there.
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.review tbody tr'));
  if (!rows.length) { return; }
  var start = document.querySelector('table.review tr[data-focus]') || rows[0];
  start.focus();
  function move(row, step) {
    var next = rows[rows.indexOf(row) + step];
    if (next) { next.focus(); }
  }
  rows.forEach(function (row) {
    row.addEventListener('keydown', function (event) {
      if (event.target !== row || event.ctrlKey || event.metaKey || event.altKey) { return; }
      var key = event.key;
      if (key === 'c') { row.querySelector('button.confirm').click(); }
      else if (key === 'd') { row.querySelector('button.delete').click(); }
      else if (key === 'e') { row.querySelector('select.category').focus(); }
      else if (key === 'j' || key === 'ArrowDown') { move(row, 1); }
      else if (key === 'k' || key === 'ArrowUp') { move(row, -1); }
      else { return; }
      event.preventDefault();
    });
  });
})();
