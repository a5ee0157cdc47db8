/*
 * Keeps the site readable without a connection: the shell (styles, scripts, the "kept on
 * this phone" page), and the guides, glossary and directory pages the reader opened or saved,
 * in a cache per language. Pages that are private (signed-in pages) are never kept.
 * Version __VERSION__.
 */
"use strict";

var SHELL = "rp-shell-__VERSION__";
var LANGUAGES = {{ languages|safe }};
var OFFLINE_URLS = {{ offline_urls|safe }};
var SHELL_URLS = {{ shell_urls|safe }};
var STATIC_PREFIX = {{ static_prefix|safe }};
var KEEP_OPENED = {{ keep_opened }};

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(SHELL).then(function (cache) {
      return cache.addAll(SHELL_URLS);
    }).then(function () {
      return self.skipWaiting();
    })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("rp-shell-") === 0 && name !== SHELL;
      }).map(function (name) {
        return caches.delete(name);
      }));
    }).then(function () {
      return self.clients.claim();
    })
  );
});

function languageOf(url) {
  var first = url.pathname.split("/")[1];
  return LANGUAGES.indexOf(first) >= 0 ? first : null;
}

function worthKeeping(response) {
  if (!response || !response.ok || response.type !== "basic") {
    return false;
  }
  if (/no-store|private/.test(response.headers.get("Cache-Control") || "")) {
    return false;
  }
  return response.headers.get("X-Offline") === "keep";
}

function remember(language, request, response) {
  return caches.open("rp-opened-" + language).then(function (cache) {
    return cache.delete(request).then(function () {
      return cache.put(request, response);
    }).then(function () {
      return cache.keys();
    }).then(function (keys) {
      // Oldest first: forget what was opened longest ago.
      return Promise.all(keys.slice(0, Math.max(0, keys.length - KEEP_OPENED)).map(function (key) {
        return cache.delete(key);
      }));
    });
  });
}

function page(event, url) {
  var language = languageOf(url);
  return fetch(event.request).then(function (response) {
    if (language && worthKeeping(response)) {
      event.waitUntil(remember(language, event.request, response.clone()));
    }
    return response;
  }).catch(function () {
    return caches.match(event.request).then(function (kept) {
      return kept || caches.match(OFFLINE_URLS[language || LANGUAGES[0]]);
    });
  });
}

function asset(event) {
  return caches.match(event.request).then(function (kept) {
    return kept || fetch(event.request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        event.waitUntil(caches.open(SHELL).then(function (cache) {
          return cache.put(event.request, copy);
        }));
      }
      return response;
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(event, url));
  } else if (url.pathname.indexOf(STATIC_PREFIX) === 0) {
    event.respondWith(asset(event));
  }
});
