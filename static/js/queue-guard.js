/*
 * Loaded on every page for a signed-in person (base.html). Signing out clears this phone's
 * storage (the server sends Clear-Site-Data), and so does "Clear what this phone kept": if
 * attendance marks are still waiting to be sent (attendance.js keeps them in localStorage),
 * ask first. Also shows the warning on the "this phone" page while marks are waiting.
 */
(function () {
  "use strict";

  if (window.rightspathQueueGuard) {
    return;
  }
  window.rightspathQueueGuard = true;

  var KEY = "rp-attendance-queue";
  var script = document.currentScript;
  var signOutWarning = (script && script.getAttribute("data-sign-out-warning")) || "";
  var clearWarning = (script && script.getAttribute("data-clear-warning")) || signOutWarning;

  function waiting() {
    if (typeof window.rightspathAttendanceWaiting === "function") {
      return window.rightspathAttendanceWaiting();
    }
    try {
      var queue = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(queue) ? queue.length : 0;
    } catch (error) {
      return 0;
    }
  }

  function isSignOut(form) {
    try {
      var path = new URL(form.getAttribute("action") || "", location.href).pathname;
      return /\/accounts\/logout\/$/.test(path);
    } catch (error) {
      return false;
    }
  }

  // Capture phase: runs before any other submit handler (offline.js clears on submit).
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!form || form.tagName !== "FORM") {
        return;
      }
      var signOut = isSignOut(form);
      if (!signOut && !form.hasAttribute("data-clear-phone")) {
        return;
      }
      if (waiting() && !window.confirm(signOut ? signOutWarning : clearWarning)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true
  );

  function showNotes() {
    var count = waiting();
    Array.prototype.forEach.call(document.querySelectorAll("[data-queue-waiting]"), function (note) {
      note.hidden = !count;
    });
  }
  showNotes();
  window.addEventListener("storage", showNotes);
})();
