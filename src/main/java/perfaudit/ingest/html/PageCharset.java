package perfaudit.ingest.html;

import perfaudit.ingest.Bytes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes decoded as its author meant them. A byte-order mark decides first; then the
 * charset the page declares ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">}, an
 * XML declaration), as a browser reads it: GB2312 and GBK pages are decoded as GB18030, their
 * superset, and Latin-1 as windows-1252. Many sites declare one charset and save another (a
 * UTF-8 template around GBK text, a GB2312 label on UTF-8 bytes): when the declared charset does
 * not decode the bytes but UTF-8 or GB18030 does, that one is used and the mismatch reported.
 * Without a declaration the bytes decide, as for text exports.
 */
record PageCharset(String text, String charset, String problem) {

    /** Browsers look for the declaration in the first 1024 bytes; Word puts a long head first. */
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static PageCharset decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * As {@link #decode(byte[])}, where the page's container (a web archive's MIME header) names
     * {@code transportCharset}: that name is the declaration, as an HTTP header's is for a browser.
     */
    static PageCharset decode(byte[] bytes, String transportCharset) {
        if (Bytes.startsWith(bytes, 0xFF, 0xFE)) {
            return new PageCharset(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        if (Bytes.startsWith(bytes, 0xFE, 0xFF)) {
            return new PageCharset(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        }
        if (Bytes.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return declared(bytes, 3, "a UTF-8 byte-order mark", StandardCharsets.UTF_8);
        }
        String name = transportCharset != null ? transportCharset : declaredName(bytes);
        if (name == null) {
            return new PageCharset(guess(bytes, 0), guessName(bytes, 0), null);
        }
        Charset charset = charset(name);
        if (charset == null) {
            String guessed = guessName(bytes, 0);
            return new PageCharset(guess(bytes, 0), guessed, "the page declares charset '" + name
                    + "', which is not a known character set: read as " + guessed + ", which its bytes are");
        }
        return declared(bytes, 0, "charset '" + name + "'", charset);
    }

    /**
     * Decodes with what the page declares when its bytes agree, else with what they are. Valid
     * UTF-8 with Chinese in it wins over any declaration: GBK text is almost never valid UTF-8,
     * while UTF-8 bytes often pass as (garbled) GBK. A single-byte label (Latin-1) on a page with
     * bytes above ASCII is a template's default, never what a Chinese page means.
     */
    private static PageCharset declared(byte[] bytes, int offset, String declaration, Charset charset) {
        String utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
        if (utf8 != null && hasNonAscii(bytes, offset)) {
            return new PageCharset(utf8, "UTF-8", isUnicode(charset) ? null : mismatch(declaration, "UTF-8"));
        }
        boolean singleByte = charset.newEncoder().maxBytesPerChar() <= 1;
        String strict = singleByte && hasNonAscii(bytes, offset) ? null : strict(bytes, offset, charset);
        if (strict != null) {
            return new PageCharset(strict, charset.name(), null);
        }
        String gb = charset.equals(GB18030) ? null : strict(bytes, offset, GB18030);
        if (gb != null) {
            return new PageCharset(gb, GB18030.name(), mismatch(declaration, GB18030.name()));
        }
        Charset read = Bytes.mostlyUtf8(bytes, offset) ? StandardCharsets.UTF_8 : singleByte ? GB18030 : charset;
        return new PageCharset(lenient(bytes, offset, read), read.name(), "the page's bytes are not all valid "
                + read.name() + " (it declares " + declaration + "): the invalid bytes are shown as \uFFFD");
    }

    private static String mismatch(String declaration, String actual) {
        return "the page declares " + declaration + " but its bytes are " + actual + ": read as " + actual
                + " (save the page again, or correct its <meta charset>, if the text looks wrong)";
    }

    private static boolean isUnicode(Charset charset) {
        return charset.name().startsWith("UTF-");
    }

    /** The charset a page declares in its first bytes, or null. */
    private static String declaredName(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    /** A label as browsers map it: GB2312 and GBK are read as GB18030, Latin-1 and ASCII as windows-1252. */
    private static Charset charset(String name) {
        String label = name.toLowerCase(Locale.ROOT);
        if (label.matches("gb2312|gb_2312(-80)?|gbk|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|gb18030")) {
            return GB18030;
        }
        if (label.matches("iso-?8859-1|latin-?1|l1|us-ascii|ascii|cp1252|windows-1252|iso_8859-1")) {
            return WINDOWS_1252;
        }
        if (label.equals("big5") || label.equals("big5-hkscs") || label.equals("x-x-big5")) {
            return Charset.forName("Big5-HKSCS");
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** UTF-8 when the bytes are (mostly) UTF-8, else GB18030: the two charsets pages here are saved in. */
    private static String guessName(byte[] bytes, int offset) {
        return Bytes.mostlyUtf8(bytes, offset) ? "UTF-8" : "GB18030";
    }

    private static String guess(byte[] bytes, int offset) {
        return lenient(bytes, offset, Charset.forName(guessName(bytes, offset)));
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean hasNonAscii(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

}
