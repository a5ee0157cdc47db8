/*
 * Offline reading on this phone: registers the service worker, saves a guide for offline,
 * lists what is kept, low-data mode, and "clear what this phone kept". Every control here
 * is hidden until this script shows it, so without JavaScript nothing is offered that
 * cannot work.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  var language = root.lang || "en";
  var hasCaches = "caches" in window && "serviceWorker" in navigator;

  function each(selector, callback) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), callback);
  }

  function say(element, text) {
    if (element) {
      element.textContent = text;
    }
  }

  // Not on the page that confirms clearing: that would start keeping things again at once.
  if (hasCaches && !document.querySelector("[data-phone-cleared]")) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {
      /* Not available (for example a private window): pages still work online. */
    });
  }

  // "Save for offline" on a guide.
  each("[data-save-offline]", function (box) {
    if (!hasCaches) {
      return;
    }
    var button = box.querySelector("button");
    var status = box.querySelector("[role=status]");
    var url = location.pathname;
    var cacheName = "rp-saved-" + language;
    box.hidden = false;
    caches.open(cacheName).then(function (cache) {
      return cache.match(url);
    }).then(function (kept) {
      if (kept) {
        button.disabled = true;
        say(status, box.dataset.savedText);
      }
    });
    button.addEventListener("click", function () {
      button.disabled = true;
      caches.open(cacheName).then(function (cache) {
        return cache.add(url);
      }).then(function () {
        say(status, box.dataset.savedText);
      }).catch(function () {
        button.disabled = false;
        say(status, box.dataset.failedText);
      });
    });
  });

  // Low-data mode: remembered on this device only.
  each("[data-low-data-toggle]", function (button) {
    button.hidden = false;
    function show() {
      button.setAttribute("aria-pressed", root.hasAttribute("data-low-data") ? "true" : "false");
    }
    show();
    button.addEventListener("click", function () {
      var on = !root.hasAttribute("data-low-data");
      try {
        if (on) {
          localStorage.setItem("rp-low-data", "1");
        } else {
          localStorage.removeItem("rp-low-data");
        }
      } catch (error) {
        /* Storage blocked: the choice lasts for this page only. */
      }
      if (on) {
        root.setAttribute("data-low-data", "");
      } else {
        root.removeAttribute("data-low-data");
      }
      show();
    });
  });

  each("[data-image-load]", function (button) {
    button.addEventListener("click", function () {
      var image = button.parentNode.querySelector("img");
      if (image) {
        image.setAttribute("data-shown", "");
      }
      button.remove();
    });
  });

  // The "kept on this phone" page: what is kept, and a notice when it stands in for a page
  // that was not kept.
  each("[data-offline-notice]", function (notice) {
    if (location.pathname !== notice.dataset.ownPath || !navigator.onLine) {
      notice.hidden = false;
    }
  });

  function titleOf(response) {
    return response.text().then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var heading = page.querySelector("h1");
      return (heading && heading.textContent.trim()) || page.title;
    });
  }

  each("[data-kept-list]", function (list) {
    if (!hasCaches) {
      return;
    }
    var cacheName = "rp-" + list.dataset.keptList + "-" + language;
    caches.open(cacheName).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.reverse().map(function (request) {
          return cache.match(request).then(titleOf).then(function (title) {
            return { url: new URL(request.url).pathname, title: title };
          });
        }));
      });
    }).then(function (pages) {
      var own = location.pathname;
      pages = pages.filter(function (page) {
        return page.url !== own;
      });
      list.parentNode.hidden = false;
      if (!pages.length) {
        return;
      }
      list.textContent = "";
      pages.forEach(function (page) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title;
        item.appendChild(link);
        list.appendChild(item);
      });
    });
  });

  // Clear what this phone kept: caches, saved guides, preferences and the service worker.
  // The form also works without JavaScript: the server answers with Clear-Site-Data.
  each("form[data-clear-phone]", function (form) {
    form.addEventListener("submit", function (event) {
      if (!hasCaches) {
        return;
      }
      event.preventDefault();
      var jobs = [
        caches.keys().then(function (names) {
          return Promise.all(names.map(function (name) {
            return caches.delete(name);
          }));
        }),
        navigator.serviceWorker.getRegistrations().then(function (registrations) {
          return Promise.all(registrations.map(function (registration) {
            return registration.unregister();
          }));
        }),
      ];
      try {
        localStorage.clear();
        sessionStorage.clear();
      } catch (error) {
        /* Nothing stored. */
      }
      root.removeAttribute("data-low-data");
      Promise.all(jobs).then(function () {
        form.submit();
      }, function () {
        form.submit();
      });
    });
  });
})();
