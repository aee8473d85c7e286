<#ftl output_format="HTML">
<#--
  Small components shared by page templates. Import with
    <#import "components.ftl" as c>
  Each takes view records of the model (tools/.../model/SiteView.java) as they are.
  Each has named examples in tools/src/test/.../templates/ComponentExamples.java, rendered
  and checked by ComponentsTest; a new macro needs examples there, or that test fails.
-->

<#-- One timeline event as an article. headingLevel: 2 on the home page, 3 under a year heading. -->
<#-- anchored=false leaves out the id: for a second copy of an event on one page (the timeline's other order). -->
<#macro event event headingLevel=3 linkTitle=false anchored=true>
<article class="tjmc-event"<#if anchored> id="${event.id}"</#if> data-country="${event.countryId}" data-kind="${event.kind}" data-decade="${event.decade}">
  <p class="tjmc-event__meta"><time datetime="${event.iso}">${event.display}</time> · <span class="tjmc-event__kind">${event.kindLabel}</span> · ${event.country}</p>
  <h${headingLevel} class="tjmc-event__title"<#if event.lang??> lang="${event.lang}"</#if>><#if linkTitle><a href="${event.href}">${event.title}</a><#else>${event.title}</#if></h${headingLevel}>
  <p class="tjmc-event__description"<#if event.lang??> lang="${event.lang}"</#if>>${event.description}</p>
  <#if event.photo??>
  <@photo photo=event.photo/>
  </#if>
  <#if event.people?has_content>
  <ul class="tjmc-event__people"<#if event.peopleLang??> lang="${event.peopleLang}"</#if>>
    <#list event.people as person>
    <li><span class="tjmc-event__person">${person.name}</span>, ${person.role}</li>
    </#list>
  </ul>
  </#if>
  <#if event.institutions?has_content>
  <p class="tjmc-event__institutions"><#list event.institutions as institution><a href="${institution.href}"<#if institution.lang??> lang="${institution.lang}"</#if>>${institution.name}</a><#sep>, </#sep></#list></p>
  </#if>
</article>
</#macro>

<#-- A short list of events, each linking to its place in the timeline. -->
<#macro eventLinks events>
<ul class="tjmc-event-links">
  <#list events as event>
  <li><a href="${event.href}"<#if event.lang??> lang="${event.lang}"</#if>>${event.title}</a> <time datetime="${event.iso}">${event.display}</time></li>
  </#list>
</ul>
</#macro>

<#-- Key figures as a list: each value printed large above what it counts. -->
<#macro keyFigures figures>
<ul class="tjmc-figures">
  <#list figures as figure>
  <li class="tjmc-figures__item"><span class="tjmc-figures__value"<#if figure.valueLang??> lang="${figure.valueLang}"</#if>>${figure.value}</span> <span class="tjmc-figures__label"<#if figure.lang??> lang="${figure.lang}"</#if>>${figure.label}</span></li>
  </#list>
</ul>
</#macro>

<#-- Signposts to other pages: title as the link, description below; the whole card is the target. -->
<#macro pageCards pages headingLevel=3>
<ul class="tjmc-cards tjmc-cards--pages">
  <#list pages as page>
  <li class="tjmc-card"<#if page.lang??> lang="${page.lang}"</#if>>
    <h${headingLevel} class="tjmc-card__title"><a class="tjmc-card__link" href="${page.uri}">${page.title}</a></h${headingLevel}>
    <p class="tjmc-card__text">${page.description}</p>
  </li>
  </#list>
</ul>
</#macro>

<#-- A select of one timeline filter; the first option shows events of every value. -->
<#macro filterSelect name label allLabel options>
<div class="tjmc-filters__field">
  <label class="tjmc-filters__label" for="filter-${name}">${label}</label>
  <select class="tjmc-filters__select" id="filter-${name}" name="${name}">
    <option value="">${allLabel}</option>
    <#list options as option>
    <option value="${option.value}">${option.label}</option>
    </#list>
  </select>
</div>
</#macro>

<#-- A photo of content/photos/ (PhotoView.java): WebP where the browser reads it, else JPEG, each at
     the sizes the build made; the browser picks by the photo's width in the layout (sizes). Loaded
     lazily unless it is likely the largest thing on the first screen (photo.eager). An event's or a
     partner's photo (photo.crop) is cropped to the shape of its card, towards the editor's focus (a
     class: the security policy allows no style attribute), and links to the whole photo. The caption
     and the credit are paragraphs of their own, so that they are never read as one sentence. An event's
     or a partner's alt text and caption not translated yet are marked English (altLang, captionLang:
     lang on the img covers its alt); the credit is a name, in no language. -->
<#macro photo photo>
<figure class="tjmc-photo<#if photo.crop??> tjmc-photo--cropped tjmc-photo--focus-${photo.crop}</#if>">
  <#if photo.crop??><a class="tjmc-photo__full" href="${photo.full}"></#if><picture>
    <source type="image/webp" srcset="${photo.webpSrcset}" sizes="${photo.sizes}">
    <img class="tjmc-photo__image" src="${photo.src}" srcset="${photo.jpegSrcset}" sizes="${photo.sizes}" width="${photo.width}" height="${photo.height}" alt="${photo.alt}"<#if photo.altLang??> lang="${photo.altLang}"</#if><#if photo.eager> fetchpriority="high"<#else> loading="lazy" decoding="async"</#if>>
  </picture><#if photo.crop??></a></#if>
  <#if photo.caption?? || photo.credit??>
  <figcaption class="tjmc-photo__caption">
    <#if photo.caption??>
    <p class="tjmc-photo__text"<#if photo.captionLang??> lang="${photo.captionLang}"</#if>>${photo.caption}</p>
    </#if>
    <#if photo.credit??>
    <p class="tjmc-photo__credit"><small>${photo.credit}</small></p>
    </#if>
  </figcaption>
  </#if>
</figure>
</#macro>

<#-- A page's text: the HTML of its Markdown, with each photo in it printed by the photo macro.
     photos: the page's PhotoViews (site.pages[uri].photos). content.bodyParts is there only on
     pages with photos (PhotoParagraphs.java): HTML, or the index of a photo. It prints no line
     break of its own: call it as "  <@c.body content=content photos=.../><#nt>" to keep the line
     as it stands. lang: the text's language when it is not the page's (an English page shown
     untranslated on a Chinese page), which wraps it in a div saying so. -->
<#macro body content photos=[] lang="">
<#if lang?has_content><div lang="${lang}"></#if><#if content.bodyParts??><#list content.bodyParts as part><#if part.photo??><@photo photo=photos[part.photo]/><#else>${part.html?no_esc}</#if></#list><#else>${content.body?no_esc}</#if><#if lang?has_content></div></#if><#rt>
</#macro>

<#-- The college's postal address and telephone numbers, as on the contact page and in the footer. -->
<#macro address college>
<address class="tjmc-address">
  <#-- addressLang: the street, the city and the offices in English on a Chinese page -->
  <p>${college.name}<br>${college.parentOrganization}<br><#if college.addressLang??><span lang="${college.addressLang}">${college.street}, ${college.city}</span><#else>${college.street}, ${college.city}</#if>, ${college.country}</p>
  <ul class="tjmc-address__phones">
  <#list college.phones as phone>
    <li><#if college.addressLang??><span lang="${college.addressLang}">${phone.office}</span><#else>${phone.office}</#if>: <a class="tjmc-address__number" href="${phone.href}">${phone.number}</a></li>
  </#list>
  </ul>
</address>
</#macro>
