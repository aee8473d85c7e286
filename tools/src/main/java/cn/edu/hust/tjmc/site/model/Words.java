package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.Countries;
import cn.edu.hust.tjmc.site.source.EventDate;
import cn.edu.hust.tjmc.site.source.KeyFigure;
import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.util.Optional;

/**
 * What the model prints in one language: dates, decades and country names in its own forms,
 * and each text of the data files in its translation, or in English (marked lang="en") where
 * there is none yet.
 */
final class Words {

    private final Language language;

    Words(Language language) {
        this.language = language;
    }

    /**
     * A text to print, and the language it is in when that is not the page's.
     *
     * @param lang null when the text is in the page's language; else its BCP 47 tag ("en")
     */
    record Text(String text, String lang) {
    }

    /** No text (a photo without a caption). */
    private static final Text NONE = new Text(null, null);

    Language language() {
        return language;
    }

    /** "19 May 2017", "2017年5月19日"; a year alone: "2016", "2016年" (DateFormats). */
    String date(EventDate date) {
        return DateFormats.date(date, language.locale());
    }

    /** A year's heading on the timeline: "2016", "2016年". */
    String year(int year) {
        return DateFormats.date(new EventDate(year, Optional.empty()), language.locale());
    }

    /** The decade filter's label: "2010s", "2010年代". */
    String decade(EventDate date) {
        return DateFormats.decade(date, language.locale());
    }

    /** A country or region as the site shows it in English, in this language: "Germany", "德国". */
    String country(String english) {
        return Countries.code(english).map(code -> Countries.name(code, language.locale())).orElse(english);
    }

    Text title(TimelineEvent event) {
        return text(event.title(), event.zh().map(TimelineEvent.Zh::title));
    }

    Text description(TimelineEvent event) {
        return text(event.description(), event.zh().map(TimelineEvent.Zh::description));
    }

    Text name(Partner partner) {
        return text(partner.name(), partner.zh().map(Partner.Zh::name));
    }

    /** A photo's alt text: its translation (an event's or a partner's photo_alt), else the English. */
    Text photoAlt(PhotoUse photo, Optional<String> translated) {
        return text(photo.alt().strip(), translated);
    }

    /** A photo's caption (its translation: photo_caption), or no text when it has none. */
    Text photoCaption(PhotoUse photo, Optional<String> translated) {
        return photo.caption().map(english -> text(english, translated)).orElse(NONE);
    }

    /**
     * The language of texts that have no translation, such as people's names and roles: "en" on another
     * language's page, else null.
     */
    String untranslatedLang() {
        return language == Language.DEFAULT ? null : Language.DEFAULT.htmlLang();
    }

    /**
     * "en" when a figure's value has letters (Since 1980) on another language's page: its words are
     * English, and values have no translation; digits and signs (50+) are any language's.
     */
    String valueLang(KeyFigure figure) {
        return figure.value() != null && figure.value().codePoints().anyMatch(Character::isLetter)
                ? untranslatedLang() : null;
    }

    Text label(KeyFigure figure) {
        return text(figure.label(), figure.zh().map(KeyFigure.Zh::label));
    }

    /** The translation in this language if there is one, else the English, marked as English on another language's page. */
    Text text(String english, Optional<String> chinese) {
        if (language == Language.DEFAULT) {
            return new Text(english, null);
        }
        return chinese.map(text -> new Text(text, null)).orElse(new Text(english, Language.DEFAULT.htmlLang()));
    }
}
