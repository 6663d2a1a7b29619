package perfaudit.report.xlsx.stream;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sheet XML of a text is character for character what POI's own writer makes of it. */
class SheetXmlTextTest {

    /** POI's escaping, reached through its protected method. */
    private static final class PoiText extends SheetDataWriter {
        private final StringWriter text;

        private PoiText(StringWriter text) throws IOException {
            super(text);
            this.text = text;
        }

        String escaped(String s) throws IOException {
            text.getBuffer().setLength(0);
            outputEscapedString(s);
            _out.flush();
            return text.toString();
        }
    }

    private static String ours(String s) throws IOException {
        StringWriter out = new StringWriter();
        SheetXmlText.write(out, s);
        return out.toString();
    }

    @Test
    void markupLineBreaksControlsAndNonCharactersAreWrittenAsPoiWritesThem() throws IOException {
        PoiText poi = new PoiText(new StringWriter());
        for (String s : List.of("", "执行率 < 90% & \"全年\" > 0", "line\nbreak\r\ttab\u00A0nbsp", "bell\u0007 nul\u0000 esc\u001B",
                "\uFFFE\uFFFF\uFFFD", "emoji 😀 pair, lone \uD83D high, lone \uDE00 low", "项目支出绩效自评表（2024年度）",
                "'apos' stays", "&amp; twice escaped")) {
            assertEquals(poi.escaped(s), ours(s), s);
        }
    }

    @Test
    void randomTextsOverEveryKindOfCharacterMatchPoi() throws IOException {
        PoiText poi = new PoiText(new StringWriter());
        Random random = new Random(15);
        char[] kinds = {'<', '>', '&', '"', '\n', '\r', '\t', '\u00A0', '\u0001', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00',
                'a', ' ', '万', '元', '；', '0'};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : kinds[random.nextInt(kinds.length)]);
            }
            assertEquals(poi.escaped(s.toString()), ours(s.toString()), s.toString());
        }
    }
}
