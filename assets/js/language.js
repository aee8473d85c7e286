/*
 * The language switch leads to the same page in the other language; on a page with anchors
 * (an event of the timeline, a partner) it keeps the one in the address, so that the reader
 * lands on the same event. Without a script the switch leads to the page's top.
 */
(function () {
  'use strict';
  var links = document.querySelectorAll('[data-language-switch]');
  Array.prototype.forEach.call(links, function (link) {
    link.addEventListener('click', function () {
      if (window.location.hash) {
        link.href = link.href.split('#')[0] + window.location.hash;
      }
    });
  });
}());
