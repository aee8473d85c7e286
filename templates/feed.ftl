<#ftl output_format="XML">
<#-- The timeline as an Atom feed (RFC 4287), feed.xml. Every value comes ready from
     TimelineFeed.java: ids, absolute addresses, dates; nothing here depends on the build time. -->
<#import "layout.ftl" as layout>
<#assign feed = site.feed>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language.htmlLang}">
  <id>${feed.id}</id>
  <title>${feed.title}</title>
  <updated>${feed.updated}</updated>
  <author><name>${feed.author}</name></author>
  <link rel="self" type="application/atom+xml" href="${feed.self}"/>
  <link rel="alternate" type="text/html" href="${feed.alternate}"/>
<#list feed.entries as entry>
  <entry<#if entry.lang??> xml:lang="${entry.lang}"</#if>>
    <id>${entry.id}</id>
    <title>${entry.title}</title>
    <link rel="alternate" type="text/html" href="${entry.href}"/>
    <updated>${entry.updated}</updated>
    <summary>${entry.summary}</summary>
  </entry>
</#list>
</feed>
