// ombak report page behaviour: sortable and searchable key-accounts table, zoomable community
// map, and the four Vega-Lite plots drawn from the embedded report document.
// Data from the document is only ever put in the page through textContent or Vega (which
// renders text as SVG text nodes): never through innerHTML.
(function () {
  'use strict';

  // Vega's tableau10, the palette of the community swatches in report.css and of the map.
  var PALETTE = ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b',
                 '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];

  function readData() {
    var block = document.getElementById('ombak-data');
    return block ? JSON.parse(block.textContent) : {};
  }

  function arrayOf(x) { return Array.isArray(x) ? x : []; }
  function isNumber(x) { return typeof x === 'number' && isFinite(x); }

  // --- tables --------------------------------------------------------------------------------
  function sortKey(cell, numeric) {
    var raw = cell ? cell.getAttribute('data-sort') : null;
    if (raw === null) raw = cell ? cell.textContent : '';
    if (!numeric) return raw.toLowerCase();
    var value = parseFloat(raw);
    return isNaN(value) ? null : value;
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, column) {
      header.tabIndex = 0;
      header.classList.add('sort-header');
      var sort = function () {
        var numeric = header.getAttribute('data-type') === 'number';
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[column], numeric);
          var y = sortKey(b.cells[column], numeric);
          if (x === null || y === null) return (x === null) - (y === null);  // blanks last
          var order = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      };
      header.addEventListener('click', sort);
      header.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sort(); }
      });
    });
  }

  function setupFilter() {
    var input = document.getElementById('account-filter');
    var table = document.getElementById('accounts-table');
    var count = document.getElementById('account-count');
    if (!input || !table) return;
    input.addEventListener('input', function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = (row.getAttribute('data-search') || row.textContent).toLowerCase();
        row.hidden = query !== '' && text.indexOf(query) < 0;
        if (!row.hidden) shown += 1;
      });
      if (count) count.textContent = shown + ' of ' + table.tBodies[0].rows.length + ' accounts';
    });
  }

  // --- map -----------------------------------------------------------------------------------
  function setupMap() {
    var view = document.getElementById('map-view');
    var svg = view ? view.querySelector('svg') : null;
    if (!svg) return;
    var box = svg.viewBox && svg.viewBox.baseVal;
    var width = box && box.width ? box.width : svg.getBoundingClientRect().width;
    var height = box && box.height ? box.height : svg.getBoundingClientRect().height;
    var level = document.getElementById('map-zoom-level');
    var zoom = 1;
    var apply = function (next) {
      zoom = Math.min(20, Math.max(0.05, next));
      svg.setAttribute('width', String(width * zoom));
      svg.setAttribute('height', String(height * zoom));
      if (level) level.textContent = Math.round(zoom * 100) + '%';
    };
    var fit = function () {
      var available = view.clientWidth - 4;
      apply(available > 0 && width > 0 ? Math.min(1, available / width) : 1);
    };
    var bind = function (id, action) {
      var button = document.getElementById(id);
      if (button) button.addEventListener('click', action);
    };
    bind('map-zoom-in', function () { apply(zoom * 1.25); });
    bind('map-zoom-out', function () { apply(zoom / 1.25); });
    bind('map-zoom-fit', fit);
    view.addEventListener('wheel', function (event) {
      if (!event.ctrlKey) return;
      event.preventDefault();
      apply(zoom * (event.deltaY < 0 ? 1.1 : 1 / 1.1));
    }, { passive: false });
    fit();
  }

  // --- plots ---------------------------------------------------------------------------------
  function degreeSpec(data) {
    var dist = data.degree_distribution || {};
    var values = [];
    arrayOf(dist['in']).forEach(function (p) {
      values.push({ direction: 'in-degree (audience)', degree: p.degree, ccdf: p.ccdf });
    });
    arrayOf(dist.out).forEach(function (p) {
      values.push({ direction: 'out-degree (attention given)', degree: p.degree, ccdf: p.ccdf });
    });
    return {
      width: 460, height: 260,
      data: { values: values },
      mark: { type: 'line', point: true, clip: true },
      encoding: {
        x: { field: 'degree', type: 'quantitative', scale: { type: 'log' }, title: 'degree' },
        y: { field: 'ccdf', type: 'quantitative', scale: { type: 'log' },
             title: 'share of accounts with at least this degree' },
        color: { field: 'direction', type: 'nominal', title: null,
                 scale: { range: [PALETTE[0], PALETTE[1]] } },
        tooltip: [{ field: 'direction' }, { field: 'degree', type: 'quantitative' },
                  { field: 'ccdf', type: 'quantitative', format: '.3g' }]
      }
    };
  }

  function agreementSpec(data) {
    var agreement = data.agreement || {};
    var titles = {};
    arrayOf(data.measures).forEach(function (m) { titles[m.name] = m.title || m.name; });
    var names = arrayOf(agreement.measures).map(function (n) { return titles[n] || n; });
    var values = [];
    arrayOf(agreement.spearman).forEach(function (row, i) {
      arrayOf(row).forEach(function (rho, j) {
        values.push({ a: names[i], b: names[j], rho: isNumber(rho) ? rho : null });
      });
    });
    var axis = { field: null, type: 'nominal', sort: names, title: null };
    return {
      data: { values: values },
      encoding: {
        x: Object.assign({}, axis, { field: 'a', axis: { labelAngle: -30 } }),
        y: Object.assign({}, axis, { field: 'b' })
      },
      layer: [
        { mark: 'rect',
          encoding: { color: { field: 'rho', type: 'quantitative', title: 'Spearman',
                               scale: { domain: [-1, 1], scheme: 'redblue' } },
                      tooltip: [{ field: 'a', title: 'measure' }, { field: 'b', title: 'vs' },
                                { field: 'rho', type: 'quantitative', format: '.2f' }] } },
        { transform: [{ filter: 'isValid(datum.rho)' }],
          mark: { type: 'text', fontSize: 11 },
          encoding: { text: { field: 'rho', type: 'quantitative', format: '.2f' },
                      color: { condition: { test: 'abs(datum.rho) > 0.6', value: 'white' },
                               value: 'black' } } }
      ],
      width: { step: 64 }, height: { step: 32 }
    };
  }

  function reachSpec(data) {
    var seeds = data.seeds || {};
    var baseline = seeds.baseline || {};
    var recommended = 'recommended (' + (seeds.method || '?') + ')';
    var base = 'baseline (' + (baseline.method || '?') + ')';
    var values = [];
    arrayOf(seeds.reach_curve).forEach(function (p) {
      values.push({ plan: recommended, k: p.k, spread: p.spread, low: p.low, high: p.high });
    });
    arrayOf(baseline.reach_curve).forEach(function (p) {
      values.push({ plan: base, k: p.k, spread: p.spread, low: p.low, high: p.high });
    });
    var color = { field: 'plan', type: 'nominal', title: null,
                  scale: { domain: [recommended, base], range: [PALETTE[4], PALETTE[9]] } };
    return {
      width: 460, height: 280,
      data: { values: values },
      encoding: { x: { field: 'k', type: 'quantitative', title: 'number of seeds',
                       axis: { tickMinStep: 1 } } },
      layer: [
        { mark: { type: 'area', opacity: 0.25 },
          encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' },
                      color: color } },
        { mark: { type: 'line', point: true },
          encoding: { y: { field: 'spread', type: 'quantitative',
                           title: 'expected accounts reached' },
                      color: color,
                      tooltip: [{ field: 'plan' }, { field: 'k', title: 'seeds' },
                                { field: 'spread', type: 'quantitative', format: ',.0f' },
                                { field: 'low', type: 'quantitative', format: ',.0f' },
                                { field: 'high', type: 'quantitative', format: ',.0f' }] } }
      ]
    };
  }

  function communitiesSpec(data) {
    var list = arrayOf((data.communities || {}).list);
    var values = list.map(function (c) { return { community: String(c.id), size: c.size }; });
    var domain = values.map(function (v) { return v.community; });
    var range = list.map(function (c) { return PALETTE[Math.abs(c.id) % 10]; });
    return {
      width: { step: 28 }, height: 220,
      data: { values: values },
      mark: 'bar',
      encoding: {
        x: { field: 'community', type: 'nominal', sort: null, title: 'community',
             axis: { labelAngle: 0 } },
        y: { field: 'size', type: 'quantitative', title: 'accounts' },
        color: { field: 'community', type: 'nominal', legend: null,
                 scale: { domain: domain, range: range } },
        tooltip: [{ field: 'community' }, { field: 'size', type: 'quantitative', format: ',' }]
      }
    };
  }

  function showPlotError(element, error) {
    var message = document.createElement('p');
    message.className = 'plot-error';
    message.textContent = 'This plot could not be drawn: ' + (error && error.message);
    element.appendChild(message);
    console.error('ombak report plot ' + element.id + ':', error);
  }

  function drawPlots(data) {
    var plots = [['plot-degree', degreeSpec], ['plot-agreement', agreementSpec],
                 ['plot-reach', reachSpec], ['plot-communities', communitiesSpec]];
    plots.forEach(function (plot) {
      var element = document.getElementById(plot[0]);
      if (!element) return;
      if (typeof vegaEmbed !== 'function') {
        showPlotError(element, new Error('the plotting library is missing'));
        return;
      }
      var spec;
      try {
        spec = plot[1](data);
      } catch (error) {
        showPlotError(element, error);
        return;
      }
      vegaEmbed(element, spec, { mode: 'vega-lite', renderer: 'svg', actions: false, ast: true })
        .then(function () { element.setAttribute('data-rendered', 'true'); })
        .catch(function (error) { showPlotError(element, error); });
    });
  }

  var data = readData();
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
  setupFilter();
  setupMap();
  drawPlots(data);
})();
