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
  mark();
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
})();
