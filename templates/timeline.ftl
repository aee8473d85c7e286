<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#assign site = layout.site>
<#assign labels = site.labels>
<#assign filters = site.timeline.filters>
<@layout.page scripts=["js/timeline.js"]>
<div class="tjmc-prose">
  <h1>${content.title}</h1>
  <@c.body content=content/><#nt>
</div>
<#-- Hidden until js/timeline.js runs: without it every event shows and there is no dead control. -->
<form class="tjmc-filters" id="timeline-filters" aria-labelledby="filters-heading" hidden>
  <h2 class="tjmc-filters__heading" id="filters-heading">${labels.filter_heading}</h2>
  <div class="tjmc-filters__fields">
    <@c.filterSelect name="country" label=labels.filter_country allLabel=labels.filter_all options=filters.countries/>
    <@c.filterSelect name="kind" label=labels.filter_kind allLabel=labels.filter_all options=filters.kinds/>
    <@c.filterSelect name="decade" label=labels.filter_decade allLabel=labels.filter_all options=filters.decades/>
    <button class="tjmc-button" type="reset">${labels.filter_reset}</button>
  </div>
  <p class="tjmc-filters__count" role="status" data-label="${labels.filter_count}"></p>
</form>
<div class="tjmc-timeline">
<#list site.timeline.years as year>
  <section class="tjmc-timeline__year" id="${year.id}" aria-labelledby="${year.id}-heading">
    <h2 class="tjmc-timeline__heading" id="${year.id}-heading">${year.year}</h2>
    <#list year.events as event>
    <@c.event event=event headingLevel=3/>
    </#list>
  </section>
</#list>
</div>
</@layout.page>
