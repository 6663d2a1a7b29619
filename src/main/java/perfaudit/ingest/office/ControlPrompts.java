package perfaudit.ingest.office;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Content controls still showing their placeholder ({@code w:showingPlcHdr}): Word prints the template's prompt
 * (单击或点击此处输入文字。) in grey where nothing was filled in, and keeps that prompt as the control's text. The
 * field is empty, as a reader of the page sees it, so the prompt's text is blanked before the body is read: read
 * as a value it became a 偏差原因, an actual or a name nobody wrote.
 */
final class ControlPrompts {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private ControlPrompts() {
    }

    /** Blanks the text of every content control under {@code root} that shows its placeholder; returns how many. */
    static int blank(Node root) {
        if (!(root instanceof Element) && root.getOwnerDocument() == null) {
            return 0;
        }
        NodeList controls = root instanceof Element e ? e.getElementsByTagNameNS(W, "sdt")
                : root.getOwnerDocument().getElementsByTagNameNS(W, "sdt");
        int blanked = 0;
        for (int i = 0; i < controls.getLength(); i++) {
            Element control = (Element) controls.item(i);
            Element properties = child(control, "sdtPr");
            Element content = child(control, "sdtContent");
            if (properties == null || content == null || child(properties, "showingPlcHdr") == null) {
                continue;
            }
            NodeList texts = content.getElementsByTagNameNS(W, "t");
            for (int j = 0; j < texts.getLength(); j++) {
                for (Node text = texts.item(j).getFirstChild(); text != null; text = text.getNextSibling()) {
                    text.setNodeValue(""); // DOM level 1: XmlBeans' DOM has no setTextContent
                }
            }
            blanked++;
        }
        return blanked;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
