package perfaudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field of all 30 seed forms against expectations transcribed by hand from the seed text
 * (src/test/resources/expected/*.expected.json, with the judgement calls in *_NOTES.md). All
 * differences are collected and reported together.
 */
class SeedParsingTest {

    private final List<String> differences = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"002_45c397f42cae37ec", "000_3bdf511d6872ca99"})
    void everyFieldOfEverySeedFormParsesExactly(String seed) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Path.of("src/test/resources/expected", seed + ".expected.json").toFile());
        Document document = Fixtures.read(Fixtures.SEEDS.resolve(seed + ".txt"));

        assertTrue(document.problems().isEmpty(), "no parse problems on a seed: " + document.problems());
        compareList(expected.get("projectList"), document.projectList());
        assertEquals(expected.get("forms").size(), document.forms().size(), "number of forms");
        for (int i = 0; i < document.forms().size(); i++) {
            compareForm("form " + (i + 1), expected.get("forms").get(i), document.forms().get(i));
        }
        assertTrue(differences.isEmpty(), differences.size() + " differences:\n" + String.join("\n", differences));
    }

    private void compareList(JsonNode expected, List<ProjectListEntry> actual) {
        check("projectList size", expected.size(), actual.size());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            JsonNode e = expected.get(i);
            check("list " + i + " seq", e.get("seq").asInt(), actual.get(i).seq());
            check("list " + i + " name", text(e, "name"), actual.get(i).name());
            check("list " + i + " note", text(e, "note"), actual.get(i).note());
        }
    }

    private void compareForm(String where, JsonNode e, Form form) {
        where = where + " (" + form.projectName() + ")";
        check(where + " year", e.get("year").asInt(), form.year());
        check(where + " projectName", text(e, "projectName"), form.projectName());
        check(where + " department.code", text(e.get("department"), "code"), form.department().code());
        check(where + " department.name", text(e.get("department"), "name"), form.department().name());
        check(where + " unit.code", text(e.get("implementingUnit"), "code"), form.implementingUnit().code());
        check(where + " unit.name", text(e.get("implementingUnit"), "name"), form.implementingUnit().name());
        for (FundLine line : FundLine.values()) {
            Funds funds = form.fundLine(line);
            for (FundColumn column : FundColumn.values()) {
                checkNumber(where + " funds." + line.key() + "." + column.key(),
                        text(e.get("funds").get(line.key()), column.key()), funds == null ? null : funds.get(column));
            }
        }
        check(where + " goal.expected", text(e.get("goal"), "expected"), form.goal().expected());
        check(where + " goal.actual", text(e.get("goal"), "actual"), form.goal().actual());
        JsonNode indicators = e.get("indicators");
        check(where + " indicator count", indicators.size(), form.indicators().size());
        for (int i = 0; i < Math.min(indicators.size(), form.indicators().size()); i++) {
            compareIndicator(where + " indicator " + (i + 1), indicators.get(i), form.indicators().get(i));
        }
        checkNumber(where + " total.weight", text(e.get("total"), "weight"), form.total().weight());
        checkNumber(where + " total.score", text(e.get("total"), "score"), form.total().score());
    }

    private void compareIndicator(String where, JsonNode e, Indicator indicator) {
        where = where + " @" + indicator.location().line();
        check(where + " level1", text(e, "level1"), indicator.level1());
        checkNumber(where + " level1Points", text(e, "level1Points"), indicator.level1Points());
        check(where + " level2", text(e, "level2"), indicator.level2());
        check(where + " level2Raw", text(e, "level2Raw"), squeezeOrNull(indicator.level2Raw()));
        check(where + " name", text(e, "name"), indicator.name());
        check(where + " target", text(e, "target"), raw(indicator.target()));
        check(where + " actual", text(e, "actual"), raw(indicator.actual()));
        checkNumber(where + " weight", text(e, "weight"), indicator.weight());
        checkNumber(where + " score", text(e, "score"), indicator.score());
        check(where + " deviation", text(e, "deviation"), indicator.deviation());
    }

    private static String squeezeOrNull(String raw) {
        return raw == null ? null : Terms.squeeze(raw);
    }

    private static String raw(Measure measure) {
        return measure == null ? null : measure.raw();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void check(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private void checkNumber(String what, String expected, BigDecimal actual) {
        boolean same = expected == null ? actual == null
                : actual != null && new BigDecimal(expected).compareTo(actual) == 0;
        if (!same) {
            differences.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
