package perfaudit.model;

import java.util.List;

/**
 * One input file: its layout, the optional project list, the forms it holds and every problem met
 * while reading it. A file that could not be read at all is a Document with no forms and a problem.
 * {@code notes} are things read with a correction an auditor may want to check against the original
 * (digits run together split by the row's arithmetic, an OCR'd comparator restored, a repeated copy
 * of a form skipped): not problems, but never silent.
 */
public record Document(String file, String layout, String title, List<ProjectListEntry> projectList,
                       List<Form> forms, List<ParseProblem> problems, List<ParseProblem> notes,
                       List<RecognisedForm> recognised) {

    /**
     * A form of a kind perfaudit recognises but does not audit (rules/forms.yaml, a family with {@code audited: false}):
     * where its title stands, the family's id and name. Kept apart from the problems so that a file holding only such
     * forms is said to hold them, not also to hold no form.
     */
    public record RecognisedForm(SourceLocation location, String family, String name) {
    }

    public Document {
        projectList = List.copyOf(projectList);
        forms = List.copyOf(forms);
        problems = List.copyOf(problems);
        notes = notes == null ? List.of() : List.copyOf(notes);
        recognised = recognised == null ? List.of() : List.copyOf(recognised);
    }

    public Document(String file, String layout, String title, List<ProjectListEntry> projectList,
                    List<Form> forms, List<ParseProblem> problems, List<ParseProblem> notes) {
        this(file, layout, title, projectList, forms, problems, notes, List.of());
    }

    public Document(String file, String layout, String title, List<ProjectListEntry> projectList,
                    List<Form> forms, List<ParseProblem> problems) {
        this(file, layout, title, projectList, forms, problems, List.of());
    }

    /** The same document with other notes (its forms and problems kept). */
    public Document withNotes(List<ParseProblem> newNotes) {
        return new Document(file, layout, title, projectList, forms, problems, newNotes, recognised);
    }

    /** The same document with other problems (its forms and notes kept). */
    public Document withProblems(List<ParseProblem> newProblems) {
        return new Document(file, layout, title, projectList, forms, newProblems, notes, recognised);
    }

    public static Document unreadable(String file, String layout, String reason) {
        return new Document(file, layout, null, List.of(), List.of(),
                List.of(new ParseProblem(SourceLocation.ofFile(file), null, reason)));
    }
}
