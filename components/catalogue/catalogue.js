/* Catalogue filters: progressive enhancement of the full practice table (rows with
   data-country) and of other filterable lists (items with data-kb-item, e.g. the
   research index by review status). Without JavaScript the form stays hidden and
   every row is shown. */
(function () {
  "use strict";
  function setup(root) {
    var form = root.querySelector("form.kb-filters");
    var rows = Array.prototype.slice.call(root.querySelectorAll("tbody tr[data-country], [data-kb-item]"));
    var status = root.querySelector("[data-kb-shown]");
    if (!form || !rows.length) { return; }
    form.hidden = false;
    function apply() {
      var wanted = {};
      Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
        if (select.value) { wanted[select.name] = select.value; }
      });
      var shown = 0;
      rows.forEach(function (row) {
        var ok = Object.keys(wanted).every(function (name) {
          return (" " + (row.getAttribute("data-" + name) || "") + " ").indexOf(" " + wanted[name] + " ") !== -1;
        });
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (status) {
        status.textContent = status.getAttribute("data-template")
          .replace("{n}", String(shown)).replace("{total}", String(rows.length));
      }
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    apply();
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-kb-catalogue]"), setup);
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
