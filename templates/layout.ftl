<#ftl output_format="HTML">
<#--
  The one page layout. Every page template calls it:
    <#import "layout.ftl" as layout>
    <@layout.page>...main content...</@layout.page>
  Everything it prints comes ready-made from the model: `site`, a SiteView
  (tools/.../model/SiteView.java says what each part holds), taken from JBake
  here and nowhere else. Templates that import this file read `site` too. The model holds a
  view for each language by its code; `site` is the one of the page's language (content.language,
  set by the bake; English for what JBake renders itself, the sitemap and the English feed and 404).
  Links to pages are rootpath, the language's folder, the page: rootpath leads to the site's root,
  where the assets are, from any language's folder.
-->
<#import "components.ftl" as c>
<#setting number_format="computer">
<#global site = site_model?first[content.language!"en"]>

<#macro page title=content.title description=content.description uri=content.uri rootpath=content.rootpath scripts=[]>
<!DOCTYPE html>
<html lang="${site.language.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${site.contentSecurityPolicy}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${title} | ${site.labels.site_name}</title>
<meta name="description" content="${description}">
<#-- Not a page of content/ (404.html): no address of its own, its own view. The key is the English page's name. -->
<#assign pageKey = content.page!uri>
<#assign pageView = site.pages[pageKey]!site.notFound>
<#assign pages = rootpath + site.language.folder>
<#if pageView.canonicalUrl??>
<link rel="canonical" href="${pageView.canonicalUrl}">
<meta property="og:url" content="${pageView.canonicalUrl}">
</#if>
<#list pageView.alternates as alternate>
<link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.href}">
</#list>
<meta property="og:locale" content="${site.language.ogLocale}">
<#list pageView.ogLocaleAlternates as locale>
<meta property="og:locale:alternate" content="${locale}">
</#list>
<meta property="og:type" content="website">
<meta property="og:site_name" content="${site.labels.site_name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<#if pageView.ogImage??>
<#assign image = pageView.ogImage>
<meta property="og:image" content="${image.url}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">
<meta name="twitter:card" content="summary_large_image">
<#else>
<meta name="twitter:card" content="summary">
</#if>
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${rootpath}css/site.css">
<#-- Without an icon link browsers ask for /favicon.ico at the host's root, outside the site
     when it lives under a sub-path: a 404 in every page's console. -->
<link rel="icon" href="${rootpath}favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="${pages}feed.xml" title="${site.feed.title}">
<#list scripts as script>
<script src="${rootpath}${script}" defer></script>
</#list>
<#if pageView.structuredData??>
<script type="application/ld+json">${pageView.structuredData?no_esc}</script>
</#if>
</head>
<body>
<a class="tjmc-skip-link" href="#main">${site.labels.skip_to_content}</a>
<header class="tjmc-header">
  <div class="tjmc-header__inner">
    <a class="tjmc-header__brand" href="${pages}index.html">
      <span class="tjmc-header__name">${site.labels.site_name}</span>
      <span class="tjmc-header__college">${site.college.name}, ${site.college.parentOrganization}</span>
    </a>
    <#-- Wide screens show the menu's row. A phone shows one row instead: the current page's name
         and a Menu disclosure (no script) holding the other pages, so the page the visitor is on is
         in sight on load and the header stays one row. The stylesheet shows one of the two. -->
    <nav class="tjmc-nav" aria-label="${site.labels.main_navigation}">
      <ul class="tjmc-nav__list">
      <#list site.navigation as item>
        <li><a class="tjmc-nav__link" href="${pages}${item.uri}"<#if item.uri == pageKey> aria-current="page"</#if><#if item.lang??> lang="${item.lang}"</#if>>${item.title}</a></li>
      </#list>
      </ul>
      <div class="tjmc-nav__compact">
      <#list site.navigation as item>
        <#if item.uri == pageKey><span class="tjmc-nav__here" aria-current="page"<#if item.lang??> lang="${item.lang}"</#if>>${item.title}</span></#if>
      </#list>
        <details class="tjmc-nav__menu">
          <summary class="tjmc-nav__summary">${site.labels.menu}</summary>
          <ul class="tjmc-nav__menu-list">
          <#list site.navigation as item>
            <#if item.uri != pageKey><li><a class="tjmc-nav__menu-link" href="${pages}${item.uri}"<#if item.lang??> lang="${item.lang}"</#if>>${item.title}</a></li></#if>
          </#list>
          </ul>
        </details>
      </div>
    </nav>
    <#-- The same page in the other language; on a page with anchors js/language.js keeps the one in the address. -->
    <ul class="tjmc-languages" aria-label="${site.labels.language_switch}">
    <#list pageView.languageSwitch as language>
      <li><a class="tjmc-languages__link" href="${rootpath}${language.href}" hreflang="${language.lang}" lang="${language.lang}" data-language-switch>${language.name}</a></li>
    </#list>
    </ul>
  </div>
</header>
<main id="main" class="tjmc-main" tabindex="-1">
<#if pageView.notice??>
<p class="tjmc-notice">${pageView.notice.text} <a href="${rootpath}${pageView.notice.href}" hreflang="${pageView.notice.hreflang}">${pageView.notice.linkText}</a></p>
</#if>
<#nested>
</main>
<footer class="tjmc-footer">
  <div class="tjmc-footer__inner">
    <h2 class="tjmc-footer__heading">${site.labels.footer_contact}</h2>
    <@c.address college=site.college/>
    <#if site.filings?has_content>
    <ul class="tjmc-footer__filings">
      <#list site.filings as filing>
      <li><a href="${filing.href}">${filing.label}: <span lang="zh-CN">${filing.number}</span></a></li>
      </#list>
    </ul>
    </#if>
  </div>
</footer>
</body>
</html>
</#macro>
