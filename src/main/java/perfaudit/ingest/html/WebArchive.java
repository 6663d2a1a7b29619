package perfaudit.ingest.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web archive ({@code .mht}, {@code .mhtml}): a page saved as one file by Word ("single file web
 * page") or a browser, a MIME message whose parts are the page and its pictures. The page is its
 * first {@code text/html} part, decoded from quoted-printable or base64; the charset its MIME header
 * names is the page's (as an HTTP header's would be).
 */
record WebArchive(byte[] page, String charset) {

    /** Where the MIME header of an archive must show itself. */
    private static final int HEADER = 4096;
    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** Does the file start as a MIME message of related parts? */
    static boolean isArchive(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEADER), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related") && head.contains("boundary");
    }

    /** The archive's page, or null when it holds no HTML part. */
    static WebArchive page(byte[] bytes) {
        String message = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher boundary = BOUNDARY.matcher(message.substring(0, Math.min(message.length(), HEADER)));
        if (!boundary.find()) {
            return null;
        }
        String separator = "--" + boundary.group(1).strip();
        int at = message.indexOf(separator);
        while (at >= 0) {
            int start = at + separator.length();
            int next = message.indexOf(separator, start);
            String part = message.substring(start, next < 0 ? message.length() : next);
            WebArchive page = html(part);
            if (page != null) {
                return page;
            }
            at = next;
        }
        return null;
    }

    /** One MIME part, when it is HTML: its body decoded by its transfer encoding. */
    private static WebArchive html(String part) {
        int blank = part.indexOf("\r\n\r\n");
        int gap = 4;
        if (blank < 0 || part.indexOf("\n\n") >= 0 && part.indexOf("\n\n") < blank) {
            blank = part.indexOf("\n\n");
            gap = 2;
        }
        if (blank < 0) {
            return null;
        }
        String headers = part.substring(0, blank).replaceAll("\\r?\\n[ \\t]+", " ");
        String lower = headers.toLowerCase(Locale.ROOT);
        if (!lower.contains("content-type: text/html") && !lower.contains("content-type:text/html")) {
            return null;
        }
        String body = part.substring(blank + gap);
        Matcher charset = CHARSET.matcher(headers);
        byte[] page = lower.contains("quoted-printable") ? quotedPrintable(body)
                : lower.contains("base64") ? base64(body) : body.getBytes(StandardCharsets.ISO_8859_1);
        return new WebArchive(page, charset.find() ? charset.group(1) : null);
    }

    /** {@code =XX} escapes and {@code =} soft line breaks; a broken escape is kept as written. */
    private static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
            } else if (body.startsWith("\r\n", i + 1)) {
                i += 2;
            } else if (body.startsWith("\n", i + 1)) {
                i += 1;
            } else if (i + 2 < body.length() && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
                out.write(hex(body.charAt(i + 1)) * 16 + hex(body.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
