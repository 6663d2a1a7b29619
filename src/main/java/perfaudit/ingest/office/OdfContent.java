package perfaudit.ingest.office;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The content.xml of an OpenDocument package (.ods, .odt), streamed through a SAX handler under POI's zip-bomb
 * figures and without external entities, and the attribute lookups ODF's readers share.
 */
final class OdfContent {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private OdfContent() {
    }

    static void parse(byte[] bytes, DefaultHandler handler) throws IOException, SAXException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("content.xml")) {
                    XMLReader xml = newReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(new Bounded(zip, inflateLimit(bytes.length))));
                    return;
                }
            }
        }
        throw new IOException("the OpenDocument file has no content.xml");
    }

    /** An attribute by its local name in the table (or any) namespace: ODF's names are not taken by other namespaces here. */
    static String attribute(Attributes a, String localName) {
        String v = a.getValue(TABLE, localName);
        if (v != null) {
            return v;
        }
        for (int i = 0; i < a.getLength(); i++) {
            if (local(a.getLocalName(i), a.getQName(i)).equals(localName)) {
                return a.getValue(i);
            }
        }
        return null;
    }

    /** A repeat or span count: 1 where absent or unreadable. */
    static int count(Attributes a, String localName) {
        String v = attribute(a, localName);
        try {
            return v == null ? 1 : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** POI's zip-bomb figures, applied to the one entry read here as POI applies them to a workbook's parts. */
    private static long inflateLimit(long compressed) {
        double ratio = Math.max(ZipSecureFile.getMinInflateRatio(), 1e-6);
        return Math.min(ZipSecureFile.getMaxEntrySize(), Math.max(1L << 20, (long) (compressed / ratio)));
    }

    private static XMLReader newReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader(); // no external entities, no DTDs fetched
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** Stops a content.xml that inflates beyond the limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("content.xml inflates beyond " + limit + " bytes (a zip bomb?)");
            }
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
