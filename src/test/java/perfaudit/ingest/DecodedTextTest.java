package perfaudit.ingest;

import perfaudit.ingest.text.DecodedText;
import perfaudit.ingest.text.TextLine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding text exports: which charset, which lines, and which lines are damaged. */
class DecodedTextTest {

    private static final String TEXT = String.join("\n",
            "项目支出绩效自评表",
            "(2023年度)",
            "",
            "项目名称\t\t停征退管服务费补助\t",
            "主管部门\t\t101-六安市金安区人力资源和社会保障局\t实施单位\t101001-六安市金安区人力资源和社会保障局",
            "\t\t年度资金总额：\t70\t70\t69.91\t10\t99.87%\t9.99",
            "→ ≥ ≤ ＝ — “引号” 、 ０％") + "\n";
    private static final List<String> LINES = List.of(TEXT.split("\n"));
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void utf8WithoutBom() {
        assertDecoded(DecodedText.decode(TEXT.getBytes(StandardCharsets.UTF_8)), "UTF-8");
    }

    @Test
    void utf8WithBomDropsTheBom() {
        assertDecoded(DecodedText.decode(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8))), "UTF-8");
    }

    @Test
    void utf16LittleEndianWithBom() {
        assertDecoded(DecodedText.decode(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))), "UTF-16LE");
    }

    @Test
    void utf16BigEndianWithBom() {
        assertDecoded(DecodedText.decode(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))), "UTF-16BE");
    }

    @Test
    void gbkIsReadAsGb18030() {
        assertDecoded(DecodedText.decode(TEXT.getBytes(GBK)), "GB18030");
    }

    @Test
    void gb18030WithItsBomDropsTheBom() {
        byte[] encoded = ("\uFEFF" + TEXT).getBytes(GB18030);
        assertEquals(0x84, encoded[0] & 0xFF, "GB18030 writes its BOM as 84 31 95 33");

        assertDecoded(DecodedText.decode(encoded), "GB18030");
    }

    @Test
    void gbkBehindAUtf8BomIsStillGbk() {
        assertDecoded(DecodedText.decode(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(GBK))), "GB18030");
    }

    @Test
    void crlfLineEndsAreRemoved() {
        assertDecoded(DecodedText.decode(TEXT.replace("\n", "\r\n").getBytes(GBK)), "GB18030");
        assertDecoded(DecodedText.decode(TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)), "UTF-8");
    }

    @Test
    void lastLineWithoutLineBreakIsKeptAndBlankLinesKeepTheirNumbers() {
        DecodedText text = DecodedText.decode("a\n\n\nb".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(new TextLine(1, "a"), new TextLine(2, ""), new TextLine(3, ""), new TextLine(4, "b")),
                text.lines());
    }

    /** A UTF-8 file with a few broken bytes stays UTF-8; only the lines holding them are damaged. */
    @Test
    void mostlyUtf8WithBrokenBytesListsTheDamagedLines() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        // The later insertion first: insertAfter finds its place in text decoded from the bytes.
        byte[] damaged = insertAfter(insertAfter(utf8, "69.", bytes(0xC3, 0x28)), "停征", bytes(0xFF));

        DecodedText text = DecodedText.decode(damaged);

        assertEquals("UTF-8", text.charset());
        assertEquals(List.of(4, 6), text.damagedLines());
        assertEquals("项目名称\t\t停征\uFFFD退管服务费补助\t", text.lines().get(3).text());
        assertEquals("\t\t年度资金总额：\t70\t70\t69.\uFFFD(91\t10\t99.87%\t9.99", text.lines().get(5).text());
        for (int i : List.of(0, 1, 2, 4, 6)) {
            assertEquals(LINES.get(i), text.lines().get(i).text(), "undamaged line " + (i + 1));
        }
    }

    @Test
    void controlCharactersMarkALineAsDamagedButTabsAndFormFeedsDoNot() {
        String text = "项目名称\t\t名称\n\f第二页\n文体\u0000活动\n结束\u001B\n";

        DecodedText decoded = DecodedText.decode(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(3, 4), decoded.damagedLines());
        assertEquals("文体\u0000活动", decoded.lines().get(2).text(), "the text is kept as found");
    }

    @Test
    void damageSaysWhatIsWrong() {
        assertNull(DecodedText.damage("项目名称\t\f名称", "UTF-8"));
        assertEquals("该行有无效的 UTF-8 字节 — invalid UTF-8 bytes on this line", DecodedText.damage("停征\uFFFD退管", "UTF-8"));
        assertEquals("该行有控制字符（二进制乱码） — control characters (binary garbage) on this line",
                DecodedText.damage("文体\u0000活动", "UTF-8"));
        assertEquals("该行有无效的 GB18030 字节和控制字符 — invalid GB18030 bytes and control characters on this line",
                DecodedText.damage("\uFFFD\u0001", "GB18030"));
    }

    /** Broken bytes everywhere are not "mostly UTF-8": the file is read as GB18030 instead. */
    @Test
    void textThatIsNotMostlyUtf8IsReadAsGb18030() {
        byte[] gbk = TEXT.getBytes(GBK);
        byte[] withOneUtf8Character = concat("≥".getBytes(StandardCharsets.UTF_8), gbk);

        DecodedText text = DecodedText.decode(withOneUtf8Character);

        assertEquals("GB18030", text.charset());
        assertEquals(LINES.subList(1, LINES.size()), text.lines().subList(1, LINES.size()).stream()
                .map(TextLine::text).toList());
    }

    private static void assertDecoded(DecodedText text, String charset) {
        assertEquals(charset, text.charset());
        assertEquals(LINES, text.lines().stream().map(TextLine::text).toList());
        for (int i = 0; i < text.lines().size(); i++) {
            assertEquals(i + 1, text.lines().get(i).number());
        }
        assertTrue(text.damagedLines().isEmpty(), "damaged: " + text.damagedLines());
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    /** Inserts {@code inserted} right after the first occurrence of {@code marker} (as UTF-8). */
    private static byte[] insertAfter(byte[] utf8, String marker, byte[] inserted) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        int at = text.indexOf(marker) + marker.length();
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, offset);
        out.writeBytes(inserted);
        out.write(utf8, offset, utf8.length - offset);
        return out.toByteArray();
    }
}
