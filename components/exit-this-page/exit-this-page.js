/* Exit this page (after the GOV.UK Design System component): the button or three presses
   of Shift within 5 seconds blank the page at once and replace it by a neutral site.
   A pageshow handler removes the overlay when the reader comes back with Back. */
(function () {
  "use strict";
  var SHIFT_PRESSES = 3;
  var WINDOW_MS = 5000;
  var presses = [];

  function overlay() {
    return document.querySelector("[data-kb-exit-overlay]");
  }

  function leave(url) {
    var veil = overlay();
    if (veil) {
      veil.hidden = false;
    }
    document.documentElement.classList.add("kb-exit--active");
    var status = document.querySelector("[data-kb-exit-status]");
    if (status) {
      status.textContent = status.getAttribute("data-activated");
    }
    window.location.replace(url);
  }

  function exitUrl() {
    var link = document.querySelector("a[data-kb-exit]");
    return link ? link.href : "https://www.wikipedia.org/";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-kb-exit]");
    if (!link) {
      return;
    }
    event.preventDefault();
    leave(link.href);
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      leave(exitUrl());
    }
  });

  // The hidden exit link comes first in the tab order, before Material's own
  // "skip to content" link, which the templates place ahead of the header.
  var skiplink = document.querySelector(".kb-exit__skiplink");
  if (skiplink && document.body.firstElementChild !== skiplink) {
    document.body.insertBefore(skiplink, document.body.firstChild);
  }

  window.addEventListener("pageshow", function () {
    var veil = overlay();
    if (veil) {
      veil.hidden = true;
    }
    document.documentElement.classList.remove("kb-exit--active");
    presses = [];
  });
})();
