<#ftl output_format="HTML">
<#--
  Small components shared by page templates. Import with
    <#import "components.ftl" as c>
  Each takes the ready-made values the model provides (see TemplateModel.java).
-->

<#-- One timeline event as an article. headingLevel: 2 on the home page, 3 under a year heading. -->
<#macro event event headingLevel=3 linkTitle=false>
<article class="tjmc-event" id="${event.id}" data-country="${event.countryId}" data-kind="${event.kind}" data-decade="${event.decade}">
  <p class="tjmc-event__meta"><time datetime="${event.iso}">${event.display}</time> · <span class="tjmc-event__kind">${event.kindLabel}</span> · ${event.country}</p>
  <h${headingLevel} class="tjmc-event__title"><#if linkTitle><a href="${event.href}">${event.title}</a><#else>${event.title}</#if></h${headingLevel}>
  <p class="tjmc-event__description">${event.description}</p>
  <#if event.people?has_content>
  <ul class="tjmc-event__people">
    <#list event.people as person>
    <li><span class="tjmc-event__person">${person.name}</span>, ${person.role}</li>
    </#list>
  </ul>
  </#if>
  <#if event.institutions?has_content>
  <p class="tjmc-event__institutions"><#list event.institutions as institution><a href="${institution.href}">${institution.name}</a><#sep>, </#sep></#list></p>
  </#if>
</article>
</#macro>

<#-- A short list of events, each linking to its place in the timeline. -->
<#macro eventLinks events>
<ul class="tjmc-event-links">
  <#list events as event>
  <li><a href="${event.href}">${event.title}</a> <time datetime="${event.iso}">${event.display}</time></li>
  </#list>
</ul>
</#macro>
