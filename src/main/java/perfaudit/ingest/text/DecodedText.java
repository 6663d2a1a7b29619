package perfaudit.ingest.text;

import perfaudit.ingest.grammar.rows.ProblemLog;

import perfaudit.ingest.Bytes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text export decoded to lines. UTF-8 (with or without BOM) and UTF-16 with BOM are recognised;
 * otherwise GB18030 (a superset of GBK) is used when the bytes are not mostly valid UTF-8. A UTF-8
 * file with a few damaged bytes stays UTF-8: the damaged lines (undecodable bytes or control
 * characters) are listed, the rest reads normally.
 */
public record DecodedText(String charset, List<TextLine> lines, List<Integer> damagedLines,
                          Map<Integer, String> withheldLines) {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char BOM = '\uFEFF';
    /** How much of a withheld line its problem quotes. */
    public static final int PREVIEW_CHARS = 80;

    public DecodedText {
        lines = List.copyOf(lines);
        damagedLines = List.copyOf(damagedLines);
        withheldLines = Map.copyOf(withheldLines);
    }

    public DecodedText(String charset, List<TextLine> lines, List<Integer> damagedLines) {
        this(charset, lines, damagedLines, Map.of());
    }

    /** The same text with its lines replaced line for line (the same numbers); this text when they are the same list. */
    public DecodedText withLines(List<TextLine> replaced) {
        return replaced == lines ? this : new DecodedText(charset, replaced, damagedLines, withheldLines);
    }

    private boolean anyLongerThan(int maxChars) {
        for (TextLine line : lines) { // a loop, not a stream: every line of every text file
            if (line.text().length() > maxChars) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same text with every line longer than {@code maxChars} left blank: such a line is no
     * form's cell, and a megabyte line would only slow the layouts down. Each is reported by
     * {@link #reportDamage} with its length and first characters.
     */
    public DecodedText withoutLinesLongerThan(int maxChars) {
        if (!anyLongerThan(maxChars)) {
            return this;
        }
        List<TextLine> kept = new ArrayList<>(lines.size());
        List<Integer> damaged = new ArrayList<>(damagedLines);
        Map<Integer, String> withheld = new TreeMap<>(withheldLines);
        for (TextLine line : lines) {
            if (line.text().length() > maxChars) {
                kept.add(new TextLine(line.number(), ""));
                damaged.remove(Integer.valueOf(line.number()));
                withheld.put(line.number(), String.format(Locale.ROOT,
                        "该行 %,d 个字符，超过 %,d 的上限（--max-line-chars），未读取 — line of %,d characters, longer than"
                                + " the limit of %,d (--max-line-chars): not read; it begins «%s»",
                        line.text().length(), maxChars, line.text().length(), maxChars,
                        line.text().substring(0, PREVIEW_CHARS).strip()));
            } else {
                kept.add(line);
            }
        }
        return new DecodedText(charset, kept, damaged, withheld);
    }

    public static DecodedText decode(byte[] bytes) {
        if (Bytes.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            byte[] rest = Arrays.copyOfRange(bytes, 3, bytes.length);
            // Some editors stamp a UTF-8 BOM on a file they did not re-encode: trust the bytes, not the mark.
            if (strictUtf8(rest) != null || Bytes.mostlyUtf8(rest, 0)) {
                return split("UTF-8", lenient(rest, 0, StandardCharsets.UTF_8));
            }
            return decode(rest);
        }
        if (Bytes.startsWith(bytes, 0xFF, 0xFE)) {
            return split("UTF-16LE", lenient(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (Bytes.startsWith(bytes, 0xFE, 0xFF)) {
            return split("UTF-16BE", lenient(bytes, 2, StandardCharsets.UTF_16BE));
        }
        // most texts are valid UTF-8 and hold no damage: the JDK's fast decoding, then one pass that finds
        // neither a control character nor U+FFFD, settles both the charset and the damage of every line
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (clean(fast)) {
            return split("UTF-8", fast, true);
        }
        String strictUtf8 = fast.indexOf(REPLACEMENT) < 0 ? fast : strict(bytes, StandardCharsets.UTF_8);
        if (strictUtf8 != null) {
            return split("UTF-8", strictUtf8);
        }
        if (Bytes.mostlyUtf8(bytes, 0)) {
            return split("UTF-8", lenient(bytes, 0, StandardCharsets.UTF_8));
        }
        Charset gb = Charset.forName("GB18030");
        String strictGb = strict(bytes, gb);
        return split("GB18030", strictGb != null ? strictGb : lenient(bytes, 0, gb));
    }

    private static String strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The strict UTF-8 reading, or null when the bytes are not UTF-8. Most texts are valid UTF-8: the
     * JDK's own fast decoding, which marks every malformed sequence with U+FFFD, settles those; only
     * a text showing U+FFFD (broken bytes, or the character itself written) pays the strict decoder.
     */
    private static String strictUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf(REPLACEMENT) < 0 ? text : strict(bytes, StandardCharsets.UTF_8);
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** Why a line is damaged, or null when it is not. */
    public static String damage(String line, String charset) {
        boolean undecodable = line.indexOf(REPLACEMENT) >= 0;
        boolean control = false;
        for (int i = 0; i < line.length() && !control; i++) { // every line of every file passes here
            control = isStrayControl(line.charAt(i));
        }
        if (undecodable && control) {
            return "该行有无效的 " + charset + " 字节和控制字符 — invalid " + charset + " bytes and control characters on this line";
        }
        if (undecodable) {
            return "该行有无效的 " + charset + " 字节 — invalid " + charset + " bytes on this line";
        }
        return control ? "该行有控制字符（二进制乱码） — control characters (binary garbage) on this line" : null;
    }

    /** Reports every damaged line; the reader still reads the rest of the line's text. */
    public void reportDamage(ProblemLog log) {
        for (int number : damagedLines) {
            String text = lines.get(number - 1).text();
            log.report(number, text.strip(), damage(text, charset));
        }
        withheldLines.forEach((number, reason) -> log.report(number, "", reason));
    }

    /** No undecodable character and no control character but tabs, form feeds and line breaks ("\\r\\n" or "\\n"). */
    private static boolean clean(String text) {
        // the whole text, char by char: read in chunks into an array, which the quick compiler (C1, what
        // a short run gets) loops over at half the cost of charAt on Chinese text
        char[] chunk = new char[Math.min(text.length(), CHUNK)];
        for (int from = 0; from < text.length(); from += CHUNK) {
            int to = Math.min(text.length(), from + CHUNK);
            text.getChars(from, to, chunk, 0);
            for (int i = 0; i < to - from; i++) {
                char c = chunk[i];
                if (c < 0x20 ? c != '\t' && c != '\f' && c != '\n' && !(c == '\r' && from + i + 1 < text.length() && text.charAt(from + i + 1) == '\n')
                        : c >= 0x7F && (c <= 0x9F || c == REPLACEMENT)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final int CHUNK = 4096;

    /** Tabs and form feeds (page breaks of PDF text) belong in text exports; other controls do not. */
    private static boolean isStrayControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\f';
    }

    private static DecodedText split(String charset, String text) {
        return split(charset, text, false);
    }

    /** The text in lines; {@code knownClean} when {@link #clean} already passed the whole text. */
    private static DecodedText split(String charset, String text, boolean knownClean) {
        // A BOM survives decoding where the charset has no BOM handling of its own (GB18030's 84 31 95 33).
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        List<TextLine> lines = new ArrayList<>();
        List<Integer> damaged = new ArrayList<>();
        // most texts hold no damage at all: one pass over the whole text spares a test of every line
        boolean clean = knownClean || clean(text);
        int number = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(start, lineEnd > start && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd);
            if (end >= 0 || !line.isEmpty()) {
                if (!clean && damage(line, charset) != null) {
                    damaged.add(number);
                }
                lines.add(new TextLine(number++, line));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return new DecodedText(charset, lines, damaged);
    }
}
