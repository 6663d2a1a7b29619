package perfaudit.ingest.office;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTxbxContent;

import java.util.ArrayList;
import java.util.List;

/**
 * The text boxes anchored in a Word paragraph ({@code w:txbxContent}), whose paragraphs and tables POI's paragraph
 * text leaves out: a form's 单位名称 and 填报日期 set in a box above the table were lost. Word writes each box twice,
 * as a drawing and, for older readers, as a VML copy in {@code mc:Fallback}: the copy is skipped. A box inside a
 * box is read with the box that holds it.
 */
final class TextBoxes {

    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String PATH = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
            + " .//w:txbxContent";

    private TextBoxes() {
    }

    static List<XmlObject> in(CTP paragraph) {
        if (!drawsShapes(paragraph)) { // most paragraphs: no drawing, nothing to search
            return List.of();
        }
        List<XmlObject> boxes = new ArrayList<>();
        for (XmlObject box : paragraph.selectPath(PATH)) {
            if (outermostShown(box, paragraph)) {
                boxes.add(typed(box));
            }
        }
        return boxes;
    }

    /**
     * The box as Word's schema types it, so that its paragraphs and tables read as the body's: inside mc:Choice the
     * parser knows no schema and leaves it untyped.
     */
    private static XmlObject typed(XmlObject box) {
        if (box instanceof CTTxbxContent) {
            return box;
        }
        try {
            // the element's own content typed as a box: the element itself is no wrapper around it
            return CTTxbxContent.Factory.parse(box.newDomNode(), new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null));
        } catch (org.apache.xmlbeans.XmlException e) {
            return box;
        }
    }

    /** Whether a run of the paragraph holds a drawing, a VML picture or alternate content (where boxes are). */
    private static boolean drawsShapes(CTP paragraph) {
        for (CTR run : paragraph.getRList()) {
            try (XmlCursor cursor = run.newCursor()) {
                for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                    String name = cursor.getName().getLocalPart();
                    if (name.equals("drawing") || name.equals("pict") || name.equals("AlternateContent")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Not inside an mc:Fallback copy nor inside another box, up to the paragraph. */
    private static boolean outermostShown(XmlObject box, CTP paragraph) {
        try (XmlCursor cursor = box.newCursor(); XmlCursor stop = paragraph.newCursor()) {
            while (cursor.toParent() && !cursor.isAtSamePositionAs(stop)) {
                javax.xml.namespace.QName name = cursor.getName();
                if (MARKUP_COMPATIBILITY.equals(name.getNamespaceURI()) && name.getLocalPart().equals("Fallback")
                        || name.getLocalPart().equals("txbxContent")) {
                    return false;
                }
            }
        }
        return true;
    }
}
