/*
 * Timeline filters, an enhancement only: without this script every event shows and the
 * filter form stays hidden. Filters by country, kind and decade (the data-* attributes of
 * each event), hides years left empty, says how many events show in a live region (filling
 * the {n} of the count's data-count-template, the label from data/labels.yaml), and
 * keeps the choice in the address (?country=germany) so a filtered view can be shared.
 *
 * The order: the page holds the timeline twice, newest first and oldest first, and the
 * stylesheet shows the second while #oldest-first is in the address. This script filters both
 * and marks the link of the order shown with aria-current.
 */
(function () {
  'use strict';
  // Elements are found by their data-timeline* attributes; the classes are for styling only.
  var form = document.querySelector('[data-timeline-filters]');
  var timelines = Array.prototype.slice.call(document.querySelectorAll('[data-timeline]'));
  if (!form || !timelines.length || !window.URLSearchParams || !window.history.replaceState || !window.CSS || !CSS.escape) {
    return;
  }
  var names = ['country', 'kind', 'decade'];
  // An event is what carries a value for every filter.
  var eventSelector = names.map(function (name) {
    return '[data-' + name + ']';
  }).join('');
  function all(selector) {
    return timelines.reduce(function (found, timeline) {
      return found.concat(Array.prototype.slice.call(timeline.querySelectorAll(selector)));
    }, []);
  }
  var events = all(eventSelector);
  var years = all('[data-timeline-year]');
  // Each order holds every event: count those of one.
  var counted = Array.prototype.slice.call(timelines[0].querySelectorAll(eventSelector));
  var count = form.querySelector('[data-timeline-count]');
  var countTemplate = count.getAttribute('data-count-template');

  function chosen() {
    var values = {};
    names.forEach(function (name) {
      values[name] = form.elements[name].value;
    });
    return values;
  }

  function apply() {
    var values = chosen();
    events.forEach(function (event) {
      event.hidden = !names.every(function (name) {
        return !values[name] || event.getAttribute('data-' + name) === values[name];
      });
    });
    var shown = counted.filter(function (event) {
      return !event.hidden;
    }).length;
    years.forEach(function (year) {
      year.hidden = !year.querySelector(eventSelector + ':not([hidden])');
    });
    // The label says where the number goes ("Events shown: {n}", "共 {n} 项"): no word is glued to it here.
    count.textContent = countTemplate.split('{n}').join(String(shown));
    return values;
  }

  function remember(values) {
    var params = new URLSearchParams();
    names.forEach(function (name) {
      if (values[name]) {
        params.set(name, values[name]);
      }
    });
    var query = params.toString();
    try {
      window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    } catch (refused) {
      // Opened from disk, some browsers refuse to change the address; the filters still work.
    }
  }

  // A filter given in the address applies only if it is one of the select's options.
  var params = new URLSearchParams(window.location.search);
  names.forEach(function (name) {
    var select = form.elements[name];
    var value = params.get(name);
    if (value && select.querySelector('option[value="' + CSS.escape(value) + '"]')) {
      select.value = value;
    }
  });

  form.addEventListener('change', function () {
    remember(apply());
  });
  // The reset button restores the selects after this event; filter once it has.
  form.addEventListener('reset', function () {
    window.setTimeout(function () {
      remember(apply());
    }, 0);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });

  var orderLinks = Array.prototype.slice.call(document.querySelectorAll('[data-timeline-order] a[href^="#"]'));

  function order() {
    var oldest = window.location.hash === '#oldest-first';
    orderLinks.forEach(function (link) {
      if ((link.getAttribute('href') === '#oldest-first') === oldest) {
        link.setAttribute('aria-current', 'true');
      } else {
        link.removeAttribute('aria-current');
      }
    });
  }

  order();
  window.addEventListener('hashchange', order);

  apply();
  // A link to one event (timeline.html#id) must show it, whatever the address's filters say.
  var target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  if (target && target.hidden) {
    form.reset();
    remember(apply());
  }
  form.hidden = false;
  // Revealing the form moved the events down: bring the linked one back into view.
  if (target) {
    target.scrollIntoView();
  }
}());
