package cn.edu.hust.tjmc.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A telephone number becomes a tel: link a phone can dial from anywhere, however data/college.yaml spaces it. */
class PhoneLinkTest {

    @Test
    void spacesBracketsAndHyphensAreLeftOutAndThePlusKept() {
        assertEquals("tel:+862783692919", TemplateModel.telHref("+86 27 8369 2919"));
        assertEquals("tel:+862783692919", TemplateModel.telHref("+86 (27) 8369-2919"));
        assertEquals("tel:+862783692919", TemplateModel.telHref("+862783692919"));
    }
}
