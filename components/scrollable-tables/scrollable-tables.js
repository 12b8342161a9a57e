/* Wide tables scroll sideways on a phone. A keyboard user must be able to reach
 * and scroll them (WCAG 2.1.1; axe `scrollable-region-focusable`). Material wraps
 * each table in `.md-typeset__scrollwrap` from its own script, so the wrappers
 * are marked when they appear: a tab stop, and the nearest heading as their name.
 */
(function () {
  "use strict";
  function heading(element) {
    for (var node = element.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[1-6]$/.test(node.tagName) && node.id) return node;
    }
    return null;
  }
  function mark() {
    var wraps = document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])");
    for (var i = 0; i < wraps.length; i++) {
      var wrap = wraps[i];
      wrap.setAttribute("tabindex", "0");
      var title = heading(wrap);
      if (title) {
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-labelledby", title.id);
      }
    }
  }
  // True while a content table is not yet inside a marked wrapper.
  function pending() {
    var tables = document.querySelectorAll(".md-typeset table:not([class])");
    for (var i = 0; i < tables.length; i++) {
      if (!tables[i].closest(".md-typeset__scrollwrap[tabindex]")) return true;
    }
    return false;
  }
  mark();
  if (!pending()) return;
  // Watch only until every table is wrapped and marked, not for the page's lifetime.
  var observer = new MutationObserver(function () {
    mark();
    if (!pending()) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
})();
