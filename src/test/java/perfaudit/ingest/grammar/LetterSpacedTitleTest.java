package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A title printed letter-spaced, as headings are set to fill a line (项 目 支 出 绩 效 自 评 表) and as an OCR tool
 * cuts Chinese into words (部 门 预算 项 目 …): each character or two a cell of its own. Unmatched, the title was
 * reported as an unrecognised line and the form began untitled at the next 项目名称 — in the seed document, at the
 * project list's column heading before the first form.
 */
class LetterSpacedTitleTest {

    private static final Path SEED = Path.of("fixtures/seeds/000_3bdf511d6872ca99.txt");

    @Test
    void aLetterSpacedTitleOpensItsFormAsThePrintedOneDoes() throws IOException {
        String seed = Files.readString(SEED);
        Document printed = SyntheticForm.read(seed, "seed.txt");
        Document spaced = SyntheticForm.read(seed.replace("项目支出绩效自评表", "项 目 支 出 绩 效 自 评 表"), "seed.txt");

        assertEquals(List.of(), spaced.problems());
        assertEquals(names(printed), names(spaced));
        assertEquals(years(printed), years(spaced));
        assertEquals(printed.forms().stream().map(f -> f.indicators().size()).toList(),
                spaced.forms().stream().map(f -> f.indicators().size()).toList());
    }

    @Test
    void aTitleInWordsOfOneOrTwoCharactersToo() throws IOException {
        String seed = Files.readString(SEED);
        Document spaced = SyntheticForm.read(seed.replace("项目支出绩效自评表", "项 目 支出 绩效 自 评 表"), "seed.txt");

        assertEquals(List.of(), spaced.problems());
        assertEquals(3, spaced.forms().size());
    }

    private static List<String> names(Document document) {
        return document.forms().stream().map(Form::projectName).toList();
    }

    private static List<Integer> years(Document document) {
        return document.forms().stream().map(Form::year).toList();
    }
}
