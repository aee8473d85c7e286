<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#-- the page's view: content.page is the English page's name, for every language (the bake sets it) -->
<#assign view = site.pages[content.page]>
<#assign labels = site.labels>
<#assign filters = site.timeline.filters>
<@layout.page scripts=["js/timeline.js", "js/language.js"]>
<div class="tjmc-prose">
  <h1<#if view.textLang??> lang="${view.textLang}"</#if>>${content.title}</h1>
  <@c.body content=content photos=view.photos lang=view.textLang!""/><#nt>
</div>
<#-- Hidden until js/timeline.js runs: without it every event shows and there is no dead control.
     The script finds its elements by the data-timeline* attributes, never by the styling classes. -->
<form class="tjmc-filters" data-timeline-filters aria-labelledby="filters-heading" hidden>
  <h2 class="tjmc-filters__heading" id="filters-heading">${labels.filter_heading}</h2>
  <div class="tjmc-filters__fields">
    <@c.filterSelect name="country" label=labels.filter_country allLabel=labels.filter_all options=filters.countries/>
    <@c.filterSelect name="kind" label=labels.filter_kind allLabel=labels.filter_all options=filters.kinds/>
    <@c.filterSelect name="decade" label=labels.filter_decade allLabel=labels.filter_all options=filters.decades/>
    <button class="tjmc-button" type="reset">${labels.filter_reset}</button>
  </div>
  <p class="tjmc-filters__count" role="status" data-timeline-count data-count-template="${labels.filter_count}"></p>
</form>
<#-- Two lists, both made by the model: newest first (the default, the one with the events' ids, so
     timeline.html#event-id has one target) and oldest first. The stylesheet shows the second only while
     #oldest-first is the page's target and hides the other, so reading and Tab order follow the order
     shown, with a script or without; js/timeline.js filters both and marks the current order's link. -->
<span class="tjmc-order-target" id="newest-first"></span>
<span class="tjmc-order-target tjmc-order-target--oldest" id="oldest-first"></span>
<p class="tjmc-order" data-timeline-order>${labels.timeline_order}
  <a class="tjmc-order__link tjmc-order__link--newest" href="#newest-first">${labels.newest_first}</a>
  <a class="tjmc-order__link tjmc-order__link--oldest" href="#oldest-first">${labels.oldest_first}</a>
</p>
<@timeline years=site.timeline.years modifier="newest" anchored=true/>
<@timeline years=site.timeline.oldestFirst modifier="oldest" anchored=false/>
</@layout.page>

<#macro timeline years modifier anchored>
<div class="tjmc-timeline tjmc-timeline--${modifier}" data-timeline="${modifier}">
<#list years as year>
  <section class="tjmc-timeline__year" data-timeline-year id="${year.id}" aria-labelledby="${year.id}-heading">
    <h2 class="tjmc-timeline__heading" id="${year.id}-heading">${year.year}</h2>
    <div class="tjmc-timeline__events" data-timeline-events>
    <#list year.events as event>
    <@c.event event=event headingLevel=3 anchored=anchored/>
    </#list>
    </div>
  </section>
</#list>
</div>
</#macro>
