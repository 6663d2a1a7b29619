package perfaudit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits rules/settings.drl.xlsx as an auditor would: the key (column B) or value (column C) of a row. */
public final class SettingsCells {

    public static final int KEY = 1;
    public static final int VALUE = 2;

    private SettingsCells() {
    }

    /** Sets column {@code column} of every row whose key cell reads {@code key}. */
    public static void set(Path rules, String key, int column, String text) throws IOException {
        Path table = rules.resolve("settings.drl.xlsx");
        try (InputStream in = Files.newInputStream(table); Workbook workbook = WorkbookFactory.create(in)) {
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                Cell keyCell = row.getCell(KEY);
                if (keyCell != null && key.equals(keyCell.toString().strip())) {
                    row.getCell(column).setCellValue(text);
                    found = true;
                }
            }
            assertTrue(found, "no row " + key + " in " + table);
            try (OutputStream out = Files.newOutputStream(table)) {
                workbook.write(out);
            }
        }
    }
}
