package perfaudit.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page hides and which names mark its chrome, asked of every element of every cell: the quick tests in front
 * of the lower-case copy and the regex (Chrome.mayHide) and the word split of class and id must answer as they did.
 */
class ChromeTest {

    private static Element first(String html, String tag) {
        return Jsoup.parse(html).body().getElementsByTag(tag).first();
    }

    @Test
    void hiddenInAnyCaseAndSpacingButNotABorderOfNone() {
        assertTrue(Chrome.isHidden(first("<div style=\"DISPLAY : None\">x</div>", "div")));
        assertTrue(Chrome.isHidden(first("<div style='color:red;Visibility:HIDDEN'>x</div>", "div")));
        assertTrue(Chrome.isHidden(first("<p hidden>x</p>", "p")));
        assertFalse(Chrome.isHidden(first("<table><tr><td style='border:none;padding:0cm 5.4pt'>x</td></tr></table>", "td")));
        assertFalse(Chrome.isHidden(first("<table><tr><td style='border:solid windowtext 1.0pt;overflow:hidden'>x</td></tr></table>", "td")));
        assertFalse(Chrome.isHidden(first("<p class=MsoNormal style='text-align:center'>x</p>", "p")));
    }

    @Test
    void chromeNamesAreWholeWordsOfClassOrIdInAnyCase() {
        assertTrue(Chrome.isSkipped(first("<div class='site-NAV main'>x</div>", "div")));
        assertTrue(Chrome.isSkipped(first("<div id='Footer_2 x'>x</div>", "div")));
        assertTrue(Chrome.isSkipped(first("<ul class='--breadcrumb--'><li>x</li></ul>", "ul")));
        assertFalse(Chrome.isSkipped(first("<div class='navigator MsoNormal'>x</div>", "div")));
        assertFalse(Chrome.isSkipped(first("<p class=MsoNormal>x</p>", "p")));
        // a nav wrapper holding a table is kept
        assertFalse(Chrome.isSkipped(first("<div class='nav'><table><tr><td>x</td></tr></table></div>", "div")));
    }
}
