package perfaudit.ingest.office;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.InputFormat;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The objects a Word document embeds (Insert ▸ Object ▸ Excel worksheet; a docx keeps them as parts, a Word 97 .doc as
 * the storages of its ObjectPool): units paste the form's workbook into the report that way, and Word shows only a
 * picture of it. An embedded workbook is read as a workbook, its sheets named
 * {@code 对象1·Sheet1}, and its forms join the document's; any other object is counted, so that a document giving no
 * form can say what it holds.
 */
final class EmbeddedObjects {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedObjects.class);
    /** What a Word document embeds beyond this many objects is counted, not read (each is a whole workbook). */
    private static final int MAX_READ = 20;

    /** The embedded workbooks read, and how many other objects there are. */
    record Read(List<Document> workbooks, int others) {
    }

    private EmbeddedObjects() {
    }

    /** The objects of a Word document (docx): its embedded parts, in the order Word numbered them. */
    static Read in(POIXMLDocument document, InputFile input) {
        Reading reading = new Reading(input);
        for (PackagePart part : parts(document)) {
            reading.add(workbookBytes(part));
        }
        return reading.read();
    }

    /** The objects of a Word 97 document (.doc): the storages of its ObjectPool, each one object. */
    static Read inObjectPool(DirectoryNode root, InputFile input) {
        Reading reading = new Reading(input);
        if (root.hasEntry("ObjectPool") && entry(root, "ObjectPool") instanceof DirectoryNode pool) {
            List<DirectoryNode> objects = new ArrayList<>();
            pool.forEach(object -> {
                if (object instanceof DirectoryNode storage) {
                    objects.add(storage);
                }
            });
            objects.sort(Comparator.comparing(DirectoryNode::getName, EmbeddedObjects::natural));
            objects.forEach(object -> reading.add(workbookBytes(object)));
        }
        return reading.read();
    }

    /** The objects met, in order: each workbook read (at most {@link #MAX_READ}), the others counted. */
    private static final class Reading {
        private final InputFile input;
        private final List<Document> workbooks = new ArrayList<>();
        private int others;

        Reading(InputFile input) {
            this.input = input;
        }

        void add(byte[] bytes) {
            InputFormat format = bytes == null ? null : InputFormat.detect(bytes);
            if ((format == InputFormat.XLSX || format == InputFormat.XLS) && workbooks.size() < MAX_READ) {
                String object = "对象" + (workbooks.size() + 1);
                workbooks.add(new SpreadsheetReader(format, object + "·")
                        .read(new InputFile(input.path(), input.name(), bytes, input.vocabulary())));
            } else {
                others++;
            }
        }

        Read read() {
            return new Read(workbooks, others);
        }
    }

    /** The document read from its body, with the forms, problems and notes of the workbooks it embeds after its own. */
    static Document joined(Document body, List<Document> workbooks) {
        if (workbooks.isEmpty()) {
            return body;
        }
        List<perfaudit.model.Form> forms = new ArrayList<>(body.forms());
        List<ParseProblem> problems = new ArrayList<>(body.problems());
        List<ParseProblem> notes = new ArrayList<>(body.notes());
        List<perfaudit.model.ProjectListEntry> lists = new ArrayList<>(body.projectList());
        List<Document.RecognisedForm> recognised = new ArrayList<>(body.recognised());
        String title = body.title();
        for (int i = 0; i < workbooks.size(); i++) {
            Document workbook = workbooks.get(i);
            forms.addAll(workbook.forms());
            problems.addAll(workbook.problems());
            notes.addAll(workbook.notes());
            lists.addAll(workbook.projectList());
            recognised.addAll(workbook.recognised());
            title = title != null ? title : workbook.title();
            if (!workbook.forms().isEmpty()) {
                notes.add(new ParseProblem(SourceLocation.ofFile(body.file()), "对象" + (i + 1), "Word 文档中嵌入的 Excel"
                        + " 工作表对象（对象" + (i + 1) + "）中有 " + workbook.forms().size() + " 份表单，已按工作簿读取，位置记作「对象"
                        + (i + 1) + "·工作表名」 — an Excel worksheet object embedded in the Word document holds "
                        + workbook.forms().size() + " form(s): read as a workbook, its cells located as 对象" + (i + 1)
                        + "·<sheet>!<cell>"));
            }
        }
        return new Document(body.file(), body.layout(), title, lists, forms, problems, notes, recognised);
    }

    private static List<PackagePart> parts(POIXMLDocument document) {
        try {
            List<PackagePart> parts = new ArrayList<>(document.getAllEmbeddedParts());
            // Word numbers its embeddings in the order they were inserted, which is the reading order as a rule
            parts.sort(Comparator.comparing(part -> part.getPartName().getName(), EmbeddedObjects::natural));
            return parts;
        } catch (OpenXML4JException | RuntimeException e) {
            LOG.debug("embedded objects not listed", e);
            return List.of();
        }
    }

    /**
     * The bytes of a workbook the part holds: the part itself (an .xlsx or .xls), or inside an OLE object's container
     * (oleObject1.bin) the workbook stream's whole file, or its {@code Package} stream (an OOXML workbook Word wrapped);
     * null for anything else.
     */
    private static byte[] workbookBytes(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            InputFormat format = InputFormat.detect(bytes);
            if (format == InputFormat.XLSX || format == InputFormat.XLS) {
                return bytes;
            }
            return isOle(bytes) ? packaged(bytes) : null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("embedded part {} not read", part.getPartName(), e);
            return null;
        }
    }

    private static byte[] packaged(byte[] bytes) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return packaged(fs.getRoot());
        }
    }

    /** An OOXML object's Package stream, or null. */
    private static byte[] packaged(DirectoryNode storage) throws IOException {
        if (!(storage.hasEntry("Package") && entry(storage, "Package") instanceof DocumentEntry stream)) {
            return null;
        }
        try (InputStream in = storage.createDocumentInputStream(stream)) {
            return in.readAllBytes();
        }
    }

    /**
     * A Word 97 object's storage as a file of its own: an Excel 97 object's storage holds the Workbook stream, so
     * copied whole into a file of its own it is an .xls; an OOXML object's its Package stream; null for anything else.
     */
    private static byte[] workbookBytes(DirectoryNode storage) {
        try {
            if (storage.hasEntry("Workbook") || storage.hasEntry("Book")) {
                try (POIFSFileSystem copy = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    EntryUtils.copyNodes(storage, copy.getRoot());
                    copy.writeFilesystem(out);
                    return out.toByteArray();
                }
            }
            return packaged(storage);
        } catch (IOException | RuntimeException e) {
            LOG.debug("embedded object {} not read", storage.getName(), e);
            return null;
        }
    }

    private static Entry entry(DirectoryNode directory, String name) {
        try {
            return directory.getEntry(name);
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
    }

    private static boolean isOle(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
    }

    /** Part names in natural order: oleObject2 before oleObject10. */
    private static int natural(String a, String b) {
        int byName = a.replaceAll("\\d", "").compareTo(b.replaceAll("\\d", ""));
        return byName != 0 ? byName : Long.compare(number(a), number(b));
    }

    private static long number(String name) {
        String digits = name.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits.substring(0, Math.min(digits.length(), 18)));
    }
}
