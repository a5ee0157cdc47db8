/*
 * Quick exit ("Exit this page"): the button, or Shift pressed three times, blanks the page
 * at once and replaces the current history entry with an ordinary site, so the back button
 * does not lead here. Without JavaScript the button is a plain link.
 */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var hint = document.querySelector("[data-quick-exit-hint]");
  if (hint) {
    hint.hidden = false;
  }
  var leaving = false;

  function exitNow(event) {
    if (event) {
      event.preventDefault();
    }
    if (leaving) {
      return;
    }
    leaving = true;
    document.documentElement.classList.add("quick-exit-active");
    document.title = "";
    window.location.replace(link.href);
  }

  link.addEventListener("click", exitNow);

  var presses = 0;
  var resetTimer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      return;
    }
    if (event.repeat) {
      return;
    }
    presses += 1;
    window.clearTimeout(resetTimer);
    resetTimer = window.setTimeout(function () {
      presses = 0;
    }, 1000);
    if (presses >= 3) {
      presses = 0;
      exitNow();
    }
  });
})();
