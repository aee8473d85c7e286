// Served by the preview server only (never baked into the site): reloads the page when
// the preview reports a bake other than the one this page came from.
(function () {
  'use strict';
  var shown = new URL(document.currentScript.src).searchParams.get('bake');
  var events = new EventSource('/_preview/events');
  events.addEventListener('bake', function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
}());
