<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#-- the page's view: content.page is the English page's name, for every language (the bake sets it) -->
<#assign view = site.pages[content.page]>
<@layout.page scripts=["js/language.js"]>
<div class="tjmc-prose">
  <h1<#if view.textLang??> lang="${view.textLang}"</#if>>${content.title}</h1>
  <@c.body content=content photos=view.photos lang=view.textLang!""/><#nt>
</div>
<h2>${site.labels.partners_heading}</h2>
<ul class="tjmc-jump-links">
  <#list site.partnersByCountry as country>
  <li><a href="#${country.id}">${country.country}</a></li>
  </#list>
</ul>
<#list site.partnersByCountry as country>
<section class="tjmc-country" id="${country.id}" aria-labelledby="${country.id}-heading">
  <h3 id="${country.id}-heading">${country.country}</h3>
  <ul class="tjmc-partners">
  <#list country.partners as partner>
    <li class="tjmc-partner" id="${partner.id}">
      <h4 class="tjmc-partner__name"<#if partner.lang??> lang="${partner.lang}"</#if>>${partner.name}<#if partner.shortName??> (${partner.shortName})</#if></h4>
      <#if partner.intercollegiateAgreement>
      <p class="tjmc-partner__agreement">${site.labels.intercollegiate_agreement}</p>
      </#if>
      <#if partner.photo??>
      <@c.photo photo=partner.photo/>
      </#if>
      <#if partner.events?has_content>
      <@c.eventLinks events=partner.events/>
      </#if>
    </li>
  </#list>
  </ul>
</section>
</#list>
</@layout.page>
