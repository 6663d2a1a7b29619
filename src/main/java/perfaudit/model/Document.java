package perfaudit.model;

import java.util.List;

/**
 * One input file: its layout, the optional project list, the forms it holds and every problem met
 * while reading it. A file that could not be read at all is a Document with no forms and a problem.
 */
public record Document(String file, String layout, String title, List<ProjectListEntry> projectList,
                       List<Form> forms, List<ParseProblem> problems) {

    public Document {
        projectList = List.copyOf(projectList);
        forms = List.copyOf(forms);
        problems = List.copyOf(problems);
    }

    public static Document unreadable(String file, String layout, String reason) {
        return new Document(file, layout, null, List.of(), List.of(),
                List.of(new ParseProblem(SourceLocation.ofFile(file), null, reason)));
    }
}
