<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#assign labels = site.labels>
<#assign filters = site.timeline.filters>
<@layout.page scripts=["js/timeline.js"]>
<div class="tjmc-prose">
  <h1>${content.title}</h1>
  <@c.body content=content photos=site.pages[content.uri].photos/><#nt>
</div>
<#-- Hidden until js/timeline.js runs: without it every event shows and there is no dead control.
     The script finds its elements by the data-timeline* attributes, never by the styling classes. -->
<form class="tjmc-filters" data-timeline-filters aria-labelledby="filters-heading" hidden>
  <h2 class="tjmc-filters__heading" id="filters-heading">${labels.filterHeading}</h2>
  <div class="tjmc-filters__fields">
    <@c.filterSelect name="country" label=labels.filterCountry allLabel=labels.filterAll options=filters.countries/>
    <@c.filterSelect name="kind" label=labels.filterKind allLabel=labels.filterAll options=filters.kinds/>
    <@c.filterSelect name="decade" label=labels.filterDecade allLabel=labels.filterAll options=filters.decades/>
    <button class="tjmc-button" type="reset">${labels.filterReset}</button>
  </div>
  <p class="tjmc-filters__count" role="status" data-timeline-count="${labels.filterCount}"></p>
</form>
<div class="tjmc-timeline" data-timeline>
<#list site.timeline.years as year>
  <section class="tjmc-timeline__year" data-timeline-year id="${year.id}" aria-labelledby="${year.id}-heading">
    <h2 class="tjmc-timeline__heading" id="${year.id}-heading">${year.year}</h2>
    <#list year.events as event>
    <@c.event event=event headingLevel=3/>
    </#list>
  </section>
</#list>
</div>
</@layout.page>
