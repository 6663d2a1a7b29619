package perfaudit.ingest.grammar.header;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDF text that prints a header row's labels before their values (held-out h03, 湖北 广水): a unit's name
 * printed twice goes to the unit label left empty before it, and a bare 项目名称 takes the one cell of the
 * head shaped as a project's name — each noted, and neither where the reading is not certain.
 */
class HeaderLabelsFirstTest {

    private static final Path H03 = Path.of("src/test/resources/perfaudit/heldout/h03-guangshui-xiangcun-daolu-2021.txt");
    private static final String UNITS = "项目实施单位 广水市交通运输局 广水市交通运输局 项目负责人";
    private static final String NAME = "单位领导审签: 乡村道路建设养护项目 项目属性";

    private static Document read(String from, String to) throws IOException {
        String text = Files.readString(H03, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the held-out text moved");
        return Inputs.read(text.replace(from, to).getBytes(StandardCharsets.UTF_8), "h03.txt", Limits.DEFAULT);
    }

    @Test
    void labelsBeforeValuesAreMatched() throws IOException {
        Document document = read(UNITS, UNITS);
        Form form = document.forms().get(0);
        assertEquals("乡村道路建设养护项目", form.projectName());
        assertEquals("广水市交通运输局", form.department().name());
        assertEquals("广水市交通运输局", form.implementingUnit().name());
        String notes = document.notes().toString();
        assertTrue(notes.contains("标签先于数值") && notes.contains("项目名称标签后没有数值"), notes);
    }

    @Test
    void twoDifferentUnitsAreNotShared() throws IOException {
        // which of two different names is the 主管部门's is not certain from the order: none is given it
        Form form = read(UNITS, "项目实施单位 广水市交通运输局 广水市公路管理局 项目负责人").forms().get(0);
        assertNull(form.department());
        assertEquals("广水市交通运输局 广水市公路管理局", form.implementingUnit().name());
    }

    @Test
    void twoDifferentProjectNamesGiveNone() throws IOException {
        Document document = read(NAME, "单位领导审签: 乡村道路建设养护项目 农村公路危桥改造项目 项目属性");
        assertNull(document.forms().get(0).projectName());
        assertFalse(document.notes().toString().contains("项目名称标签后没有数值"));
    }

    @Test
    void aNameAfterItsLabelNeedsNoOtherCell() throws IOException {
        Document document = read("项目名称 项目主管单 位", "项目名称 农村公路危桥改造项目 项目主管单 位");
        assertEquals("农村公路危桥改造项目", document.forms().get(0).projectName());
        assertFalse(document.notes().toString().contains("项目名称标签后没有数值"));
    }
}
