package cn.edu.hust.tjmc.site.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The budget tests count the image a 375 px phone at DPR 2 picks, as its browser would. */
class PhonePhotosTest {

    /** As templates/components.ftl prints a photo; the sizes of PhotoView.SIZES. */
    private static final String PICTURE = """
            <picture>
              <source type="image/webp" srcset="a-480.webp 480w, a-800.webp 800w, a-1200.webp 1200w" sizes="(min-width: 44rem) 40rem, calc(100vw - 2rem)">
              <img src="a-1200.jpg" srcset="a-480.jpg 480w, a-800.jpg 800w, a-1200.jpg 1200w" sizes="(min-width: 44rem) 40rem, calc(100vw - 2rem)" alt="x">
            </picture>
            """;

    @Test
    void aPhonePicksTheWebpWideEnoughForItsSlotAtTwoDevicePixels() {
        assertEquals(343.0, PhonePhotos.slot("(min-width: 44rem) 40rem, calc(100vw - 2rem)"));
        assertEquals(List.of("a-800.webp"), PhonePhotos.picked(Jsoup.parse(PICTURE)));
    }

    @Test
    void withoutSrcsetItLoadsTheSrcAndWithoutAWideEnoughCandidateTheWidest() {
        assertEquals(List.of("plain.png"), PhonePhotos.picked(Jsoup.parse("<img src=\"plain.png\" alt=\"\">")));
        assertEquals("b.webp", PhonePhotos.candidate("a.webp 300w, b.webp 600w", "100vw"));
        assertEquals("a.webp", PhonePhotos.candidate("b.webp 1600w, a.webp 800w", "100vw"));
    }
}
