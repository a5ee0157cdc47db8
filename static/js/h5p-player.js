/* The H5P player page, on the content origin (served as /player-static/h5p-player.js).
 *
 * Reads its options from <script type="application/json" id="h5p-player-config">, starts
 * h5p-standalone in this page (embedType "div": this page is already the isolated frame), and
 * tells the app page two things, by postMessage to the app origin only (never "*"):
 *   {type: "rightspath:h5p", version: 1, statement}        every xAPI statement
 *   {type: "rightspath:h5p-size", version: 1, height}      the content's height, to size the frame
 * It never talks to the app's server: the app page posts statements with the learner's session.
 */
(function () {
  "use strict";

  // H5P core reads and writes localStorage (its offline queue) without a guard. A framed page
  // of another site may not use storage at all (Chromium throws SecurityError when third-party
  // storage is blocked, as in incognito windows), and on a shared phone nothing of an activity
  // should stay behind anyway. So this page gets storage that lives in memory only.
  function memoryStorage() {
    var items = new Map();
    return {
      get length() {
        return items.size;
      },
      key: function (index) {
        var keys = Array.from(items.keys());
        return index >= 0 && index < keys.length ? keys[index] : null;
      },
      getItem: function (key) {
        key = String(key);
        return items.has(key) ? items.get(key) : null;
      },
      setItem: function (key, value) {
        items.set(String(key), String(value));
      },
      removeItem: function (key) {
        items.delete(String(key));
      },
      clear: function () {
        items.clear();
      },
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    } catch (error) {
      // The browser's own storage stays; H5P then uses it where it may.
    }
  });

  var node = document.getElementById("h5p-player-config");
  var container = document.getElementById("h5p-container");
  if (!node || !container) {
    return;
  }
  var config = JSON.parse(node.textContent);
  var appOrigin = config.appOrigin;
  var framed = window.parent && window.parent !== window;

  function post(message) {
    if (framed && typeof appOrigin === "string" && appOrigin) {
      window.parent.postMessage(message, appOrigin);
    }
  }

  function showError() {
    var error = document.querySelector("[data-h5p-player-error]");
    if (error) {
      error.hidden = false;
    }
  }

  var lastHeight = 0;
  function reportSize() {
    var height = Math.ceil(container.getBoundingClientRect().height);
    if (height > 0 && height !== lastHeight) {
      lastHeight = height;
      post({ type: "rightspath:h5p-size", version: 1, height: height });
    }
  }

  if (typeof window.ResizeObserver === "function") {
    new window.ResizeObserver(reportSize).observe(container);
  }
  window.addEventListener("load", reportSize);

  if (!window.H5PStandalone || typeof window.H5PStandalone.H5P !== "function") {
    showError();
    return;
  }

  new window.H5PStandalone.H5P(container, config.options).then(
    function () {
      window.H5P.externalDispatcher.on("xAPI", function (event) {
        var statement = event && event.data && event.data.statement;
        if (statement && typeof statement === "object") {
          // A plain copy: structured cloning must not meet H5P's own objects.
          post({ type: "rightspath:h5p", version: 1, statement: JSON.parse(JSON.stringify(statement)) });
        }
      });
      reportSize();
    },
    function (error) {
      if (window.console) {
        window.console.error("The H5P player could not start:", error);
      }
      showError();
      reportSize();
    }
  );
})();
