package perfaudit.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import perfaudit.model.CodedName;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.ParseProblem;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.SourceLocation;
import perfaudit.model.Template;
import perfaudit.model.funds.FundBreakdown;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.util.List;

/** The parsed facts as JSON: the documented contract of {@code perfaudit parse} (see README). */
public final class ParseJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ParseJson() {
    }

    public static String write(List<Document> documents) {
        try {
            return MAPPER.writeValueAsString(tree(documents)) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise parsed facts", e);
        }
    }

    public static JsonNode tree(List<Document> documents) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("documents");
        documents.forEach(d -> array.add(document(d)));
        return root;
    }

    private static ObjectNode document(Document document) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", document.file());
        node.put("layout", document.layout());
        node.put("title", document.title());
        ArrayNode list = node.putArray("projectList");
        for (ProjectListEntry entry : document.projectList()) {
            ObjectNode e = list.addObject();
            e.put("line", line(entry.location()));
            putLocation(e, entry.location());
            e.put("seq", entry.seq());
            e.put("name", entry.name());
            e.put("note", entry.note());
        }
        ArrayNode forms = node.putArray("forms");
        document.forms().forEach(f -> forms.add(form(f)));
        if (!document.recognised().isEmpty()) {
            // forms of a kind recognised but not audited (rules/forms.yaml, audited: false): where, which family
            ArrayNode recognised = node.putArray("recognised");
            for (Document.RecognisedForm form : document.recognised()) {
                ObjectNode r = recognised.addObject();
                r.put("line", line(form.location()));
                putLocation(r, form.location());
                r.put("family", form.family());
                r.put("name", form.name());
            }
        }
        ArrayNode notes = node.putArray("notes");
        for (ParseProblem note : document.notes()) {
            ObjectNode n = notes.addObject();
            n.put("line", line(note.location()));
            putLocation(n, note.location());
            n.put("text", note.text());
            n.put("reason", note.reason());
        }
        ArrayNode problems = node.putArray("problems");
        for (ParseProblem problem : document.problems()) {
            ObjectNode p = problems.addObject();
            p.put("line", line(problem.location()));
            putLocation(p, problem.location());
            p.put("text", problem.text());
            p.put("reason", problem.reason());
        }
        return node;
    }

    private static ObjectNode form(Form form) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("line", line(form.location()));
        putLocation(node, form.location());
        node.put("year", form.year());
        node.put("projectName", form.projectName());
        node.set("department", codedName(form.department()));
        node.set("implementingUnit", codedName(form.implementingUnit()));
        ObjectNode funds = node.putObject("funds");
        for (FundLine line : FundLine.values()) {
            funds.set(line.key(), funds(form.fundLine(line)));
        }
        if (!form.fundsByNature().isEmpty()) {
            // only where the form prints a breakdown: every other form's JSON stays as it was
            ArrayNode natures = node.putArray("fundsByNature");
            form.fundsByNature().forEach(b -> natures.add(breakdown(b)));
        }
        ObjectNode goal = node.putObject("goal");
        goal.put("expected", form.goal() == null ? null : form.goal().expected());
        goal.put("actual", form.goal() == null ? null : form.goal().actual());
        goal.put("adjusted", form.goal() == null ? null : form.goal().adjusted());
        ArrayNode indicators = node.putArray("indicators");
        form.indicators().forEach(i -> indicators.add(indicator(i)));
        ObjectNode total = node.putObject("total");
        total.put("weight", form.total() == null ? null : form.total().weight());
        total.put("score", form.total() == null ? null : form.total().score());
        if (form.total() != null && !form.total().unread().isEmpty()) {
            // only where a figure was printed but could not be read: every other form's JSON as before
            ArrayNode unread = total.putArray("unread");
            new java.util.TreeSet<>(form.total().unread()).forEach(unread::add);
        }
        node.put("formDeviation", form.formDeviation());
        node.set("template", template(form.template()));
        return node;
    }

    /** The family and what its template prints; where a cut form stops and what it lacks. */
    private static ObjectNode template(Template template) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("family", template.family());
        node.put("familyName", template.familyName());
        node.put("weights", template.weights());
        node.put("scores", template.scores());
        node.put("deviations", template.deviations());
        node.put("budgetPoints", template.budgetPoints());
        node.put("cutAt", template.cutAt() == null ? null : template.cutAt().position());
        ArrayNode missing = node.putArray("missingParts");
        template.missingParts().forEach(missing::add);
        ArrayNode unread = node.putArray("unreadIn");
        template.unreadIn().forEach(unread::add);
        ArrayNode lacks = node.putArray("lacks");
        template.lacks().forEach(lacks::add);
        if (template.fundReasons()) {
            node.put("fundReasons", true); // only where the funds table prints a 原因 column
        }
        return node;
    }

    private static JsonNode codedName(CodedName name) {
        if (name == null) {
            return MAPPER.nullNode();
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", name.code());
        node.put("name", name.name());
        return node;
    }

    private static JsonNode funds(Funds funds) {
        if (funds == null) {
            return MAPPER.nullNode();
        }
        ObjectNode node = MAPPER.createObjectNode();
        for (FundColumn column : FundColumn.values()) {
            node.put(column.key(), funds.get(column));
        }
        node.put("printedUnit", funds.printedUnit());
        if (!funds.unread().isEmpty()) {
            // only where a cell was printed but could not be read: every other row's JSON as before
            ArrayNode unread = node.putArray("unread");
            funds.unread().stream().sorted().forEach(column -> unread.add(column.key()));
        }
        // only where printed: every other row's JSON stays as it was
        if (funds.received() != null) {
            node.put("received", funds.received());
        }
        if (funds.balance() != null) {
            node.put("balance", funds.balance());
        }
        if (funds.reason() != null) {
            ObjectNode reason = node.putObject("reason");
            reason.put("text", funds.reason().text());
            reason.put("line", line(funds.reason().location()));
            putLocation(reason, funds.reason().location());
        }
        return node;
    }

    /** A breakdown of the funds by nature: its total and its parts as printed, amounts in 万元. */
    private static ObjectNode breakdown(FundBreakdown breakdown) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("nature", breakdown.nature().key());
        node.put("details", breakdown.nature().details().key());
        node.put("line", line(breakdown.location()));
        putLocation(node, breakdown.location());
        node.put("label", breakdown.label());
        node.put("total", breakdown.total());
        node.put("printedUnit", breakdown.printedUnit());
        ArrayNode parts = node.putArray("parts");
        for (FundBreakdown.Part part : breakdown.parts()) {
            ObjectNode p = parts.addObject();
            p.put("name", part.name());
            p.put("label", part.label());
            p.put("line", line(part.location()));
            putLocation(p, part.location());
            p.put("amount", part.amount());
        }
        return node;
    }

    private static ObjectNode indicator(Indicator indicator) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("line", line(indicator.location()));
        putLocation(node, indicator.location());
        node.put("level1", indicator.level1());
        node.put("level1Raw", indicator.level1Raw());
        node.put("level1Points", indicator.level1Points());
        node.put("level2", indicator.level2());
        node.put("level2Raw", indicator.level2Raw());
        node.put("name", indicator.name());
        node.set("target", measure(indicator.target()));
        node.set("actual", measure(indicator.actual()));
        node.put("weight", indicator.weight());
        node.put("score", indicator.score());
        node.put("deviation", indicator.deviation());
        node.put("child", indicator.child());
        node.put("block", indicator.block());
        node.put("blockPoints", indicator.blockPoints());
        node.put("truncated", indicator.truncated());
        node.put("reviewScore", indicator.reviewScore());
        node.put("budgetExecution", indicator.budgetExecution());
        node.put("core", indicator.core());
        if (indicator.description() != null) {
            node.put("description", indicator.description()); // only where printed: every other row's JSON as before
        }
        if (!indicator.unread().isEmpty()) {
            // only where a field was filled in but could not be read: every other row's JSON as before
            ArrayNode unread = node.putArray("unread");
            new java.util.TreeSet<>(indicator.unread()).forEach(unread::add);
        }
        return node;
    }

    private static JsonNode measure(Measure measure) {
        if (measure == null) {
            return MAPPER.nullNode();
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("raw", measure.raw());
        node.put("comparator", measure.comparator());
        node.put("value", measure.value());
        node.put("unit", measure.unit());
        node.put("kind", measure.kind().name());
        node.put("date", measure.date() == null ? null : measure.date().toString());
        return node;
    }

    private static Integer line(SourceLocation location) {
        return location.line() > 0 ? location.line() : null;
    }

    /**
     * Sources other than text add where in them: sheet and cell (xlsx, xls), table and grid cell
     * or paragraph (docx, doc), page and row/column or line (PDF). Text sources have only the line.
     */
    private static void putLocation(ObjectNode node, SourceLocation location) {
        if (location.cell() != null) {
            node.put("sheet", location.sheet());
            node.put("cell", location.cell());
        }
    }
}
